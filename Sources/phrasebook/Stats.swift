import ArgumentParser
import PhrasebookKit

/// `phrasebook stats`: translation progress per chapter, situation, role and language.
struct Stats: ParsableCommand {
    /// How the stats are printed.
    enum Format: String, ExpressibleByArgument {
        case table
        case json
    }

    static let configuration = CommandConfiguration(
        abstract: "Show translation progress per chapter, situation and role: % translated, reviewed, stale.",
        usage: "phrasebook stats [--language <code>] [--format <form>] [<options>]",
        discussion: """
            One row for the book's phrases, one for every text of the book (titles,
            notes, labels, ...), then one per chapter, situation and role. Per target
            language: the share of texts translated (a rendering exists), reviewed
            (source-hash matches the current source) and stale (the source changed
            since review). --format json adds the counts (missing, unreviewed, stale,
            reviewed).

            Content with errors (or warnings, under --strict): the problems are
            printed on standard error and the exit status is 1; the counts of what
            loaded follow, and a content file that could not be read is named as
            "not counted" (in JSON, "notCounted"). With --diagnostics json, or when
            phrasebook.xml itself cannot be read, only the problems are printed.

            Examples:
              phrasebook stats
              phrasebook stats --language en
              phrasebook stats --format json > stats.json
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The language of the titles (default: the source language).", valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("table or json.", valueName: "format"))
    var format: Format = .table

    func run() throws {
        let (book, diagnostics) = try common.pipeline.check()
        // With errors (or warnings, under --strict), the problems are printed and the exit status is 1; the counts
        // of what loaded follow, naming the files left out, unless there is no book or the problems are JSON on
        // standard output.
        let failed = diagnostics.fail(strict: common.strict)
        guard let book, !failed || common.diagnostics != .json else {
            _ = common.report(diagnostics)
            throw ExitCode(1)
        }
        if failed { _ = common.report(diagnostics) }
        if let language, !book.languages.contains(where: { $0.code == language }) {
            throw PhrasebookError.invalidOption(
                "--language \(language): the book declares \(book.languages.map(\.code).joined(separator: ", "))")
        }
        let stats = PhrasebookKit.Stats(book: book, titleLanguage: language, problems: diagnostics)
        print(format == .json ? stats.json : stats.table, terminator: "")
        if failed { throw ExitCode(1) }
    }
}
