import Foundation
import Testing

@testable import PhrasebookKit

@Suite("XLIFF export")
struct XLIFFExportTests {
    /// A situation with one phrase in each state (en: reviewed, stale, unreviewed, missing) and a placeholder.
    static func states() -> ContentFixture {
        let hello = SourceHash.of("您好，这里是{company}。")
        return ContentFixture(situations: [
            "s": ContentFixture.situation(
                "s", attributes: "roles=\"hotline-agent\"",
                body: """
                      <phrase id="s-reviewed" card="true"><zh>您好，这里是{company}。</zh><ko>안녕하세요, {company}입니다.</ko><en source-hash="\(hello)">Hello, this is {company}.</en>
                        <note><zh>语气亲切。</zh><ko>친절하게.</ko><en>Sound friendly.</en></note></phrase>
                      <phrase id="s-stale"><zh>请稍等。</zh><ko>잠시만요.</ko><en source-hash="0badbeef">Wait.</en></phrase>
                      <phrase id="s-unreviewed"><zh>谢谢。</zh><ko>감사합니다.</ko><en>Thanks.</en></phrase>
                      <phrase id="s-missing"><zh>再见。</zh><ko>안녕히 가세요.</ko></phrase>
                    """)
        ])
    }

    static func book(_ folder: String) throws -> Book {
        try ReviewTests.load(folder)
    }

