import ArgumentParser
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
            FOLDER must not exist, or be empty. Then, in FOLDER: edit Content/,
            phrasebook check, phrasebook build, phrasebook serve.

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
        print(
            """
            wrote \(folder)/: Content/ (the starter book), Templates/, .gitignore
            next: cd \(folder) && phrasebook check && phrasebook build (or phrasebook serve)
            """)
    }
}
