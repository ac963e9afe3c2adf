import ArgumentParser
import PhrasebookKit

/// `phrasebook stats`: counts per chapter, role and language.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count phrases per chapter and role, and missing, unreviewed and stale renderings per language.",
        discussion: """
            Example:
              phrasebook stats --content Content
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let (book, diagnostics) = try common.pipeline.check()
        guard let book else {
            _ = common.report(diagnostics)
            throw ExitCode(1)
        }
        print(PhrasebookKit.Stats(book: book).table, terminator: "")
    }
}