    @Test("1.2: states new→needs-translation, unreviewed→translated, stale→needs-review-translation, reviewed→final")
    func states12() throws {
        let folder = try Self.states().write()
        defer { ContentFixture.remove(folder) }
        let export = try XLIFFExport(book: try Self.book(folder), language: "en", version: .version1)
        let document = export.document
        #expect(
            document.contains(
                "<trans-unit id=\"phrase.s-reviewed\" approved=\"yes\" extradata=\"phrasebook-target-hash:"
                    + SourceHash.of("Hello, this is {company}.") + "\">"))
        #expect(
            document.contains(
                "<source>您好，这里是<x id=\"company\" ctype=\"x-phrasebook-variable\" equiv-text=\"{company}\"/>。</source>"))
        #expect(
            document.contains(
                "<target state=\"final\">Hello, this is <x id=\"company\" ctype=\"x-phrasebook-variable\" "
                    + "equiv-text=\"{company}\"/>.</target>"))
        #expect(document.contains("<target state=\"needs-review-translation\">Wait.</target>"))
        #expect(document.contains("<target state=\"translated\">Thanks.</target>"))
        #expect(document.contains("<target state=\"needs-translation\"></target>"))
        #expect(document.contains("<note from=\"phrasebook\">Note: 语气亲切。 / Sound friendly.</note>"))
        #expect(document.contains("On the pocket card: lines of 32 display columns"))
        #expect(document.contains("{company} is replaced by"))
        #expect(document.contains("Roles: Hotline agent") || document.contains("Roles: hotline-agent"))
        #expect(document.contains("Situation: 情景s / Situation s"))
        #expect(
            export.units.map(\.unit.id).filter { $0.hasPrefix("phrase.") } == [
                "phrase.s-reviewed", "phrase.s-reviewed.note.1", "phrase.s-stale", "phrase.s-unreviewed",
                "phrase.s-missing",
            ])
    }

    @Test("2.0: initial without target, translated (stale with a subState), final; placeholders as <ph>")
    func states20() throws {
        let folder = try Self.states().write()
        defer { ContentFixture.remove(folder) }
        let document = try XLIFFExport(book: try Self.book(folder), language: "en", version: .version2).document
        #expect(
            document.contains("<ph id=\"company\" equiv=\"{company}\" disp=\"XX Company\"/>")
                || document.contains("<ph id=\"company\" equiv=\"{company}\""))
        #expect(document.contains("<segment state=\"final\">"))
        #expect(document.contains("<segment state=\"translated\" subState=\"phrasebook:stale\">"))
        let missing = try #require(document.range(of: "<unit id=\"phrase.s-missing\">"))
        let rest = document[missing.upperBound...]
        let end = try #require(rest.range(of: "</unit>"))
        #expect(rest[..<end.lowerBound].contains("<segment state=\"initial\">"))
        #expect(!rest[..<end.lowerBound].contains("<target>"))
    }

    /// A stale en rendering whose reviewed source (请您稍等，…) is in the review history (the source is now 请您稍候片刻，…),
    /// and one whose reviewed source is not recorded.
    static func staleWithHistory() -> ContentFixture {
        let was = "请您稍等，{surname}先生。"
        return ContentFixture(
            situations: [
                "s": ContentFixture.situation(
                    "s",
                    body: """
                          <phrase id="s-changed"><zh>请您稍候片刻，{surname}先生。</zh><ko>잠시만 기다려 주십시오, {surname} 님.</ko><en source-hash="\(SourceHash.of(was))">One moment, please, Mr {surname}.</en></phrase>
                          <phrase id="s-unrecorded"><zh>谢谢。</zh><ko>감사합니다.</ko><en source-hash="0badbeef">Thanks.</en></phrase>
                        """)
            ],
            extraFiles: [ReviewHistory.fileName: ReviewHistory(sources: [SourceHash.of(was): was]).serialized])
    }

    @Test("1.2: a stale rendering comes with an <alt-trans> of the source it was reviewed against, when it is recorded")
    func previousTranslation() throws {
        let folder = try Self.staleWithHistory().write()
        defer { ContentFixture.remove(folder) }
        let book = try Self.book(folder)
        let document = try XLIFFExport(book: book, language: "en", version: .version1).document
        let surname = "<x id=\"surname\" ctype=\"x-phrasebook-slot\" equiv-text=\"{surname}\"/>"
        let unit = try #require(document.firstMatch(of: /<trans-unit id="phrase.s-changed"[\s\S]*?<\/trans-unit>/))
        let lines = unit.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // 请您稍[-等-]{+候片刻+}…: 3 of the 19 characters of the longer source changed, 84 %.
        #expect(
            Array(lines.suffix(5)) == [
                "<alt-trans match-quality=\"84\" origin=\"review-history.xml\" tool-id=\"phrasebook\">",
                "<source>请您稍等，\(surname)先生。</source>",
                "<target>One moment, please, Mr \(surname).</target>",
                "</alt-trans>",
                "</trans-unit>",
            ])
        let lastNote = try #require(lines.lastIndex { $0.hasPrefix("<note ") })
        #expect(
            lines[lastNote + 1].hasPrefix("<alt-trans "), "after the target and the notes, as the schema orders them")
        let unrecorded = try #require(
            document.firstMatch(of: /<trans-unit id="phrase.s-unrecorded"[\s\S]*?<\/trans-unit>/))
        #expect(!unrecorded.output.contains("<alt-trans"), "no old source to offer")
        #expect(document.components(separatedBy: "<alt-trans ").count == 2, "only the stale unit with a history")
        let version2 = try XLIFFExport(book: book, language: "en", version: .version2).document
        #expect(!version2.contains("alt-trans"))

        let schema = TestPaths.repository + "/Tests/xliff/schemas/xliff-core-1.2-strict.xsd"
        let path = folder + "/../en.xlf"
        try TestPaths.write(document, to: path)
        let result = try Self.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", schema, path])
        #expect(result.status == 0, "\(result.err.prefix(2000))")
    }

    @Test("--only and --situation narrow the units; an undeclared language is refused")
    func selection() throws {
        let folder = try Self.states().write()
        defer { ContentFixture.remove(folder) }
        let book = try Self.book(folder)
        let only = try XLIFFExport(book: book, language: "en", version: .version1, states: [.missing, .stale])
        #expect(only.units.map(\.unit.id).contains("phrase.s-missing"))
        #expect(only.units.map(\.unit.id).contains("phrase.s-stale"))
        #expect(!only.units.map(\.unit.id).contains("phrase.s-unreviewed"))
        #expect(throws: PhrasebookError.self) { try XLIFFExport(book: book, language: "fr", version: .version1) }
        #expect(throws: PhrasebookError.self) {
            try XLIFFExport(book: book, language: "en", version: .version1, situations: ["nope"])
        }
    }

    @Test("Exports of the shipped book validate against the OASIS XLIFF 1.2 strict and 2.0 schemas (xmllint)")
    func schemaValidation() throws {
        let book = try ReviewTests.load(TestPaths.content)
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let schemas = TestPaths.repository + "/Tests/xliff/schemas/"
        for (version, schema) in [
            (XLIFFVersion.version1, "xliff-core-1.2-strict.xsd"), (.version2, "xliff-core-2.0.xsd"),
        ] {
            for language in book.targetLanguages.map(\.code) {
                let export = try XLIFFExport(book: book, language: language, version: version)
                #expect(export.units.count > 1000)
                #expect(Set(export.units.map(\.unit.id)).count == export.units.count)
                let path = scratch + "/\(language)-\(version.rawValue).xlf"
                try TestPaths.write(export.document, to: path)
                let result = try Self.run(
                    "/usr/bin/xmllint", ["--noout", "--nonet", "--schema", schemas + schema, path])
                #expect(result.status == 0, "\(path): \(result.err.prefix(2000))")
            }
        }
        // Nothing in the states asked for: the file is still valid, in both versions.
        for (version, schema) in [
            (XLIFFVersion.version1, "xliff-core-1.2-strict.xsd"), (.version2, "xliff-core-2.0.xsd"),
        ] {
            let export = try XLIFFExport(book: book, language: "ko", version: version, states: [])
            #expect(export.units.isEmpty)
            let path = scratch + "/empty-\(version.rawValue).xlf"
            try TestPaths.write(export.document, to: path)
            let result = try Self.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", schemas + schema, path])
            #expect(result.status == 0, "\(path): \(result.err.prefix(2000))")
        }
        var broken = try XLIFFExport(book: book, language: "ko", version: .version1).document
        broken = broken.replacingOccurrences(of: "state=\"translated\"", with: "state=\"approved-by-me\"")
        try TestPaths.write(broken, to: scratch + "/broken.xlf")
        let result = try Self.run(
            "/usr/bin/xmllint",
            ["--noout", "--nonet", "--schema", schemas + "xliff-core-1.2-strict.xsd", scratch + "/broken.xlf"])
        #expect(result.status != 0)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let err = try ProcessStart.serialized {
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return err
        }
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
