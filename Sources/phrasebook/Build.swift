import ArgumentParser
import PhrasebookKit

/// `phrasebook build`: check, then render every format into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, then write the handbooks into the output folder.",
        discussion: """
            Nothing is written when the content has errors (or warnings under --strict): the previous output stays
            exactly as it was. Output layout: html/, markdown/, text/ (see README).

            Examples:
              phrasebook build
              phrasebook build --format html --format text --card-width 40
              phrasebook build --role counter-clerk --output /srv/intranet/phrasebook
              phrasebook build --format text --pronunciation ko
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

    @Option(help: ArgumentHelp("Width of the text handbook in display columns.", valueName: "n"))
    var width = 80

    @Option(help: ArgumentHelp("Width of a pocket card in display columns.", valueName: "n"))
    var cardWidth = 32

    @Option(
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

    @Option(
        name: .customLong("pronunciation"),
        help: ArgumentHelp(
            "Put a pronunciation guide in Latin letters under each text in this language (ko) in the text handbook "
                + "and on the pocket cards (text and HTML). The HTML site always has it, behind a toggle.",
            valueName: "code"))
    var pronunciations: [String] = []

    func validate() throws {
        guard (16...400).contains(width) else { throw ValidationError("--width must be between 16 and 400") }
        guard (12...200).contains(cardWidth) else { throw ValidationError("--card-width must be between 12 and 200") }
        guard (4...200).contains(cardLines) else { throw ValidationError("--card-lines must be between 4 and 200") }
    }

    func run() throws {
        let options = RenderOptions(
            formats: formats.isEmpty ? OutputFormat.allCases : Array(Set(formats)).sorted { $0.rawValue < $1.rawValue },
            role: role, textWidth: width, cardWidth: cardWidth, cardLines: cardLines,
            cardLanguages: cardLanguages.isEmpty ? nil : cardLanguages, ambiguousIsWide: ambiguousWide,
            pronunciations: pronunciations)
        let result = try common.pipeline.build(options, strict: common.strict)
        if common.report(result.diagnostics, notes: false) { throw ExitCode(1) }
        FileHandleOutput.standardError("wrote \(result.files.count) files into \(common.output)/\n")
    }
}
