import Foundation
import Testing

@testable import PhrasebookKit

@Suite("XLIFF export of search keywords (--keywords)")
struct XLIFFKeywordsExportTests {
    /// A book with a new language, `ja`, declared after en (or, with `jaFirst`, right after the source), and four
    /// situations: `s` with keywords in zh, ko and en, one element per line; `t` with Korean keywords only (no
    /// source); `u` without keywords; `v` with zh and ja keywords on one line; `w` with zh and en on one line.
    static func book(jaFirst: Bool = false) -> ContentFixture {
        let english = "<language code=\"en\" tag=\"en\" name=\"English\"/>"
        let japanese = "<language code=\"ja\" tag=\"ja\" name=\"日本語\"/>"
        let source = "<language code=\"zh\" tag=\"zh-Hans\" name=\"中文\"/>"
        let situations = ["s", "t", "u", "v", "w"]
        let book =
            jaFirst
            ? ContentFixture.book(situations: situations).replacingOccurrences(
                of: source, with: source + "\n    " + japanese)
            : ContentFixture.book(situations: situations).replacingOccurrences(
                of: english, with: english + "\n    " + japanese)
        func situation(_ id: String, _ keywords: String) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <situation id="\(id)">
              <title>
                <zh>情景\(id)</zh>
                <ko>상황 \(id)</ko>
                <en>Situation \(id)</en>
              </title>
            \(keywords)
              <phrase id="\(id)-hello"><zh>您好。</zh><ko>안녕하세요.</ko><en>Hello.</en></phrase>
            </situation>
            """
        }
        return ContentFixture(
            situations: [
                "s": situation(
                    "s",
                    """
                      <keywords>
                        <zh>发脾气，大吵大闹</zh>
                        <ko>화난 고객</ko>
                        <en>angry caller, yelling</en>
                      </keywords>
                    """),
                "t": situation("t", "  <keywords><ko>화난 고객</ko></keywords>"),
                "u": situation("u", ""),
                "v": situation("v", "  <keywords><zh>退钱</zh><ja>返金</ja></keywords>"),
                "w": situation("w", "  <keywords><zh>退货</zh><en>return</en></keywords>"),
            ], book: book)
    }

    /// The unit of `id` in `document`, from its start tag to its end tag.
    static func unit(_ id: String, in document: String) throws -> String {
        let start = try #require(
            document.range(of: "<trans-unit id=\"\(id)\"") ?? document.range(of: "<unit id=\"\(id)\""))
        let end = try #require(
            document.range(of: "</trans-unit>", range: start.upperBound..<document.endIndex)
                ?? document.range(of: "</unit>", range: start.upperBound..<document.endIndex))
        return String(document[start.lowerBound..<end.upperBound])
    }

    @Test(
        "1.2: a unit per situation with source keywords, after its title: the source's keywords, the target's, a note")
    func version1() throws {
        try Self.book().withFolder { folder in
            let book = try ReviewTests.load(folder)
            let export = try XLIFFExport(book: book, language: "ja", version: .version1, keywords: true)
            let ids = export.units.map(\.unit.id)
            #expect(
                ids.filter { $0.hasSuffix(".keywords") } == [
                    "situation.s.keywords", "situation.v.keywords", "situation.w.keywords",
                ])
            for situation in ["s", "v", "w"] {
                let title = try #require(ids.firstIndex(of: "situation.\(situation).title"))
                #expect(ids[title + 1] == "situation.\(situation).keywords")
            }
            let new = try Self.unit("situation.s.keywords", in: export.document)
            #expect(
                new.hasPrefix(
                    "<trans-unit id=\"situation.s.keywords\" extradata=\"phrasebook-target-hash:\(SourceHash.of(""))\">"
                ),
                "never approved=\"yes\": \(new)")
            #expect(new.contains("<source>发脾气，大吵大闹</source>"))
            #expect(new.contains("<target state=\"needs-translation\"></target>"))
            #expect(new.contains("<note from=\"phrasebook\">Search keywords: the keywords of 's'</note>"))
            #expect(
                new.contains(
                    "<note from=\"phrasebook\">Search words, not a translation: write what staff working in 日本語 (ja) "
                        + "would type"))
            #expect(new.contains("The source is what 中文 (zh-Hans) staff type, a hint, not a text to translate."))
            #expect(new.contains("<note from=\"phrasebook\">Situation: 情景s</note>"))
            let existing = try Self.unit("situation.v.keywords", in: export.document)
            #expect(existing.contains("extradata=\"phrasebook-target-hash:\(SourceHash.of("返金"))\""))
            #expect(existing.contains("<target state=\"translated\">返金</target>"))
            #expect(export.units.first { $0.unit.id == "situation.v.keywords" }?.state == .unreviewed)
        }
    }

    @Test("2.0: the note among <notes>, initial without a target, translated with the target's keywords")
    func version2() throws {
        try Self.book().withFolder { folder in
            let export = try XLIFFExport(
                book: try ReviewTests.load(folder), language: "ja", version: .version2, keywords: true)
            let new = try Self.unit("situation.s.keywords", in: export.document)
            #expect(new.contains("<notes>\n        <note>Search keywords: the keywords of 's'</note>\n"))
            #expect(new.contains("<note>Search words, not a translation: "))
            #expect(new.contains("<segment state=\"initial\">\n        <source>发脾气，大吵大闹</source>\n      </segment>"))
            let existing = try Self.unit("situation.v.keywords", in: export.document)
            #expect(existing.contains("<segment state=\"translated\">\n        <source>退钱</source>\n"))
            #expect(existing.contains("<target>返金</target>"))
        }
    }

    /// `document` without its keywords units.
    static func withoutKeywords(_ document: String) -> String {
        document.replacing(
            #/ *<(trans-unit|unit) id="situation\.[a-z0-9-]+\.keywords"[\s\S]*?<\/(trans-unit|unit)>\n/#, with: "")
    }

    @Test("Without --keywords the document is what it was: the flag only adds the keywords units")
    func onlyAdded() throws {
        try Self.book().withFolder { folder in
            let book = try ReviewTests.load(folder)
            for version in XLIFFVersion.allCases {
                for language in ["ja", "ko"] {
                    let with = try XLIFFExport(book: book, language: language, version: version, keywords: true)
                        .document
                    let without = try XLIFFExport(book: book, language: language, version: version).document
                    #expect(!without.contains(".keywords"))
                    #expect(with.contains(".keywords\""))
                    #expect(Self.withoutKeywords(with) == without, "\(version) \(language)")
                }
            }
        }
    }

    @Test("--only picks keywords units as missing (no target keywords) or unreviewed (some); --situation narrows")
    func selection() throws {
        try Self.book().withFolder { folder in
            let book = try ReviewTests.load(folder)
            func keywords(_ states: Set<RenderingState>, _ situations: [String] = []) throws -> [String] {
                try XLIFFExport(
                    book: book, language: "ja", version: .version1, states: states, situations: situations,
                    keywords: true
                ).units.map(\.unit.id).filter { $0.hasSuffix(".keywords") }
            }
            #expect(try keywords([.missing]) == ["situation.s.keywords", "situation.w.keywords"])
            #expect(try keywords([.unreviewed]) == ["situation.v.keywords"])
            #expect(try keywords([.stale, .reviewed]).isEmpty)
            #expect(try keywords(Set(RenderingState.allCases), ["v"]) == ["situation.v.keywords"])
        }
    }

    @Test("The shipped book's export with keywords validates against the OASIS 1.2 strict and 2.0 schemas")
    func schemaValidation() throws {
        let book = try ReviewTests.load(TestPaths.content)
        let withKeywords = book.situations.filter { $0.keywords?.text(book.sourceLanguage)?.isEmpty == false }
        #expect(withKeywords.count > 0)
        try TestPaths.withScratch { scratch in
            for (version, schema) in [
                (XLIFFVersion.version1, "xliff-core-1.2-strict.xsd"), (.version2, "xliff-core-2.0.xsd"),
            ] {
                let export = try XLIFFExport(book: book, language: "ko", version: version, keywords: true)
                #expect(export.units.filter { $0.unit.kind == .keywords }.count == withKeywords.count)
                let path = scratch + "/ko-\(version.rawValue).xlf"
                try TestPaths.write(export.document, to: path)
                let result = try XLIFFExportTests.run(
                    "/usr/bin/xmllint",
                    ["--noout", "--nonet", "--schema", TestPaths.repository + "/Tests/xliff/schemas/" + schema, path])
                #expect(result.status == 0, "\(path): \(result.err.prefix(2000))")
            }
        }
    }
}
