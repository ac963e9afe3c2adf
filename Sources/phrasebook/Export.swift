import ArgumentParser
import Foundation
import PhrasebookKit

extension XLIFFVersion: ExpressibleByArgument {}

/// `phrasebook export`: hand texts to translators' tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export texts for translators' tools (CAT): one XLIFF 1.2 or 2.0 file per target language.",
        discussion: """
            Every translatable text is a unit with a stable id (phrase.<id>, situation.<id>.title, …): source in
            the book's source language, target the current rendering (empty when missing), the review state
            mapped to XLIFF states, placeholders as inline codes, and notes with the context. With one --language,
            --output names the file (or a folder); with several, a folder that gets <code>.xlf each.
            See Documentation/TranslationWorkflow.md.

            Examples:
              phrasebook export --xliff 1.2 --language ko --output ko.xlf
              phrasebook export --xliff 2.0 --language ko --language en --only missing,stale,unreviewed --output out/
              phrasebook export --xliff 1.2 --language en --situation silent-call --output silent-call-en.xlf
            """
    )

    @Option(help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(help: ArgumentHelp("Write XLIFF of this version: 1.2 or 2.0.", valueName: "version"))
    var xliff: XLIFFVersion?

    @Option(name: .customLong("language"), help: ArgumentHelp("A target language; repeatable.", valueName: "code"))
    var languages: [String] = []

    @Option(
        help: ArgumentHelp(
            "Only renderings in these states: missing, unreviewed, stale, reviewed (comma-separated).",
            valueName: "states"))
    var only: String?

    @Option(name: .customLong("situation"), help: ArgumentHelp("Only this situation; repeatable.", valueName: "id"))
    var situations: [String] = []

    @Option(help: ArgumentHelp("Pocket card width given to translators, in display columns.", valueName: "n"))
    var cardWidth = 32

    @Option(help: ArgumentHelp("The file to write, or a folder (several languages).", valueName: "path"))
    var output: String

    func validate() throws {
        guard xliff != nil else { throw ValidationError("say what to export: --xliff 1.2 or --xliff 2.0") }
        guard !languages.isEmpty else { throw ValidationError("name a target language: --language CODE") }
        _ = try states()
    }

    private func states() throws -> Set<RenderingState> {
        guard let only else { return Set(RenderingState.allCases) }
        return Set(
            try only.split(separator: ",").map { name in
                guard let state = RenderingState(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--only \(name): use missing, unreviewed, stale or reviewed")
                }
                return state
            })
    }

    func run() throws {
        let (book, diagnostics) = try Pipeline(contentFolder: content, templatesFolder: "", outputFolder: "").check()
        guard let book, !diagnostics.contains(where: { $0.severity == .error }) else {
            CommonOptions.print(diagnostics.filter { $0.severity == .error }, as: .text)
            throw ExitCode(1)
        }
        if let xliff { try exportXLIFF(book, xliff) }
    }

    private func exportXLIFF(_ book: Book, _ version: XLIFFVersion) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        let intoFolder = languages.count > 1 || (exists && isDirectory.boolValue) || output.hasSuffix("/")
        if intoFolder { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
        for language in languages {
            let export = try XLIFFExport(
                book: book, language: language, version: version, states: try states(), situations: situations,
                cardWidth: cardWidth)
            let path = intoFolder ? (output as NSString).appendingPathComponent("\(language).xlf") : output
            try ExportFile.write(Array(export.document.utf8), to: path)
            FileHandleOutput.standardError("wrote \(export.units.count) units (\(language)) into \(path)\n")
        }
    }
}
