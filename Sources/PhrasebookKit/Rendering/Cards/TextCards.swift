/// Lays out a role's pocket cards as plain text: each card exactly `cardLines` lines, no line wider than
/// `cardWidth` display columns. A card has the situation's title, a rule of `-` as wide as the card ending in the
/// edition's stamp, then the
/// phrases in the chosen languages with a blank line between phrases. What does not fit continues on the next
/// card, whose title says "(continued)"; nothing is cut off. See Documentation/Cards.md.
struct TextCards {
    let deck: CardDeck
    let layout: PlainTextLayout
    /// The card's height in lines.
    let lines: Int
    /// The card's width in display columns.
    let width: Int

    /// What a card's title adds when the card continues the one before it, in the interface language: " (continued)",
    /// with no space before full-width parentheses ("（续）").
    var continuedMark: String { layout.labels.suffix("continued") }
    /// The last line of a card that continues on the next one (a line is kept for it where the card has one to
    /// spare).
    var moreMark: String { layout.labels.parenthesized("more-on-next-card") }

    init(deck: CardDeck, options: RenderOptions) {
        self.deck = deck
        width = options.cardWidth
        layout = PlainTextLayout(
            book: deck.view.book, width: width, ambiguousIsWide: options.ambiguousIsWide, languages: deck.languages,
            pronunciations: options.pronunciations, interfaceLanguage: deck.interfaceLanguage)
        lines = max(options.cardLines, 3)
    }

    /// Every card as its lines, padded to the card's height; a single card saying so when the role has no
    /// card phrases.
    func cards() -> [[String]] {
        guard !deck.groups.isEmpty else {
            let note = layout.paragraph(layout.labels["no-cards"])
            return [Array((note + Array(repeating: "", count: lines)).prefix(lines))]
        }
        return deck.groups.flatMap(cards(for:))
    }

    /// The cards of one situation. Every card's title is the situation's title in the first card language, one
    /// format on every card; a continued card's adds "(continued)".
    func cards(for group: CardDeck.Group) -> [[String]] {
        let first = header(group.situation.title)
        let continued = header(group.situation.title, mark: continuedMark)
        var paragraphs: [[[String]]] = []
        for phrase in group.phrases {
            paragraphs.append(deck.languages.map { layout.paragraphWithGuide(phrase.text, $0) })
        }
        let blocks = paragraphs.map { $0.flatMap { $0 } }
        let heights = blocks.map { Array(repeating: 1.0, count: $0.count) }
        let boundaries = paragraphs.map { Self.boundaries($0.map(\.count)) }
        func paginated(reserving reserved: Int) -> [[CardPaginator.Piece]] {
            CardPaginator(
                capacity: Double(lines - first.count - reserved),
                continuedCapacity: Double(lines - continued.count - reserved), gap: 1
            ).paginate(heights, boundaries: boundaries)
        }
        var pages = paginated(reserving: 0)
        // A situation on several cards: laid out again with a line kept on each for "(more on next card)" (the
        // last card keeps it spare), where the mark fits the width and a card keeps a line for a phrase.
        if pages.count > 1, layout.measure.of(moreMark) <= width, lines - max(first.count, continued.count) > 1 {
            pages = paginated(reserving: 1)
        }
        return pages.enumerated().map { index, pieces in
            var card = index == 0 ? first : continued
            for (number, piece) in pieces.enumerated() {
                if number > 0 { card.append("") }
                card += blocks[piece.block][piece.rows]
            }
            if index < pages.count - 1, card.count <= lines - 1, layout.measure.of(moreMark) <= width {
                card += Array(repeating: "", count: lines - 1 - card.count)
                card.append(String(repeating: " ", count: width - layout.measure.of(moreMark)) + moreMark)
            }
            return card + Array(repeating: "", count: max(0, lines - card.count))
        }
    }

    /// The rule under a card's title: `-` as wide as the card, ending in the edition's stamp when it leaves at
    /// least four dashes (`--------- 2026-12 (3f9a2c1b)`), else in the stamp's hash alone, else plain.
    static func rule(width: Int, edition: Edition) -> String {
        for shown in [edition.stamp, edition.hash] where !shown.isEmpty && shown.count + 5 <= width {
            return String(repeating: "-", count: width - shown.count - 1) + " " + shown
        }
        return String(repeating: "-", count: width)
    }

    /// The row indices where each paragraph after the first starts, given the paragraphs' line counts.
    static func boundaries(_ counts: [Int]) -> Set<Int> {
        var result: Set<Int> = []
        var row = 0
        for count in counts.dropLast() {
            row += count
            result.insert(row)
        }
        return result
    }

    /// The title lines and the rule under them, leaving at least one line for phrases: the situation's title in
    /// the first card language (the source language unless `--card-language` leaves it out) followed by `mark`,
    /// the same format on every card; the phrases below are in every card language. On a card too small for
    /// it, the title is shortened with "..."; `mark` ("(continued)") is always kept.
    func header(_ title: LocalizedText, mark: String = "") -> [String] {
        let rule = Self.rule(width: width, edition: Edition(book: deck.view.book))
        let room = lines - 2
        let short = layout.sourcePlain(title)
        let whole = layout.paragraph(short + mark)
        guard whole.count > room, !short.isEmpty else { return whole + [rule] }
        // The longest beginning that fits with "...": more of the title never takes fewer lines, so a binary
        // search finds it with a few wraps of the title (one per character removed would be quadratic).
        let characters = Array(short)
        let shortened = { (kept: Int) in self.layout.paragraph(String(characters[..<kept]) + "..." + mark) }
        var fitting = 0
        var tooLong = characters.count
        while tooLong - fitting > 1 {
            let middle = (fitting + tooLong) / 2
            if shortened(middle).count <= room { fitting = middle } else { tooLong = middle }
        }
        return shortened(fitting) + [rule]
    }

}
