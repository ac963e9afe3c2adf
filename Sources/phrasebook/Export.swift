import ArgumentParser
import Foundation
import PhrasebookKit

extension XLIFFVersion: ExpressibleByArgument {}
extension TBXExport.Version: ExpressibleByArgument {}

/// `phrasebook export`: the content in exchange formats for translators' tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export for translators' CAT tools: texts as XLIFF 1.2 or 2.0, the glossary as TBX-Basic.",
        usage: "phrasebook export (--xliff <version> --language <code> | --tbx <file>)",
        discussion: """
            The content is checked first and not exported when it has errors
            (or warnings under --strict).

            --xliff writes one XLIFF file per target language. Every translatable
            text is a unit with a stable id (phrase.<id>, situation.<id>.title, …):
            source in the book's source language, target the current rendering
            (empty when missing), the review state mapped to XLIFF states,
            placeholders as inline codes, and notes with the context. In 1.2 a
            stale unit also has an <alt-trans>: the source its rendering was
            reviewed against (when review-history.xml has it) with that rendering,
            which CAT tools offer as a match. With one --language, --output names
            the file (or a folder; - prints it); with several, a folder that gets
            <code>.xlf each. See Documentation/TranslationWorkflow.md.

            --keywords adds, after each situation's title, a unit for its search
            keywords (situation.<id>.keywords): the source language's keywords as
            the source (a situation without them gets none), the target language's
            as the target, and a note that these are the words its staff would type
            to find the situation, not a translation of the source's. Keywords are
            never reviewed: such a unit is needs-translation (2.0 initial) without
            target keywords, translated with them, and import writes the words
            whatever the state, never a source-hash. Opt-in, since the words are
            the target language's own; for a language that has none yet (a new
            one) it saves typing them into every situation file.

            --tbx writes the glossary of phrasebook.xml (<glossary>) as TBX-Basic:
            per term and language the preferred rendering, the admitted ones, and the
            forbidden variants as deprecated terms. "-" prints it to standard output.
            --tbx-version 3 (the default) is ISO 30042:2019, DCA style; 2 is the
            2008 edition (<martif>), which translate-toolkit and Weblate's glossary
            import read. The two are separate exports: give
            one, and the XLIFF options (--language, --output, --only, --situation,
            --card-width, --keywords) only with --xliff.

            Nothing is written into the content folder: an export there would
            replace or add a content file, so it is refused (exit 2).

            Examples:
              phrasebook export --xliff 1.2 --language ko --output ko.xlf
              phrasebook export --xliff 2.0 --language ko --language en \\
                --only missing,stale,unreviewed --output out/
              phrasebook export --xliff 1.2 --language en --situation silent-call \\
                --output silent-call-en.xlf
              phrasebook export --xliff 1.2 --language ja --keywords --output ja.xlf
              phrasebook export --tbx glossary.tbx
              phrasebook export --tbx glossary-weblate.tbx --tbx-version 2
              phrasebook export --tbx - --content Content
            """
    )

    @OptionGroup var source: ContentOptions

    @Option(help: ArgumentHelp("Write XLIFF of this version: 1.2 or 2.0.", valueName: "version"))
    var xliff: XLIFFVersion?

    @Option(
        name: .customLong("language"), help: ArgumentHelp("XLIFF: a target language; repeatable.", valueName: "code"))
    var languages: [String] = []

    @Option(
        help: ArgumentHelp(
            "XLIFF: only renderings in these states: missing, unreviewed, stale, reviewed (comma-separated).",
            valueName: "states"))
    var only: String?

    @Option(
        name: .customLong("situation"), help: ArgumentHelp("XLIFF: only this situation; repeatable.", valueName: "id"))
    var situations: [String] = []

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "XLIFF: pocket card width given to translators, in display columns (default: 32).", valueName: "n"))
    var cardWidth: Int?

    @Option(
        help: ArgumentHelp(
            "XLIFF: the file to write, a folder (several languages), or - for standard output.", valueName: "path"))
    var output: String?

    @Flag(
        help: ArgumentHelp(
            "XLIFF: also a unit per situation for its search keywords in the target language, the source language's "
                + "as the source: the words its staff would type, not a translation (never reviewed)."))
    var keywords = false

    @Option(
        help: ArgumentHelp("Write the glossary as TBX-Basic to this file (- for standard output).", valueName: "file"))
    var tbx: String?

    @Option(help: ArgumentHelp("TBX: the edition, 3 (ISO 30042:2019) or 2 (2008, <martif>).", valueName: "edition"))
    var tbxVersion: TBXExport.Version?

    func validate() throws {
        guard xliff != nil || tbx != nil else {
            throw ValidationError(
                "nothing to export: give --xliff 1.2|2.0 (with --language and --output) or --tbx FILE")
        }
        if xliff != nil, tbx != nil {
            throw ValidationError("export one thing at a time: --xliff or --tbx, not both (run export twice)")
        }
        if tbxVersion != nil, tbx == nil {
            throw ValidationError("--tbx-version is for --tbx: give the file to write with --tbx FILE")
        }
        if tbx != nil {
            let xliffOnly: [(String, Bool)] = [
                ("--language", !languages.isEmpty), ("--only", only != nil), ("--situation", !situations.isEmpty),
                ("--card-width", cardWidth != nil), ("--output", output != nil), ("--keywords", keywords),
            ]
            if let (name, _) = xliffOnly.first(where: \.1) {
                throw ValidationError("\(name) is for --xliff; --tbx exports the whole glossary into the file it names")
            }
        }
        if xliff != nil {
            guard !languages.isEmpty else { throw ValidationError("name a target language: --language CODE") }
            guard let output else { throw ValidationError("say where to write: --output FILE|DIR") }
            if output == "-", languages.count > 1 {
                throw ValidationError("--output - prints one language; give one --language, or a folder")
            }
            if languages.count > 1, output.lowercased().hasSuffix(".xlf") || output.lowercased().hasSuffix(".xliff") {
                throw ValidationError(
                    "--output \(output) names a file, and \(languages.count) languages make a file each: name a folder "
                        + "(it gets \(languages.map { "\($0).xlf" }.joined(separator: ", "))), or give one --language")
            }
            _ = try states()
            try CommonOptions.requireRange("--card-width", cardWidth ?? Self.cardWidth, CommonOptions.cardWidths)
        }
    }

    private func states() throws -> Set<RenderingState> {
        guard let only else { return Set(RenderingState.allCases) }
        guard only.contains(where: { $0 != "," && $0 != " " }) else {
            throw ValidationError("--only needs at least one state: missing, unreviewed, stale or reviewed")
        }
        return Set(
            try only.split(separator: ",").map { name in
                guard let state = RenderingState(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--only \(name): use missing, unreviewed, stale or reviewed")
                }
                return state
            })
    }

    func run() throws {
        for path in [output, tbx].compactMap(\.self) where path != "-" {
            try ExportFile.refuseInContent(path, content: source.content)
        }
        let book = try source.checkedBook(refused: "nothing was exported")
        if let xliff, let output { try exportXLIFF(book, xliff, to: output) }
        if let tbx {
            if tbx == "-" {
                print(try TBXExport.document(book, version: tbxVersion ?? .v3), terminator: "")
            } else {
                let terms = try TBXExport.write(book, version: tbxVersion ?? .v3, to: tbx)
                FileHandleOutput.standardError("wrote \(terms) terms into \(tbx)\n")
            }
        }
    }

    /// The pocket card width given to translators when `--card-width` is not.
    private static let cardWidth = 32

    private func exportXLIFF(_ book: Book, _ version: XLIFFVersion, to output: String) throws {
        if output == "-" {
            let export = try XLIFFExport(
                book: book, language: languages[0], version: version, states: try states(), situations: situations,
                cardWidth: cardWidth ?? Self.cardWidth, keywords: keywords)
            print(export.document, terminator: "")
            return
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        let intoFolder = languages.count > 1 || (exists && isDirectory.boolValue) || output.hasSuffix("/")
        if intoFolder { try ExportFile.createFolder(output) }
        for language in languages {
            let export = try XLIFFExport(
                book: book, language: language, version: version, states: try states(), situations: situations,
                cardWidth: cardWidth ?? Self.cardWidth, keywords: keywords)
            let path = intoFolder ? (output as NSString).appendingPathComponent("\(language).xlf") : output
            try ExportFile.write(Array(export.document.utf8), to: path)
            let units = export.units.count == 1 ? "1 unit" : "\(export.units.count) units"
            FileHandleOutput.standardError("wrote \(units) (\(language)) into \(path)\n")
        }
    }
}
