import ArgumentParser
import PhrasebookKit

/// `phrasebook check`: load and check the content, print the diagnostics.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and the templates and print every problem a build would; writes nothing.",
        usage: "phrasebook check [--strict] [--diagnostics <form>] [<options>]",
        discussion: """
            When the content has no errors, every page is rendered in memory and dropped,
            so that a broken template fails here as in a build, and the notes of the HTML
            card sheets (card-overflow) are printed too.

            Each diagnostic is one line, file:line:column: severity: [code] message,
            sorted by file and line, then a summary. The codes are listed in
            Documentation/Checks.md; silence one for a phrase or rendering with
            check-ignore="code".

            Examples:
              phrasebook check
              phrasebook check --strict --diagnostics json > diagnostics.json
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let diagnostics = try common.pipeline.checkAsBuild()
        if common.report(diagnostics) { throw ExitCode(1) }
    }
}
