import ArgumentParser
import PhrasebookKit

/// `phrasebook stats`: counts per chapter, role and language.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count phrases per chapter and role, and missing, unreviewed and stale renderings per language.",
        usage: "phrasebook stats [--strict] [--diagnostics <form>] [<options>]",
        discussion: """
            Content with errors (or warnings, under --strict) is not counted: the problems
            are printed instead (--diagnostics json for JSON on standard output) and the
            exit status is 1.

            Example:
              phrasebook stats --content Content
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let (book, diagnostics) = try common.pipeline.check()
        // Counts of a book with errors (or warnings, under --strict) would mislead: the problems instead, in the
        // form --diagnostics asks for, and exit status 1.
        guard let book, !diagnostics.fail(strict: common.strict) else {
            _ = common.report(diagnostics, notes: false)
            throw ExitCode(1)
        }
        print(PhrasebookKit.Stats(book: book).table, terminator: "")
    }
}
