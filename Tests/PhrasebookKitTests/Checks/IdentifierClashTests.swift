import Foundation
import Testing

@testable import PhrasebookKit

/// Ids become file names, HTML ids and search data: a clash loses content, so it is an error no `check-ignore`
/// silences.
@Suite("Identifier clashes cannot be silenced")
struct IdentifierClashTests {
    private typealias F = ContentFixture

    @Test("two situations with one id are an error even with duplicate-id and file-name-mismatch silenced")
    func duplicateSituations() throws {
        let silenced = "check-ignore=\"duplicate-id file-name-mismatch\""
        let fixture = F(
            situations: [
                "a": F.situation(
                    "a", attributes: silenced, body: F.phrase("a-hello", zh: "您好。", ko: "안녕하세요.", en: "Hello.")),
                "b": F.situation(
                    "a", attributes: silenced, body: F.phrase("b-wait", zh: "请稍等。", ko: "잠시만요.", en: "Wait.")),
            ], book: F.book(situations: ["a", "b"]))
        let found = try fixture.check().with("duplicate-id")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("'a'") == true)
    }

    @Test("a phrase whose id is its situation's id is a duplicate-id, silenced or not")
    func phraseNamedLikeSituation() throws {
        let fixture = F(situations: [
            "greet": F.situation(
                "greet",
                body: F.phrase(
                    "greet", zh: "您好。", ko: "안녕하세요.", en: "Hello.", attributes: "check-ignore=\"duplicate-id\""))
        ])
        let found = try fixture.check().with("duplicate-id")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("situation, phrase or dialogue id 'greet'") == true)
    }

    @Test("a role with the reserved id 'book' stops the build before it overwrites the book's search data")
    func reservedRole() throws {
        let fixture = try #require(CheckExamples.triggers["reserved-id"])
        let result = try fixture.built().result
        #expect(!result.published)
        #expect(result.diagnostics.with("reserved-id").first?.message.contains("'book'") == true)
    }

    @Test("a phrase or situation taking an HTML id the pages derive from a title or chapter is reserved-id")
    func derivedHTMLIDs() throws {
        let fixture = F(
            situations: [
                "greet": F.situation(
                    "greet",
                    body: F.phrase(
                        "greet-title", zh: "您好。", ko: "안녕하세요.", en: "Hello.",
                        attributes: "check-ignore=\"reserved-id\"")),
                "chapter-main": F.situation("chapter-main", body: ""),
            ], book: F.book(situations: ["chapter-main", "greet"]))
        let found = try fixture.check().with("reserved-id").map(\.message)
        #expect(found.count == 2)
        #expect(found.contains { $0.contains("'greet-title'") && $0.contains("situation 'greet'") })
        #expect(found.contains { $0.contains("'chapter-main'") && $0.contains("chapter 'main'") })
    }

    @Test("a phrase taking the id of a part of the page or of a situation's when and guidelines is reserved-id")
    func pagePartIDs() throws {
        let when = "<when><zh>客户不说话时。</zh><ko>고객이 말이 없을 때.</ko><en>When the caller is silent.</en></when>"
        let guideline = "<guideline><zh>等五秒。</zh><ko>5초 기다립니다.</ko><en>Wait five seconds.</en></guideline>"
        let phrases = ["main", "quiet-when", "quiet-guidelines", "quiet-guideline-2", "quiet-guideline-3"].map {
            F.phrase($0, zh: "您好。", ko: "안녕하세요.", en: "Hello.")
        }
        let fixture = F(situations: [
            "quiet": F.situation("quiet", body: when + guideline + guideline + phrases.joined(separator: "\n"))
        ])
        let found = try fixture.check().with("reserved-id").map(\.message)
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.contains("'main'") && $0.contains("a part of the page") })
        #expect(found.contains { $0.contains("'quiet-when'") && $0.contains("situation 'quiet'") })
        #expect(found.contains { $0.contains("'quiet-guidelines'") })
        #expect(found.contains { $0.contains("'quiet-guideline-2'") && $0.contains("guideline 2") })
    }

    @Test("a phrase taking the anchor of a dialogue's turn or case (search results open there) is reserved-id")
    func dialogueAnchors() throws {
        let dialogue = """
            <dialogue id="d"><turn speaker="customer"><zh>喂？</zh><ko>여보세요?</ko><en>Hello?</en></turn>
            <branch><case><when><zh>客户不满意</zh><ko>불만일 때</ko><en>Not satisfied</en></when>
            <turn speaker="customer"><zh>不行。</zh><ko>안 돼요.</ko><en>No.</en></turn></case></branch></dialogue>
            """
        let phrases = ["d-turn-2", "d-case-1", "d-turn-3"].map { F.phrase($0, zh: "您好。", ko: "안녕하세요.", en: "Hello.") }
        let fixture = F(situations: ["quiet": F.situation("quiet", body: phrases.joined(separator: "\n") + dialogue)])
        let found = try fixture.check().with("reserved-id").map(\.message)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("'d-turn-2'") && $0.contains("turn 2 of dialogue 'd'") })
        #expect(found.contains { $0.contains("'d-case-1'") && $0.contains("case 1 of dialogue 'd'") })
    }
}
