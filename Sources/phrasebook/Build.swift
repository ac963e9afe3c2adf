import ArgumentParser
import Foundation
import PhrasebookKit

/// `phrasebook build`: check, then render every format into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, then write the handbooks into the output folder.",
        usage: "phrasebook build [--format <format> ...] [--role <id>] [<options>]",
        // Help text in lines of at most 78 columns: the help shows them as written (CommandLineTests).
        discussion: """
            Nothing is written when the content has errors (or warnings under --strict):
            the previous output stays exactly as it was. Output layout: html/, markdown/,
            text/ (see README).

            The new output replaces the old in one commit; a failed or killed build leaves the old one whole. Only \
            what phrasebook made is replaced (listed in .phrasebook-manifest): a folder or file it did not make, the \
            content or templates folder, / and the home folder are refused (exit status 2), and so are a folder \
            inside a format folder another build made and a second build into a folder another build is writing. A \
            build that fails its checks or finds nothing to do changes nothing in the folder.

            Builds are incremental: the output folder remembers what the last build read
            and wrote (.phrasebook-build-state). When no content file, template or
            option changed, the build says the output is up to date and writes nothing.
            Otherwise it renders, in every format whose templates or content changed,
            the pages whose inputs changed (an edited phrase: its situation's pages and
            the handbooks and cards of its roles; an edited template: the pages that use
            it), writes only the files whose bytes changed, keeps the others as they were
            and removes files no longer made. A handbook rendered again takes its other
            situations' bodies from the previous handbook's bytes (where they sit:
            .phrasebook-fragments). --clean renders and writes everything anew.

            --role adds one role's handbook and cards to the output folder; their links
            lead to the rest of the site, so build the whole book there too (the build
            says so when the folder does not hold it).

            Examples:
              phrasebook build
              phrasebook build --format html --format text --card-width 40
              phrasebook build --role counter-clerk --output /srv/intranet/phrasebook
              phrasebook build --format text --pronunciation ko
              phrasebook build --format text --interface-language ko
              phrasebook build --clean
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "A format to write: html, markdown or text; repeat for several. Default: all.", valueName: "format"))
    var formats: [OutputFormat] = []

    @Option(help: ArgumentHelp("Only this role's handbook and cards.", valueName: "id"))
    var role: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Width of the text handbook in display columns.", valueName: "n"))
    var width = 80

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Width of a pocket card in display columns.", valueName: "n"))
    var cardWidth = 32

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Height of a text pocket card in lines (12: an 85 x 55 mm card; see Documentation/Cards.md).",
            valueName: "n"))
    var cardLines = 12

    @Option(
        name: .customLong("card-language"),
        help: ArgumentHelp(
            "A language code to show on pocket cards (text and HTML); repeat for several. Default: all.",
            valueName: "code"))
    var cardLanguages: [String] = []

    @Flag(help: "Count East Asian Ambiguous characters as two columns (for CJK terminals and printers).")
    var ambiguousWide = false

    @Flag(help: "Publish draft languages (draft=\"true\" in phrasebook.xml) too; by default they are only checked.")
    var drafts = false

    @Option(
        help: ArgumentHelp(
            "The edition printed on every output with the content's hash (e.g. 2026-12); overrides the book's.",
            valueName: "name"))
    var edition: String?

    @Option(
        name: .customLong("pronunciation"),
        help: ArgumentHelp(
            "Put a pronunciation guide in Latin letters under each text in this language (ko) in the text handbook "
                + "and on the pocket cards (text and HTML). The HTML site always has it, behind a toggle.",
            valueName: "code"))
    var pronunciations: [String] = []

    @Option(
        help: ArgumentHelp(
            "The language of the labels in the text handbook, the text pocket cards and the Markdown pages "
                + "(\"When\", \"Note\", the legend). Default: the book's source language.",
            valueName: "code"))
    var interfaceLanguage: String?

    @Flag(help: "Render and write every file anew, whatever the last build left (builds are incremental).")
    var clean = false

    func validate() throws {
        try CommonOptions.requireRange("--width", width, 16...400)
        try CommonOptions.requireRange("--card-width", cardWidth, CommonOptions.cardWidths)
        try CommonOptions.requireRange("--card-lines", cardLines, 4...200)
        if let edition, !Edition.isValid(edition) {
            throw ValidationError(
                "--edition \(edition): use 1 to 24 ASCII letters, digits, '.', '_', '-', starting with a letter or digit"
            )
        }
    }

    func run() throws {
        let options = RenderOptions(
            formats: formats.isEmpty ? OutputFormat.allCases : Array(Set(formats)).sorted { $0.rawValue < $1.rawValue },
            role: role, textWidth: width, cardWidth: cardWidth, cardLines: cardLines,
            cardLanguages: cardLanguages.isEmpty ? nil : cardLanguages, ambiguousIsWide: ambiguousWide,
            includesDrafts: drafts, edition: edition, pronunciations: pronunciations,
            interfaceLanguage: interfaceLanguage)
        let result = try common.pipeline.build(options, strict: common.strict, clean: clean)
        let output = common.output.escapingControlCharacters
        if common.report(result.diagnostics) {
            let kept = FileManager.default.fileExists(atPath: common.output)
            FileHandleOutput.standardError(
                "nothing was written: \(output)/ " + (kept ? "is as the last build left it\n" : "was not made\n"))
            throw ExitCode(1)
        }
        if result.upToDate {
            FileHandleOutput.standardError(
                "\(output)/ is up to date: nothing changed since the last build (\(result.files.count) files)\n")
        } else {
            let kept = result.files.count { $0.kept }
            let skipped = result.files.count { !$0.rendered }
            let unrendered = skipped == 0 ? "" : " (\(skipped) not rendered again: nothing they show changed)"
            let bodies =
                result.reusedBodies == 0
                ? "" : "; \(result.reusedBodies) situation bodies taken as they were from the handbooks before"
            FileHandleOutput.standardError(
                "wrote \(result.files.count - kept) files into \(output)/, kept \(kept) unchanged\(unrendered)\(bodies)\n"
            )
        }
        // A role's HTML page and Markdown file link to the rest of their format's book; the text handbook has no links.
        let linked =
            role.map { role in
                [
                    (OutputFormat.html, "html/roles/\(role).html", "html/index.html"),
                    (.markdown, "markdown/roles/\(role).md", "markdown/README.md"),
                ]
                .filter {
                    options.formats.contains($0.0)
                        && !FileManager.default.fileExists(atPath: common.output + "/" + $0.2)
                }
            } ?? []
        if !linked.isEmpty {
            FileHandleOutput.standardError(
                "note: \(linked.map(\.1).joined(separator: " and ")) "
                    + (linked.count == 1 ? "links" : "link")
                    + " to the rest of the book (its situations, the index, the taboos), "
                    + "which \(output)/ does not hold; build the whole book into it too (phrasebook build --output "
                    + "\(output)), or use \(linked.count == 1 ? "it" : "them") for printing\n")
        }
    }
}
