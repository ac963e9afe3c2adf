import ArgumentParser
import PhrasebookKit

extension DiagnosticOutput: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// The options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(help: ArgumentHelp("The templates folder (html/, markdown/, text/).", valueName: "dir"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Output"

    @Flag(help: "Warnings fail too (exit status 1).")
    var strict = false

    @Option(help: ArgumentHelp("How diagnostics are printed: text or json.", valueName: "form"))
    var diagnostics: DiagnosticOutput = .text

    var pipeline: Pipeline {
        Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
    }

    /// Prints the diagnostics (to standard error for text, standard output for JSON) and returns whether they fail.
    /// With `notes: false`, text output lists errors and warnings only and counts the notes in the summary.
    func report(_ found: [Diagnostic], notes: Bool = true) -> Bool {
        if diagnostics == .json {
            print(diagnostics.format(found), terminator: "")
        } else if notes {
            FileHandleOutput.standardError(diagnostics.format(found))
        } else {
            let shown = found.filter { $0.severity != .note }
            let lines =
                shown.map(\.formatted) + [
                    found.summary + (shown.count < found.count ? " (notes: phrasebook check)" : "")
                ]
            FileHandleOutput.standardError(lines.joined(separator: "\n") + "\n")
        }
        return found.fail(strict: strict)
    }
}
