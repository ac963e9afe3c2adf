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
        let unread = diagnostics.filter(\.isLoadingError)
        guard let book, unread.isEmpty else {
            // A file that did not load would be missing from every count: report why, count nothing.
            _ = common.report(unread.isEmpty ? diagnostics : unread)
            throw ExitCode(1)
        }
        print(PhrasebookKit.Stats(book: book).table, terminator: "")
    }
}
