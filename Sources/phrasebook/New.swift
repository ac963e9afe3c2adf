import ArgumentParser
import Foundation
import PhrasebookKit

/// `phrasebook new`: a new project to start a team's own book from.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new phrasebook: a small commented book to edit, and the templates.",
        discussion: """
            Writes FOLDER/Content/ (two chapters, two situations, two roles, a
            variable, a slot, a "don't say", a dialogue and a taboo, each
            commented; it checks without errors or warnings), FOLDER/Templates/
            (a copy of the templates, to edit) and FOLDER/.gitignore (Output/).
            FOLDER must not exist, or be an empty folder (not a link), and its
            parent must exist; nothing there is ever replaced or removed. A link
            among the templates (or the templates folder itself) is copied as what
            it leads to; one that leads nowhere, or a special file, is refused.
            Then, in FOLDER: edit Content/, phrasebook check, phrasebook build,
            phrasebook serve.

            Examples:
              phrasebook new ../our-phrasebook
              phrasebook new /srv/books/baggage --templates Templates
            """
    )

    @Argument(help: ArgumentHelp("The folder of the new project.", valueName: "folder"))
    var folder: String

    @Option(help: ArgumentHelp("The templates to copy.", valueName: "dir"))
    var templates = "Templates"

    func run() throws {
        try StarterBook.create(at: folder, templates: templates)
        let path = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let quoted = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-~+".contains($0) } ? path : "'\(path)'"
        // A book started in the current folder (`new .`) needs no `cd` first.
        let here = URL(fileURLWithPath: path).standardizedFileURL == URL(fileURLWithPath: ".").standardizedFileURL
        print(
            """
            wrote \(path)/: Content/ (the starter book), Templates/, .gitignore
            next: \(here ? "" : "cd \(quoted) && ")phrasebook check && phrasebook build (or phrasebook serve)
            """)
    }
}
