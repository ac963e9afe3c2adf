/// Lays out a role's pocket cards as plain text: each card `cardWidth` columns by `cardLines` lines, the
/// situation's title on top, phrases in the chosen languages; what does not fit continues on the next card,
/// marked as continued, never cut off.
struct TextCards {
    let deck: CardDeck
    let layout: PlainTextLayout
    let lines: Int

    init(deck: CardDeck, options: RenderOptions) {
        self.deck = deck
        layout = PlainTextLayout(
            book: deck.view.book, width: options.cardWidth, ambiguousIsWide: options.ambiguousIsWide,
            languages: deck.languages)
        lines = max(options.cardLines, 4)
    }

    /// Every card as its lines, padded to the card's height.
    func cards() -> [[String]] {
        var cards: [[String]] = []
        for group in deck.groups {
            let title = layout.paragraph(layout.joinedTitle(group.situation.title))
            let continued = layout.paragraph(layout.sourcePlain(group.situation.title) + " (continued)")
            var blocks: [[String]] = []
            for phrase in group.phrases {
                blocks.append(deck.languages.flatMap { layout.paragraph(layout.plain(phrase.text, $0)) })
            }
            var card = title
            for block in blocks {
                let needed = (card.count > title.count ? 1 : 0) + block.count
                if card.count + needed > lines, card.count > title.count || card.count > continued.count {
                    cards.append(card)
                    card = continued
                }
                if card.count > title.count, card != continued { card.append("") }
                for line in block {
                    if card.count >= lines {
                        cards.append(card)
                        card = continued
                    }
                    card.append(line)
                }
            }
            cards.append(card)
        }
        return cards.map { card in card + Array(repeating: "", count: max(0, lines - card.count)) }
    }
}
