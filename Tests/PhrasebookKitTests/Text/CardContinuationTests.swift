import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Pocket cards: continuation")
struct CardContinuationTests {
    @Test("Phrases that fit share a card with a gap between them")
    func phrasesShareACard() {
        let pages = CardPaginator(capacity: 8, gap: 1).paginate([[1, 1, 1], [1, 1, 1]])
        #expect(pages == [[.init(block: 0, rows: 0..<3), .init(block: 1, rows: 0..<3)]])
    }

    @Test("A phrase that does not fit on the card but fits on an empty one starts the next card whole")
    func phraseMovesWhole() {
        let pages = CardPaginator(capacity: 6, gap: 1).paginate([[1, 1, 1], [1, 1, 1]])
        #expect(pages == [[.init(block: 0, rows: 0..<3)], [.init(block: 1, rows: 0..<3)]])
    }

    @Test("A phrase taller than a card is split, at a language boundary when one fits")
    func tallPhraseSplitsAtLanguage() {
        let rows = [Double](repeating: 1, count: 10)
        let pages = CardPaginator(capacity: 8, gap: 1).paginate([rows], boundaries: [[4, 7]])
        #expect(pages == [[.init(block: 0, rows: 0..<7)], [.init(block: 0, rows: 7..<10)]])
        let plain = CardPaginator(capacity: 8, gap: 1).paginate([rows])
        #expect(plain == [[.init(block: 0, rows: 0..<8)], [.init(block: 0, rows: 8..<10)]])
    }

    @Test("Continued cards may have less room than the first")
    func continuedCapacity() {
        let rows = [Double](repeating: 1, count: 9)
        let pages = CardPaginator(capacity: 5, continuedCapacity: 2, gap: 1).paginate([rows])
        #expect(pages.map { $0.map(\.rows) } == [[0..<5], [5..<7], [7..<9]])
    }

    @Test("Whatever the sizes, every row is placed once, in order, and no card holds more than it can")
    func nothingIsLost() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let capacity = Double(Int.random(in: 1...12, using: &generator))
            let blocks = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                [Double](repeating: 1, count: Int.random(in: 1...20, using: &generator))
            }
            let pages = CardPaginator(capacity: capacity, gap: 1).paginate(blocks)
            let placed = pages.flatMap { $0.flatMap { piece in piece.rows.map { (piece.block, $0) } } }
            let expected = blocks.enumerated().flatMap { index, rows in rows.indices.map { (index, $0) } }
            #expect(placed.map(\.0) == expected.map(\.0) && placed.map(\.1) == expected.map(\.1))
            for page in pages {
                let used = page.reduce(0.0) { $0 + Double($1.rows.count) } + Double(page.count - 1)
                #expect(used <= capacity, "a card holds \(used) of \(capacity)")
            }
        }
    }

    @Test(
        "Small text cards: every phrase line appears once, in order; continued cards say so, and cards that go on too",
        arguments: [4, 6, 9, 12])
    func textCardsNeverCutOff(lines: Int) throws {
        let book = try ShippedContent.book.get()
        let options = RenderOptions(formats: [.text], cardWidth: 24, cardLines: lines)
        for role in book.roles {
            let deck = CardDeck(view: BookView(book: book, role: role), options: options)
            let cards = TextCards(deck: deck, options: options)
            for group in deck.groups {
                let laidOut = cards.cards(for: group)
                let expected = group.phrases.flatMap { phrase in
                    deck.languages.flatMap { cards.layout.paragraph(cards.layout.plain(phrase.text, $0)) }
                }
                var body: [String] = []
                // Every card but the last says it goes on, where a line can be kept for it beside the titles.
                let headers = laidOut.prefix(2).compactMap { card in card.firstIndex { $0.hasPrefix("----") } }
                let roomForMark = lines - (headers.max() ?? lines) - 1 > 1
                for (index, card) in laidOut.enumerated() {
                    #expect(card.count == lines)
                    if roomForMark, index < laidOut.count - 1 {
                        #expect(
                            card.last?.trimmingCharacters(in: .whitespaces) == cards.moreMark,
                            "role \(role.id), \(group.situation.id), card \(index + 1) of \(laidOut.count): \(card)")
                    }
                    let rule = try #require(card.firstIndex { $0.hasPrefix("----") && $0.count == 24 })
                    #expect(
                        card[..<rule].joined(separator: " ").contains(
                            cards.continuedMark.trimmingCharacters(in: .whitespaces)) == (index > 0))
                    body += card[(rule + 1)...].filter {
                        !$0.isEmpty && $0.trimmingCharacters(in: .whitespaces) != cards.moreMark
                    }
                }
                #expect(body == expected.filter { !$0.isEmpty }, "role \(role.id), situation \(group.situation.id)")
            }
        }
    }

    @Test(
        "Cards for a Korean and English desk speak Korean: continued marks, the sheet's legend and help; no rising-tone key"
    )
    func cardsInTheFirstCardLanguage() throws {
        let book = try ShippedContent.book.get()
        let options = RenderOptions(formats: [.text, .html], cardLanguages: ["en", "ko"])
        let files = try ShippedContent.pipeline.render(book, options)
        let text = try #require(files.first { $0.path == "text/cards/hotline-agent.txt" }).contents
        #expect(text.contains("(계속)") && text.contains("(다음 카드에 계속)"))
        #expect(!text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "no Chinese at all")
        let sheet = try #require(files.first { $0.path == "html/cards/hotline-agent.html" }).contents
        #expect(sheet.contains(#"<html lang="ko">"#))
        #expect(sheet.contains(#"<span class="ui"><span lang="ko" data-lang="ko">밑줄</span>"#), "Korean first: shown")
        #expect(!sheet.contains("<b>↑</b>"), "no card says ↑ in Korean or English")
        let everyLanguage = try ShippedContent.html.get()
        let chinese = try #require(everyLanguage.first { $0.path == "html/cards/hotline-agent.html" }).contents
        #expect(chinese.contains(#"<html lang="zh-Hans">"#) && chinese.contains("<b>↑</b>"))
        #expect(chinese.contains(#"<span class="ui"><span lang="zh-Hans" data-lang="zh">下划线</span>"#))
    }

    @Test("--card-language limits the languages; an unknown code is refused")
    func cardLanguages() throws {
        let book = try ShippedContent.book.get()
        let options = RenderOptions(formats: [.text], role: book.roles[0].id, cardLanguages: ["en"])
        let files = try ShippedContent.pipeline.render(book, options)
        let cards = try #require(files.first { $0.path.hasPrefix("text/cards/") })
        #expect(!cards.contents.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
        #expect(throws: PhrasebookError.self) {
            try ShippedContent.pipeline.render(book, RenderOptions(formats: [.text], cardLanguages: ["xx"]))
        }
    }
}
