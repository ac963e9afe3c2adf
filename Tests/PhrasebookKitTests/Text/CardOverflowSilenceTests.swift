import Testing

@testable import PhrasebookKit

@Suite("card-overflow is a code of the catalogue")
struct CardOverflowSilenceTests {
    @Test("check-ignore=\"card-overflow\" on the situation silences the note, and is not an unknown code")
    func silencedOnTheSituation() throws {
        var (book, situation, _) = try CardSheetTests.bookWithLongPhrase(times: 8)
        let role = try CardSheetTests.role(of: situation, in: book)
        let options = RenderOptions(role: role.id)
        #expect(CardSheet.notes(book: book, options: options).contains { $0.message.contains("'\(situation.id)'") })
        situation.ignoredChecks.insert("card-overflow")
        book.situations[book.situations.firstIndex { $0.id == situation.id }!] = situation
        #expect(!CardSheet.notes(book: book, options: options).contains { $0.message.contains("'\(situation.id)'") })
        #expect(Checker.rules.contains { $0.code == "card-overflow" && $0.severity == .note })
    }
}
