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
            Content lives in Content/ (phrasebook.xml, situations/*.xml, taboos.xml); templates in Templates/.
            Exit status: 0 success; 1 the content has errors (or warnings under --strict); 2 the command could not run.

            Examples:
              phrasebook build                       check Content/ and write every format into Output/
              phrasebook build --format html --role hotline-agent
              phrasebook check --strict --diagnostics json
              phrasebook stats
              phrasebook export --tbx glossary.tbx   the glossary for CAT tools (TBX-Basic)
            """,
        subcommands: [Build.self, Check.self, Stats.self, Export.self],
        defaultSubcommand: nil
    )

    /// Runs the command line with the exit statuses of product.md: usage errors exit 2, not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as PhrasebookError {
            FileHandle.standardError.write(Data("phrasebook: error: \(error)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
