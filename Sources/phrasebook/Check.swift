import ArgumentParser
import PhrasebookKit

/// `phrasebook check`: load and check the content, print the diagnostics.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and print every problem found; writes nothing.",
        discussion: """
            Each diagnostic is one line, file:line:column: severity: [code] message, sorted by file and line, then a
            summary. The codes are listed in Documentation/Checks.md; silence one for a phrase or rendering with
            check-ignore="code".

            Examples:
              phrasebook check
              phrasebook check --strict --diagnostics json > diagnostics.json
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let (_, diagnostics) = try common.pipeline.check()
        if common.report(diagnostics) { throw ExitCode(1) }
    }
}
