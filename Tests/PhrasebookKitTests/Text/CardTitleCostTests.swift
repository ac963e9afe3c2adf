import Foundation
import Testing

@testable import PhrasebookKit

/// A title too long for a text card is shortened with "...": finding how much of it fits must not re-wrap the
/// whole title once per character removed (a 4,000-character title took a minute to build).
@Suite("Text cards: cost of a long title")
struct CardTitleCostTests {
    /// The shipped book with the first card situation's title `characters` long in every language.
    private func deck(titleOf characters: Int, options: RenderOptions) throws -> (CardDeck, CardDeck.Group) {
        var book = try ShippedContent.book.get()
        let index = try #require(book.situations.firstIndex { $0.phrases.contains(where: \.card) })
        book.situations[index].title.renderings = book.situations[index].title.renderings.map { rendering in
            rendering.replacingText(String(repeating: "长标题", count: characters / 3))
        }
        let id = book.situations[index].id
        let role = try #require(
            book.roles.first { role in BookView(book: book, role: role).situations.contains { $0.situation.id == id } })
        let deck = CardDeck(view: BookView(book: book, role: role), options: options)
        return (deck, try #require(deck.groups.first { $0.situation.id == id }))
    }

    /// The work (bytes of text wrapped) of laying out the cards of that situation.
    private func work(titleOf characters: Int) throws -> Int {
        let options = RenderOptions(formats: [.text])
        let (deck, group) = try deck(titleOf: characters, options: options)
        let cards = TextCards(deck: deck, options: options)
        return WorkCount.counting { _ = cards.cards(for: group) }
    }

    @Test("Four times the title is about four times the work, not sixteen")
    func shorteningCostsTheTitleLength() throws {
        let short = try work(titleOf: 600)
        let long = try work(titleOf: 2400)
        #expect(long <= short * 6, "\(short) → \(long)")
    }

    @Test("The shortened title keeps as much as fits, as removing one character at a time would", arguments: [4, 5, 7])
    func shortenedTitleKeepsWhatFits(lines: Int) throws {
        let options = RenderOptions(formats: [.text], cardWidth: 24, cardLines: lines)
        let (deck, group) = try deck(titleOf: 90, options: options)
        let cards = TextCards(deck: deck, options: options)
        for mark in ["", cards.continuedMark] {
            let header = cards.header(group.situation.title, mark: mark)
            // The reference: drop the last character until the title fits above the rule.
            var kept = Substring(cards.layout.sourcePlain(group.situation.title))
            var expected = cards.layout.paragraph(String(kept) + mark)
            while expected.count > lines - 2, !kept.isEmpty {
                kept.removeLast()
                expected = cards.layout.paragraph(kept + "..." + mark)
            }
            #expect(Array(header.dropLast()) == expected)
            #expect(header.count <= lines - 1)
        }
    }
}
