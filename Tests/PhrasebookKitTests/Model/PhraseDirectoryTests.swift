import Foundation
import Testing

@testable import PhrasebookKit

/// Where dialogue turns, taboos and links find a phrase by its id.
@Suite("The phrase directory")
struct PhraseDirectoryTests {
    private typealias F = ContentFixture

    @Test("every phrase is found by its id with its situation; where ids repeat, the first in situation order wins")
    func firstWins() throws {
        let fixture = F(
            situations: [
                "a": F.situation(
                    "a",
                    body: F.phrase("hello", zh: "您好。", ko: "안녕하세요.", en: "Hello.")
                        + F.phrase("a-wait", zh: "请稍等。", ko: "잠시만 기다려 주세요.", en: "One moment, please.")),
                "b": F.situation("b", body: F.phrase("hello", zh: "您好！", ko: "반갑습니다.", en: "Hi.")),
            ], book: F.book(situations: ["b", "a"]))
        let book = try fixture.withFolder { folder in try #require(try ContentLoader(folder: folder).load().book) }
        let directory = PhraseDirectory(book)
        let firstSituation = try #require(book.situations.first { $0.phrases.contains { $0.id == "hello" } })
        let hello = try #require(directory["hello"])
        #expect(hello.situation == firstSituation.id)
        #expect(hello.phrase.text == firstSituation.phrases.first { $0.id == "hello" }?.text)
        #expect(directory["a-wait"]?.situation == "a")
        #expect(directory["nobody"] == nil)
        #expect(Set(directory.ids) == ["hello", "a-wait"])
    }
}
