import Foundation
import Testing

@testable import PhrasebookKit

@Suite("XLIFF import of search keywords")
struct XLIFFKeywordsImportTests {
    /// Exports ja with keywords from `folder` in `version`, lets `edit` change the document, reads it back.
    private func roundTrip(
        _ folder: String, _ version: XLIFFVersion, markReviewed: Bool = false, edit: (String) -> String
    ) throws -> XLIFFImport {
        let book = try ReviewTests.load(folder)
        let document = edit(try XLIFFExport(book: book, language: "ja", version: version, keywords: true).document)
        return XLIFFImport(book: book, files: [("ja.xlf", Array(document.utf8))], markReviewed: markReviewed)
    }

    /// `document` (1.2) with the empty target of unit `id` filled with `words`, marked translated.
    private static func fill(_ id: String, with words: String, in document: String) -> String {
        guard let unit = document.range(of: "<trans-unit id=\"\(id)\""),
            let target = document.range(
                of: "<target state=\"needs-translation\"></target>", range: unit.upperBound..<document.endIndex)
        else { return document }
        return document.replacingCharacters(in: target, with: "<target state=\"translated\">\(words)</target>")
    }

    private func read(_ folder: String, _ situation: String) throws -> String {
        try String(contentsOfFile: folder + "/situations/\(situation).xml", encoding: .utf8)
    }

