import ArgumentParser
import PhrasebookKit

/// `phrasebook check`: load and check the content, print the diagnostics.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and print every problem found; writes nothing.",
        discussion: """
            Errors and warnings are printed in full, one line each (file:line:column: severity: [code] message),
            sorted by file and line; notes are counted, one line per code with how to list them; then a summary.
            --notes (or --min-severity note) lists every note too; --min-severity error counts the warnings as
            well. JSON output lists every diagnostic. The exit status does not depend on what is shown. The codes
            are listed in Documentation/Checks.md; silence one for a phrase or rendering with check-ignore="code".

            Examples:
              phrasebook check
              phrasebook check --notes
              phrasebook check --min-severity error
              phrasebook check --strict --diagnostics json > diagnostics.json
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "List every note in full (the same as --min-severity note).")
    var notes = false

    @Option(
        help: ArgumentHelp(
            "The least severe diagnostics printed in full: note, warning or error; the rest are counted per code.",
            valueName: "severity"))
    var minSeverity: Severity = .warning

    func run() throws {
        let (_, diagnostics) = try common.pipeline.check()
        if common.report(diagnostics, minimum: notes ? .note : minSeverity) { throw ExitCode(1) }
    }
}
