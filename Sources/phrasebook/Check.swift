import ArgumentParser
import PhrasebookKit

/// `phrasebook check`: load and check the content, print the diagnostics.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and the templates and print every problem a build would; writes nothing.",
        usage: "phrasebook check [--strict] [--diagnostics <form>] [<options>]",
        discussion: """
            When the content has no errors, every page is rendered in memory
            and dropped, so that a broken template fails here as in a build,
            and the notes of the HTML card sheets (card-overflow) are printed
            too. After a build into the output folder (--output), only what
            changed since is rendered again: the pages that build made from
            the same content and templates rendered then. When nothing
            changed, that build's diagnostics are printed at once.
            --content-only loads and checks the content alone, without
            reading the templates or rendering: a fraction of a second even
            for a large book (for a save hook or a pre-commit check), but no
            template problems and no card-overflow notes.

            Errors and warnings are printed in full, one line each
            (file:line:column: severity: [code] message), sorted by file and
            line; notes are counted, one line per code with how to list them;
            then a summary. --notes (or --min-severity note) lists every note
            too; --min-severity error counts the warnings as well. JSON output
            lists every diagnostic. The exit status does not depend on what is
            shown. The codes are listed in Documentation/Checks.md; silence
            one for a phrase or rendering with check-ignore="code".

            Examples:
              phrasebook check
              phrasebook check --notes
              phrasebook check --min-severity error
              phrasebook check --content-only
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

    @Flag(help: "Check the content alone: no templates read, nothing rendered (no template or card-overflow problems).")
    var contentOnly = false

    func run() throws {
        let diagnostics =
            contentOnly
            ? try common.pipeline.check().diagnostics
            : try common.pipeline.checkAsBuild()
        if common.report(diagnostics, minimum: notes ? .note : minSeverity) { throw ExitCode(1) }
    }
}
