import ArgumentParser
import PhrasebookKit

/// The options of every command that reads the content: where it is, whether warnings fail, how diagnostics
/// are printed. `export` and `import` take these alone; the others take them within `CommonOptions`.
struct ContentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Flag(help: "Warnings fail too (exit status 1).")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "How diagnostics are printed: text (on standard error) or json (a JSON array on standard output; for "
                + "check, build, review and import nothing else, [] when there are none).", valueName: "form"))
    var diagnostics: DiagnosticOutput = .text

    /// Prints `problems` the checks found in the texts a command wrote or approved (notes too) as `check` does and,
    /// in text form, a line after them: `phrasebook: <before> N problem(s) <after>`. In text form nothing when there
    /// are none; under `--diagnostics json` the array is printed even when it is empty, so that standard output is
    /// always one JSON document.
    func report(_ problems: [Diagnostic], before: String, after: String) {
        guard !problems.isEmpty || diagnostics == .json else { return }
        CommonOptions.print(problems, as: diagnostics, minimum: .note)
        guard diagnostics == .text else { return }
        let count = "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
        FileHandleOutput.standardError("phrasebook: \(before) \(count) \(after)\n")
    }

    /// Prints a line of what the command did or would do: on standard output, or on standard error under
    /// `--diagnostics json`, where standard output holds the diagnostics' JSON alone.
    func say(_ line: String) {
        if diagnostics == .json {
            FileHandleOutput.standardError(line + "\n")
        } else {
            print(line)
        }
    }

    /// Loads and checks the content; prints the diagnostics and exits with status 1 when they fail, saying that
    /// `refused` (what the command would have done: "nothing was exported") because of them.
    func checkedBook(refused: String) throws -> Book {
        try checked(refused: refused).book
    }

    /// The same, with what the checks found (the notes and, under no `--strict`, the warnings of content that
    /// passes).
    func checked(refused: String) throws -> (book: Book, diagnostics: [Diagnostic]) {
        let (book, found) = try Pipeline(contentFolder: content, templatesFolder: "", outputFolder: "").check()
        guard let book, !found.fail(strict: strict) else {
            CommonOptions.print(found, as: diagnostics)
            if diagnostics == .text {
                let why = strict && book != nil ? "has warnings (--strict)" : "has errors"
                FileHandleOutput.standardError("phrasebook: \(refused): the content \(why); fix them first\n")
            }
            throw ExitCode(1)
        }
        return (book, found)
    }
}
