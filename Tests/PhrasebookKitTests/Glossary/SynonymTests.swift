import Foundation
import PhrasebookTestSupport
import Testing

@testable import PhrasebookKit

private typealias F = ContentFixture

@Suite("Search synonyms")
struct SynonymTests {
    private static func fixture(_ synonyms: String, glossary: Bool = true) -> F {
        GlossaryFixture.synonyms(synonyms, glossary: glossary)
    }

    private static let groups = """
          <synonyms>
            <same>
              <zh>客户</zh><zh>顾客</zh>
              <ko>고객</ko><ko>손님</ko>
              <en>customer</en><en>Client</en>
            </same>
          </synonyms>
        """

    @Test("synonyms are read in groups, one element per word, and a clean list is no warning")
    func read() throws {
        for glossary in [true, false] {
            let fixture = Self.fixture(Self.groups, glossary: glossary)
            let folder = try fixture.write()
            defer { F.remove(folder) }
            let book = try #require(try ContentLoader(folder: folder).load().book)
            #expect(book.synonyms.count == 1)
            #expect(book.synonyms.first?.words("zh") == ["客户", "顾客"])
            #expect(book.synonyms.first?.words("en") == ["customer", "Client"])
            let found = try fixture.check().filter { $0.severity != .note && $0.code != "unused-declaration" }
            #expect(found.isEmpty, "\(found.map(\.message))")
        }
    }

    @Test("synonyms before the glossary, or a word outside a <same>, are schema errors")
    func placed() throws {
        let before = GlossaryFixture.book(situations: ["s"]).replacingOccurrences(
            of: "  <glossary>\n", with: Self.groups + "\n  <glossary>\n")
        let misplaced = F(
            situations: ["s": F.situation("s", body: F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello."))],
            book: before)
        #expect(try misplaced.check().with("schema").count >= 1)
        let loose = try Self.fixture("  <synonyms><zh>客户</zh></synonyms>").check()
        #expect(loose.with("schema").count >= 1, "\(loose.map(\.message))")
    }

    @Test("a word alone in its language, a word written twice and an undeclared language are reported")
    func checked() throws {
        let found = try Self.fixture(
            """
              <synonyms>
                <same><zh>客户</zh><zh>顾客</zh><ko>고객</ko><fr>client</fr></same>
                <same><zh>顾客</zh><zh>客人</zh><en>refund</en><en>REFUND</en></same>
                <same check-ignore="lonely-synonym"><en>caller</en></same>
                <same><ko>불만</ko><zh>投诉</zh><zh>客诉</zh></same>
              </synonyms>
            """
        ).check()
        let lonely = found.with("lonely-synonym")
        // Not fr's client (an undeclared language: unknown-language says so), nor 불만, a glossary term's word.
        #expect(lonely.count == 1, "고객 alone: \(lonely.map(\.message))")
        #expect(lonely.contains { $0.message.contains("<ko>고객</ko> is the only ko word") })
        let repeated = found.with("repeated-synonym")
        #expect(repeated.count == 2, "\(repeated.map(\.message))")
        #expect(repeated.contains { $0.message.contains("'顾客' is written before") && $0.message.contains("another") })
        #expect(repeated.contains { $0.message.contains("'REFUND'") && $0.message.contains("in this <same>") })
        let unknown = try #require(found.with("unknown-language").first)
        #expect(unknown.message.contains("<fr> in a search synonyms' <same>"), "\(unknown.message)")
        #expect(unknown.location.line == lonely.first?.location.line)
        #expect(found.with("repeated-synonym").allSatisfy { !$0.message.contains("投诉") })
    }

    @Test("the core has each language's group, the glossary's forms with their forbidden variants, and those variants")
    func core() throws {
        let fixture = Self.fixture(Self.groups)
        let folder = try fixture.write()
        defer { F.remove(folder) }
        let book = try #require(try ContentLoader(folder: folder).load().book)
        let index = SearchIndex(view: BookView(book: book))
        #expect(
            index.sameWords == [
                ["a/s", "애프터서비스"], ["return or exchange", "returns or exchanges"], ["客户", "顾客"],
                ["고객", "손님"], ["customer", "client"],
            ])
        #expect(index.avoidedWords == #"{"교환·환불":"return-exchange","애프터서비스":"after-sales"}"#)
        var core = ""
        try index.write(earlier: nil) { file in if file.path.hasSuffix("/core.js") { core = file.contents } }
        #expect(core.contains(#""sameWords":[["a/s","애프터서비스"],"#))
        #expect(core.contains(#"{"avoided":{"교환·환불":"return-exchange""#))
    }
}
