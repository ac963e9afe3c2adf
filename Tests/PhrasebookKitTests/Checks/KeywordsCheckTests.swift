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

    /// The fixture's book with Japanese declared after English.
    private static func withJapanese(_ keywords: String) -> F {
        let book = F.book(situations: ["s"]).replacingOccurrences(
            of: #"<language code="en" tag="en" name="English"/>"#,
            with: #"<language code="en" tag="en" name="English"/><language code="ja" tag="ja" name="日本語"/>"#)
        return F(situations: fixture(keywords).situations, book: book)
    }

    @Test("a language's keywords copied from another's are reported at the copy, and Japanese in Chinese characters")
    func copied() throws {
        let found = try Self.withJapanese("<keywords><zh>退款，退钱</zh><ja>退款，退钱</ja></keywords>").check()
        let copied = try #require(found.with("copied-keywords").first, "\(found.map(\.message))")
        #expect(found.with("copied-keywords").count == 1)
        #expect(copied.severity == .warning)
        #expect(copied.location.line == 4 && copied.location.column > 20, "at <ja>: \(copied.location)")
        #expect(
            copied.message.contains("the ja rendering of the keywords of 's' is the zh one copied"), "\(copied.message)"
        )
        #expect(found.with("wrong-script").isEmpty, "Chinese characters are Japanese's script too")
        let own = try Self.withJapanese("<keywords><zh>退款，退钱</zh><ja>返金，払い戻し</ja></keywords>").check()
        #expect(own.with("copied-keywords").isEmpty)
        let silenced = try Self.withJapanese(
            #"<keywords><zh>退款</zh><ja check-ignore="copied-keywords">退款</ja></keywords>"#
        ).check()
        #expect(silenced.with("copied-keywords").isEmpty)
        let noLetters = try Self.fixture("<keywords><zh>400-000</zh><en>400-000</en></keywords>").check()
        #expect(noLetters.with("copied-keywords").isEmpty, "a number is the same in every language")
    }

    @Test("a source-hash on keywords is reported: they are never reviewed against a source")
    func sourceHash() throws {
        let found = try Self.fixture(#"<keywords><zh>问好</zh><en source-hash="1a2b3c4d">greeting</en></keywords>"#)
            .check()
        let stray = try #require(found.with("keywords-source-hash").first, "\(found.map(\.message))")
        #expect(found.with("keywords-source-hash").count == 1)
        #expect(stray.message.contains(#"the en rendering of the keywords of 's' has source-hash="1a2b3c4d""#))
        #expect(!found.contains { $0.code.hasSuffix("-rendering") && $0.message.contains("keywords") })
    }

    @Test("keywords written in another language's script are reported as a text would be")
    func wrongScript() throws {
        let found = try Self.fixture("<keywords><zh>退款，退钱</zh><ko>退款，退钱，退货</ko></keywords>").check()
        let wrong = try #require(found.with("wrong-script").first, "\(found.map(\.message))")
        #expect(wrong.message.contains("the ko rendering of the keywords of 's' is written in Chinese characters"))
        let mixed = try Self.fixture("<keywords><zh>售后</zh><ko>AS센터, A/S</ko><en>AS, after-sales</en></keywords>")
            .check()
        #expect(mixed.with("wrong-script").isEmpty)
    }
}
