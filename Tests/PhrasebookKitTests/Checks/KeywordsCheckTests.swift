import Foundation
import PhrasebookTestSupport
import Testing

@testable import PhrasebookKit

private typealias F = ContentFixture

@Suite("Search keywords")
struct KeywordsCheckTests {
    private static func fixture(_ keywords: String) -> F {
        CheckExamples.situation(
            """
            \(keywords)
            \(F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello."))
            """)
    }

    @Test("keywords are read with their places, and a language without them is not missing a translation")
    func read() throws {
        let fixture = Self.fixture("<keywords><zh>打招呼，问好</zh></keywords>")
        let folder = try fixture.write()
        defer { F.remove(folder) }
        let book = try ContentLoader(folder: folder).load().book
        let keywords = try #require(book?.situations.first?.keywords)
        #expect(keywords.text("zh") == "打招呼，问好")
        #expect(keywords.text("ko") == nil)
        #expect(keywords.renderings.first?.location.line == 4)
        let found = try fixture.check().filter { $0.code != "unused-declaration" }
        #expect(found.filter { $0.severity != .note }.isEmpty, "\(found.filter { $0.severity != .note })")
        #expect(!found.contains { $0.message.contains("keywords") }, "no note on them either")
    }

    @Test("an undeclared language, a language twice, control characters and stray spaces are reported in keywords")
    func form() throws {
        let found = try Self.fixture(
            "<keywords><zh>问好\u{3000}</zh><fr>bonjour</fr><en>hi</en><en>hello\u{202E}</en></keywords>"
        ).check()
        let unknown = try #require(found.with("unknown-language").first, "\(found.map(\.message))")
        #expect(unknown.message.contains("<fr> in the keywords of 's'"), "\(unknown.message)")
        #expect(unknown.location.line == 4)
        #expect(found.with("duplicate-rendering").count == 1)
        #expect(found.with("control-character").count == 1)
        #expect(found.with("white-space").count == 1)
    }

    @Test("keywords go after the title and before when; anywhere else is a schema error")
    func placed() throws {
        let misplaced = try CheckExamples.situation(
            """
            <when><zh>见面时。</zh></when>
            <keywords><zh>打招呼</zh></keywords>
            """
        ).check()
        #expect(misplaced.with("schema").count == 1, "\(misplaced.map(\.message))")
        let inPhrase = try CheckExamples.situation(
            #"<phrase id="p"><zh>您好。</zh><keywords><zh>问好</zh></keywords></phrase>"#
        ).check()
        #expect(inPhrase.with("schema").count == 1, "a phrase has no keywords (nor a language 'keywords')")
    }

    @Test("keywords are not texts to translate: no XLIFF unit holds them")
    func notTranslated() throws {
        let folder = try Self.fixture("<keywords><zh>打招呼，问好</zh><ko>인사말</ko></keywords>").write()
        defer { F.remove(folder) }
        let book = try #require(try ContentLoader(folder: folder).load().book)
        let units = book.textUnits
        #expect(!units.contains { unit in unit.text.text("zh") == "打招呼，问好" })
        #expect(!units.isEmpty)
    }
}