    @Test("1.2: a new language's keywords go in after the other languages', indented like them; nothing else changes")
    func version1() throws {
        try XLIFFKeywordsExportTests.book().withFolder { folder in
            let before = try read(folder, "s")
            let untouched = try ["t", "u", "v", "w"].map { try read(folder, $0) }
            // Marked final and --mark-reviewed: keywords are never reviewed, so no source-hash and no review history.
            let imported = try roundTrip(folder, .version1, markReviewed: true) {
                $0.replacingOccurrences(
                    of: "<source>发脾气，大吵大闹</source>\n        <target state=\"needs-translation\"></target>",
                    with: "<source>发脾气，大吵大闹</source>\n        <target state=\"final\">怒鳴る客、クレーマー</target>")
            }
            #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
            #expect(imported.changes.map(\.text) == ["怒鳴る客、クレーマー"])
            #expect(imported.changes.map(\.markReviewed) == [false])
            #expect(imported.summaryLines(dryRun: false).first?.hasPrefix("ja: 1 changed, 0 marked reviewed, ") == true)
            try imported.apply(contentFolder: folder)
            #expect(
                try read(folder, "s")
                    == before.replacingOccurrences(
                        of: "    <en>angry caller, yelling</en>\n",
                        with: "    <en>angry caller, yelling</en>\n    <ja>怒鳴る客、クレーマー</ja>\n"))
            #expect(try ["t", "u", "v", "w"].map { try read(folder, $0) } == untouched)
            #expect(!FileManager.default.fileExists(atPath: folder + "/" + ReviewHistory.fileName))
            let book = try ReviewTests.load(folder)
            #expect(book.situation("s")?.keywords?.text("ja") == "怒鳴る客、クレーマー")
            #expect(book.situation("s")?.keywords?.rendering("ja")?.sourceHash == nil)
        }
    }

    @Test("2.0: target keywords replace the language's; new ones are added on their own line or on the others' line")
    func version2() throws {
        try XLIFFKeywordsExportTests.book().withFolder { folder in
            let before = (s: try read(folder, "s"), v: try read(folder, "v"), w: try read(folder, "w"))
            let imported = try roundTrip(folder, .version2) {
                $0.replacingOccurrences(of: "<target>返金</target>", with: "<target>返金、払い戻し</target>")
                    .replacingOccurrences(
                        of: "<source>发脾气，大吵大闹</source>\n",
                        with: "<source>发脾气，大吵大闹</source>\n        <target>怒鳴る客</target>\n"
                    )
                    .replacingOccurrences(of: "<source>退货</source>\n", with: "<source>退货</source><target>返品</target>")
            }
            #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
            #expect(imported.changes.count == 3)
            try imported.apply(contentFolder: folder)
            #expect(
                try read(folder, "w")
                    == before.w.replacingOccurrences(
                        of: "<en>return</en></keywords>", with: "<en>return</en><ja>返品</ja></keywords>"))
            #expect(
                try read(folder, "v")
                    == before.v.replacingOccurrences(
                        of: "<ja>返金</ja></keywords>", with: "<ja>返金、払い戻し</ja></keywords>"))
            #expect(
                try read(folder, "s")
                    == before.s.replacingOccurrences(
                        of: "<en>angry caller, yelling</en>\n",
                        with: "<en>angry caller, yelling</en>\n    <ja>怒鳴る客</ja>\n")
            )
        }
    }

    @Test("A language declared before others goes in before theirs, in the book's order of languages")
    func bookOrder() throws {
        try XLIFFKeywordsExportTests.book(jaFirst: true).withFolder { folder in
            let before = try read(folder, "s")
            let imported = try roundTrip(folder, .version1) {
                Self.fill("situation.s.keywords", with: "怒鳴る客", in: $0)
            }
            #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
            try imported.apply(contentFolder: folder)
            #expect(
                try read(folder, "s")
                    == before.replacingOccurrences(
                        of: "    <zh>发脾气，大吵大闹</zh>\n", with: "    <zh>发脾气，大吵大闹</zh>\n    <ja>怒鳴る客</ja>\n"))
        }
    }

    @Test("What the checks say of imported keywords is reported with the import")
    func checked() throws {
        try XLIFFKeywordsExportTests.book().withFolder { folder in
            let imported = try roundTrip(folder, .version1) {
                $0.replacingOccurrences(of: ">返金</target>", with: ">返金\u{202E}</target>")
            }
            #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
            try imported.apply(contentFolder: folder)
            let (book, found) = try Pipeline(contentFolder: folder, templatesFolder: "", outputFolder: "").check()
            let reported = imported.diagnostics(ofImportedIn: try #require(book), found)
            #expect(reported.map(\.code) == ["control-character"], "\(reported)")
            #expect(reported.first?.location.file.hasSuffix("situations/v.xml") == true)
        }
    }

    @Test("An empty target removes nothing and writes nothing; the export as it was imports as no change")
    func emptyTarget() throws {
        try XLIFFKeywordsExportTests.book().withFolder { folder in
            for version in XLIFFVersion.allCases {
                let untouched = try roundTrip(folder, version) { $0 }
                #expect(untouched.diagnostics.isEmpty && untouched.changes.isEmpty)
                let emptied = try roundTrip(folder, version) {
                    $0.replacingOccurrences(of: ">返金</target>", with: "></target>")
                }
                #expect(emptied.diagnostics.isEmpty && emptied.changes.isEmpty, "\(version)")
                let empty = try #require(untouched.summaries.first?.empty)
                #expect(emptied.summaries.first?.empty == empty + 1, "\(version)")
            }
        }
    }

    @Test("Keywords whose source changed since the export are a conflict at the unit (or left out, untouched)")
    func conflict() throws {
        try XLIFFKeywordsExportTests.book().withFolder { folder in
            let book = try ReviewTests.load(folder)
            let exported = try XLIFFExport(book: book, language: "ja", version: .version1, keywords: true).document
            // The translator wrote both: the one of a changed source and the one of a situation whose keywords went.
            let filled = Self.fill("situation.s.keywords", with: "怒鳴る客", in: exported)
                .replacingOccurrences(of: ">返金</target>", with: ">返金，払い戻し</target>")
            try TestPaths.replace("<zh>发脾气，大吵大闹</zh>", with: "<zh>发脾气</zh>", in: folder + "/situations/s.xml")
            try TestPaths.replace(
                "<keywords><zh>退钱</zh><ja>返金</ja></keywords>", with: "", in: folder + "/situations/v.xml")
            let snapshot = TestPaths.snapshot(folder)
            let changed = try ReviewTests.load(folder)
            let imported = XLIFFImport(book: changed, files: [("ja.xlf", Array(filled.utf8))], markReviewed: false)
            let line = filled.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("<trans-unit id=\"situation.s.keywords\"") }
            #expect(imported.diagnostics.map(\.code) == ["xliff-conflict", "xliff-unknown-unit"])
            let conflict = try #require(imported.diagnostics.first)
            #expect(conflict.location.file == "ja.xlf" && conflict.location.line == (line ?? 0) + 1)
            #expect(conflict.location.column == 7)
            #expect(conflict.message.contains("unit 'situation.s.keywords': the source changed since the export"))
            #expect(conflict.message.contains("now \"发脾气\""))
            #expect(imported.diagnostics.last?.message.contains("unit 'situation.v.keywords' names no text") == true)
            #expect(throws: PhrasebookError.self) { try imported.apply(contentFolder: folder) }
            #expect(TestPaths.snapshot(folder) == snapshot)
            // Left as exported, the unit of the changed source and the one of the keywords gone are left out, and the
            // rest imported.
            let untouched = XLIFFImport(book: changed, files: [("ja.xlf", Array(exported.utf8))], markReviewed: false)
            #expect(untouched.diagnostics.isEmpty, "\(untouched.diagnostics)")
            #expect(untouched.summaries.first?.sourceChanged == 1)
            #expect(untouched.summaries.first?.removed == 1)
        }
    }
}
