import Foundation
import Testing

@testable import PhrasebookKit

@Suite("phrasebook review")
struct ReviewTests {
    /// A scratch copy of the shipped content.
    static func shippedCopy() throws -> String {
        let destination = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: destination)
        return destination
    }

    static func load(_ folder: String) throws -> Book {
        let (book, diagnostics) = try Pipeline(contentFolder: folder, templatesFolder: "", outputFolder: "").check()
        #expect(!diagnostics.contains { $0.severity == .error })
        return try #require(book)
    }

    /// Removes every `source-hash="…"` attribute the review may have added.
    static func withoutHashes(_ bytes: Data) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(
            of: #" source-hash="[0-9a-f]{8}""#, with: "", options: .regularExpression)
    }

    @Test("Property over the shipped content: any review adds source-hash attributes and changes no other byte")
    func reviewChangesOnlyHashes() throws {
        let content = try Self.shippedCopy()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let original = TestPaths.snapshot(content)
        #expect(!original.values.contains { String(decoding: $0, as: UTF8.self).contains("source-hash") })
        let book = try Self.load(content)
        let units = book.textUnits
        var generator = SystemRandomNumberGenerator()
        var seed = UInt64.random(in: 0...UInt64.max, using: &generator)
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for round in 0..<6 {
            for (path, bytes) in original { try bytes.write(to: URL(fileURLWithPath: content + "/" + path)) }
            try? FileManager.default.removeItem(atPath: content + "/" + ReviewHistory.fileName)
            var selection = ReviewSelection()
            let languages = book.targetLanguages.map(\.code)
            switch round % 3 {
            case 0: selection.languages = [languages[next(languages.count)]]
            case 1: selection.situations = (0..<3).map { _ in book.situations[next(book.situations.count)].id }
            default:
                selection.ids = (0..<5).map { _ in units[next(units.count)].owners.last ?? "" }.filter { !$0.isEmpty }
            }
            let review = try Review(book: try Self.load(content), selection: selection)
            try review.apply(contentFolder: content)
            let after = TestPaths.snapshot(content)
            var added = 0
            for (path, bytes) in original {
                let now = try #require(after[path])
                #expect(Self.withoutHashes(now) == String(decoding: bytes, as: UTF8.self), "\(path), round \(round)")
                added += Self.withoutHashes(now).count == String(decoding: now, as: UTF8.self).count ? 0 : 1
            }
            let marked = try Self.load(content)
            let changed = Set(review.changes.map { "\($0.unit.id) \($0.language)" })
            #expect(!changed.isEmpty)
            for unit in marked.textUnits {
                for language in languages where unit.text.state(of: language, source: "zh") != .missing {
                    let state = unit.text.state(of: language, source: "zh")
                    #expect(
                        state == (changed.contains("\(unit.id) \(language)") ? .reviewed : .unreviewed), "\(unit.id)")
                }
            }
            #expect(marked.reviewHistory.sources.count == Set(review.changes.map(\.source.now)).count)
        }
    }

    @Test("the summary counts marked, skipped and already reviewed per language; --stale leaves unreviewed alone")
    func summaries() throws {
        let hash = SourceHash.of("您好。")
        let fixture = ContentFixture(situations: [
            "s": ContentFixture.situation(
                "s",
                body: """
                      <phrase id="s-a"><zh>您好。</zh><ko source-hash="\(hash)">안녕하세요.</ko><en source-hash="0badbeef">Hello.</en></phrase>
                      <phrase id="s-b"><zh>再见。</zh><ko>안녕히 가세요.</ko></phrase>
                    """)
        ])
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        var selection = ReviewSelection()
        selection.situations = ["s"]
        selection.states = [.stale]
        let stale = try Review(book: try Self.load(folder), selection: selection)
        #expect(stale.changes.map(\.unit.id) == ["phrase.s-a"])
        #expect(stale.changes[0].line.contains("stale → source-hash=\"\(hash)\""))
        #expect(
            stale.summaryLines(dryRun: true) == [
                "ko: 0 would be marked reviewed, 2 skipped, 1 already reviewed",
                "en: 1 would be marked reviewed, 2 skipped, 0 already reviewed",
            ])
    }

    @Test("a rendering that goes stale after a review shows the source as it was and as it is now")
    func staleShowsWhatChanged() throws {
        let fixture = ContentFixture.phrases("sample", [("s-a", "请您稍等。", "잠시만 기다려 주세요.", "One moment, please.")])
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        var selection = ReviewSelection()
        selection.ids = ["s-a"]
        try Review(book: try Self.load(folder), selection: selection).apply(contentFolder: folder)
        let path = folder + "/situations/sample.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try TestPaths.write(text.replacingOccurrences(of: "请您稍等。", with: "请您稍候片刻。"), to: path)
        let (_, diagnostics) = try Pipeline(contentFolder: folder, templatesFolder: "", outputFolder: "").check()
        let stale = diagnostics.with("stale-rendering").filter { $0.message.contains("'s-a'") }
        #expect(stale.count == 2)
        #expect(
            stale.allSatisfy {
                $0.message.contains("source was \"请您稍等。\", now \"请您稍候片刻。\" (changed: 请您稍[-等-]{+候片刻+}。)")
            })
        selection.states = [.stale]
        let again = try Review(book: try Self.load(folder), selection: selection)
        #expect(again.changes.count == 2)
        #expect(again.changes.allSatisfy { $0.line.contains("changed: 请您稍[-等-]{+候片刻+}。") })
    }

    @Test("unknown languages, situations, ids and files are refused")
    func refusals() throws {
        let folder = try ContentFixture.phrases("sample", [("s-a", "您好。", "안녕하세요.", "Hello.")]).write()
        defer { ContentFixture.remove(folder) }
        let book = try Self.load(folder)
        let changes: [(inout ReviewSelection) -> Void] = [
            { $0.languages = ["zh"] }, { $0.languages = ["fr"] },
            { $0.situations = ["nope"] }, { $0.ids = ["nope"] }, { $0.files = ["nope.xml"] },
        ]
        for change in changes {
            var selection = ReviewSelection()
            change(&selection)
            #expect(throws: PhrasebookError.self) { try Review(book: book, selection: selection) }
        }
        var byFile = ReviewSelection()
        byFile.files = [folder + "/situations/sample.xml"]
        #expect(try Review(book: book, selection: byFile).changes.count == 4)

        var typo = ReviewSelection()
        typo.ids = ["s-b"]
        #expect(
            throws: PhrasebookError.invalidOption(
                "--id s-b: no phrase or other element has this id; did you mean 's-a'?")
        ) {
            try Review(book: book, selection: typo)
        }
        typo = ReviewSelection()
        typo.situations = ["sampel"]
        #expect(throws: PhrasebookError.invalidOption("--situation sampel: no such situation; did you mean 'sample'?"))
        {
            try Review(book: book, selection: typo)
        }
    }

    @Test("--id marks the phrase with that id, not the category that has it too; an id only a category has marks it")
    func idOfPhraseAndCategory() throws {
        // The fixture's book declares a category `greeting`.
        let folder = try ContentFixture.phrases("sample", [("greeting", "您好。", "안녕하세요.", "Hello.")]).write()
        defer { ContentFixture.remove(folder) }
        let before = TestPaths.snapshot(folder)
        var selection = ReviewSelection()
        selection.ids = ["greeting"]
        let review = try Review(book: try Self.load(folder), selection: selection)
        #expect(review.changes.map { "\($0.unit.id) \($0.language)" } == ["phrase.greeting ko", "phrase.greeting en"])
        try review.apply(contentFolder: folder)
        let after = TestPaths.snapshot(folder)
        #expect(after["phrasebook.xml"] == before["phrasebook.xml"])
        let situation = try #require(after["situations/sample.xml"])
        let hash = SourceHash.of("您好。")
        #expect(
            String(decoding: situation, as: UTF8.self)
                == String(decoding: try #require(before["situations/sample.xml"]), as: UTF8.self)
                .replacingOccurrences(of: "<ko>안녕하세요.", with: "<ko source-hash=\"\(hash)\">안녕하세요.")
                .replacingOccurrences(of: "<en>Hello.", with: "<en source-hash=\"\(hash)\">Hello."))
        selection.ids = ["apology"]
        #expect(
            try Review(book: try Self.load(folder), selection: selection).changes.map(\.unit.id) == [
                "category.apology", "category.apology",
            ])
    }

    @Test("a review refuses, writing nothing, when a file changed on disk after loading")
    func changedOnDisk() throws {
        let fixture = ContentFixture(situations: [
            "a": ContentFixture.phrases("a", [("a-a", "您好。", "안녕하세요.", "Hello.")]).situations["a"]!,
            "b": ContentFixture.phrases("b", [("b-a", "再见。", "안녕히 가세요.", "Goodbye.")]).situations["b"]!,
        ])
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        let review = try Review(book: try Self.load(folder), selection: ReviewSelection())
        let before = TestPaths.snapshot(folder)
        try TestPaths.write(
            String(decoding: before["situations/b.xml"]!, as: UTF8.self) + "<!-- edited -->",
            to: folder + "/situations/b.xml")
        #expect(throws: PhrasebookError.self) { try review.apply(contentFolder: folder) }
        let after = TestPaths.snapshot(folder)
        #expect(after["situations/a.xml"] == before["situations/a.xml"])
        #expect(after[ReviewHistory.fileName] == nil)
    }
}
