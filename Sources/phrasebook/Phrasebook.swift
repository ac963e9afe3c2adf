import ArgumentParser
import Foundation
import PhrasebookKit

/// The `phrasebook` command: parses options and hands the work to PhrasebookKit.
@main
struct Phrasebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phrasebook",
        abstract:
            "Turn a service centre's standard phrases (XML) into handbooks: HTML, Markdown, text and pocket cards.",
        discussion: """
            Content lives in Content/ (phrasebook.xml, situations/*.xml, taboos.xml);
            templates in Templates/. Exit status: 0 success; 1 the content has errors
            (or warnings under --strict); 2 the command could not run.

            Examples:
              phrasebook new ../our-book   start a book of your own
              phrasebook build             check Content/, write every format into Output/
              phrasebook build --format html --role hotline-agent
              phrasebook check --strict --diagnostics json
              phrasebook stats
              phrasebook review --language ko        mark the Korean renderings reviewed
              phrasebook export --xliff 1.2 --language ko --output ko.xlf
              phrasebook export --tbx glossary.tbx   the glossary for CAT tools (TBX-Basic)
              phrasebook import ko.xlf
              phrasebook serve                       preview the site, reloaded on save
            """,
        version: PhrasebookVersion.current,
        subcommands: [New.self, Build.self, Check.self, Stats.self, Review.self, Export.self, Import.self, Serve.self],
        defaultSubcommand: nil
    )

    /// Runs the command line with the exit statuses of product.md: usage errors exit 2, not 64.
    static func main() {
        // The command word, or the one `help` is asked about (`phrasebook help biuld`).
        let arguments = Array(CommandLine.arguments.dropFirst())
        let word = arguments.first == "help" && arguments.count > 1 ? arguments[1] : arguments.first
        if let word, let message = unknownCommand(word) ?? optionBeforeCommand(arguments) {
            cannotRun("phrasebook: error: \(message)", message: message, arguments)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as PhrasebookError {
            // A broken template is a diagnostic line (file:line:column: error: …) as editors and CI read them.
            let prefix = if case .brokenTemplate = error { "" } else { "phrasebook: error: " }
            cannotRun("\(prefix)\(error)", message: "\(error)", arguments, diagnostic: error.templateDiagnostic)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 {
                exit(withError: error)
            }
            let message = fullMessage(for: error).escapingControlCharacters(keepingNewlines: true)
            cannotRun(message, message: message, arguments)
        }
    }

    /// Ends a command that could not run: `line` on standard error, exit status 2; under `--diagnostics json`,
    /// standard output holds the array of diagnostics it promises: `diagnostic` (a broken template's, code
    /// `template`), else one `command-failed` error saying `message`.
    static func cannotRun(
        _ line: String, message: String, _ arguments: [String], diagnostic: Diagnostic? = nil
    ) -> Never {
        FileHandle.standardError.write(Data((line + "\n").utf8))
        if let form = diagnosticsForm(arguments), form == .json {
            let printed = diagnostic.map { form.format([$0]) } ?? DiagnosticOutput.jsonFailure(message)
            FileHandle.standardOutput.write(Data(printed.utf8))
        }
        Foundation.exit(2)
    }

    /// The form `--diagnostics FORM` (or `--diagnostics=FORM`) names last in `arguments`, if any.
    static func diagnosticsForm(_ arguments: [String]) -> DiagnosticOutput? {
        var form: DiagnosticOutput?
        for (index, argument) in arguments.enumerated() {
            if argument == "--diagnostics", index + 1 < arguments.count {
                form = DiagnosticOutput(rawValue: arguments[index + 1])
            } else if argument.hasPrefix("--diagnostics=") {
                form = DiagnosticOutput(rawValue: String(argument.dropFirst("--diagnostics=".count)))
            }
        }
        return form
    }

    /// The message for options written before the command (`phrasebook --content X check`), with the order they
    /// take; `nil` when the first argument is no option, or asks for help.
    static func optionBeforeCommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, first.hasPrefix("-"), !["-h", "--help"].contains(first) else { return nil }
        let commands = configuration.subcommands.map { $0._commandName }
        guard let index = arguments.firstIndex(where: commands.contains) else { return nil }
        let reordered = [arguments[index]] + arguments[..<index] + arguments[(index + 1)...]
        return "options come after the command: phrasebook " + reordered.joined(separator: " ")
    }

    /// The message for a first argument that is neither an option nor a command, with the closest command.
    static func unknownCommand(_ word: String) -> String? {
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        let list = commands.dropLast().joined(separator: ", ")
        return "unknown command '\(word)'\(Suggestion.didYouMean(word, among: commands)) (commands: \(list); "
            + "phrasebook --help shows them)"
    }
}
