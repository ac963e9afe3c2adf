import ArgumentParser
import PhrasebookKit

extension DiagnosticOutput: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// The templates folder option, of every command that renders.
struct TemplatesOption: ParsableArguments {
    @Option(help: ArgumentHelp("The templates folder (html/, markdown/, text/).", valueName: "dir"))
    var templates = "Templates"
}

/// The options of the commands that check and render: the content options, templates and output.
struct CommonOptions: ParsableArguments {
    @OptionGroup var source: ContentOptions

    @OptionGroup var templatesOption: TemplatesOption

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Output"

    /// The templates folder.
    var templates: String { templatesOption.templates }
    /// The content folder.
    var content: String { source.content }
    /// Whether warnings fail.
    var strict: Bool { source.strict }
    /// How diagnostics are printed.
    var diagnostics: DiagnosticOutput { source.diagnostics }

    /// Refuses an empty folder name, naming the option (an empty path would mean the current folder).
    func validate() throws {
        try Self.refuseEmpty([("--content", content), ("--templates", templates), ("--output", output)])
    }

    /// The pocket card widths `--card-width` takes, in display columns (build and export).
    static let cardWidths = 12...200

    /// Refuses a number option's `value` outside `range`, naming the option and the range.
    static func requireRange(_ option: String, _ value: Int, _ range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be between \(range.lowerBound) and \(range.upperBound)")
        }
    }

    /// Refuses the first of `folders` (option, value) whose value is empty, naming its option.
    static func refuseEmpty(_ folders: [(option: String, value: String)]) throws {
        for (option, value) in folders where value.isEmpty {
            throw ValidationError("\(option) names no folder (the value is empty); give a folder's path")
        }
    }

    var pipeline: Pipeline {
        Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
    }

    /// Prints the diagnostics (to standard error for text, standard output for JSON) and returns whether they fail.
    /// Text output lists those at `minimum` severity or above in full and one line per code for the rest; JSON
    /// lists every diagnostic.
    func report(_ found: [Diagnostic], minimum: Severity = .warning) -> Bool {
        Self.print(found, as: diagnostics, minimum: minimum)
        return found.fail(strict: strict)
    }

    /// Prints `found` in `form`: JSON (every diagnostic) to standard output, text (a `DiagnosticDigest`) to
    /// standard error.
    static func print(_ found: [Diagnostic], as form: DiagnosticOutput, minimum: Severity = .warning) {
        if form == .json {
            Swift.print(form.format(found), terminator: "")
        } else {
            FileHandleOutput.standardError(
                DiagnosticDigest(found, minimum: minimum).lines.joined(separator: "\n") + "\n")
        }
    }
}
