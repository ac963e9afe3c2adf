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
}
