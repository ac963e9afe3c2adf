/// Lays out a role's pocket cards as plain text: each card exactly `cardLines` lines, no line wider than
/// `cardWidth` display columns. A card has the situation's title, a rule of `-` as wide as the card, then the
/// phrases in the chosen languages with a blank line between phrases. What does not fit continues on the next
/// card, whose title says "(continued)"; nothing is cut off. See Documentation/Cards.md.
struct TextCards {
    let deck: CardDeck
    let layout: PlainTextLayout
    /// The card's height in lines.
    let lines: Int
    /// The card's width in display columns.
    let width: Int

    /// What a card's title adds when the card continues the one before it.
    static let continuedMark = " (continued)"
    /// The last line of a card that continues on the next one, when there is room for it.
    static let moreMark = "(more on next card)"

    init(deck: CardDeck, options: RenderOptions) {
        self.deck = deck
        width = options.cardWidth
        layout = PlainTextLayout(
            book: deck.view.book, width: width, ambiguousIsWide: options.ambiguousIsWide, languages: deck.languages,
            pronunciations: options.pronunciations)
        lines = max(options.cardLines, 3)
    }

    /// Every card as its lines, padded to the card's height; a single card saying so when the role has no
    /// card phrases.
    func cards() -> [[String]] {
        guard !deck.groups.isEmpty else {
            let note = layout.paragraph("No phrase for this role is marked for the pocket card (card=\"true\").")
            return [Array((note + Array(repeating: "", count: lines)).prefix(lines))]
        }
        return deck.groups.flatMap(cards(for:))
    }

    /// The cards of one situation. The first card's title is in every card language, unless the source-language
    /// title alone saves a card; a continued card's title is the source-language one with "(continued)".
    func cards(for group: CardDeck.Group) -> [[String]] {
        let shortTitle = layout.sourcePlain(group.situation.title)
        let full = header(layout.joinedTitle(group.situation.title), short: shortTitle)
        let compact = header(shortTitle, short: shortTitle)
        let continued = header(shortTitle, short: shortTitle, mark: Self.continuedMark)
        var paragraphs: [[[String]]] = []
        for phrase in group.phrases {
            paragraphs.append(deck.languages.map { layout.paragraphWithGuide(phrase.text, $0) })
        }
        let blocks = paragraphs.map { $0.flatMap { $0 } }
        let heights = blocks.map { Array(repeating: 1.0, count: $0.count) }
        let boundaries = paragraphs.map { Self.boundaries($0.map(\.count)) }
        func paginate(_ first: [String]) -> [[CardPaginator.Piece]] {
            CardPaginator(
                capacity: Double(lines - first.count), continuedCapacity: Double(lines - continued.count), gap: 1
            ).paginate(heights, boundaries: boundaries)
        }
        var first = full
        var pages = paginate(full)
        if compact.count < full.count {
            let shorter = paginate(compact)
            if shorter.count < pages.count { (first, pages) = (compact, shorter) }
        }
        return pages.enumerated().map { index, pieces in
            var card = index == 0 ? first : continued
            for (number, piece) in pieces.enumerated() {
                if number > 0 { card.append("") }
                card += blocks[piece.block][piece.rows]
            }
            if index < pages.count - 1, card.count <= lines - 2, layout.measure.of(Self.moreMark) <= width {
                card += Array(repeating: "", count: lines - 1 - card.count)
                card.append(String(repeating: " ", count: width - layout.measure.of(Self.moreMark)) + Self.moreMark)
            }
            return card + Array(repeating: "", count: max(0, lines - card.count))
        }
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

    /// The title lines and the rule under them, leaving at least one line for phrases: `title` followed by
    /// `mark`, or `short` (the source-language title) when that is too tall, or `short` shortened with "..." on
    /// a card too small for it; `mark` ("(continued)") is always kept.
    func header(_ title: String, short: String, mark: String = "") -> [String] {
        let rule = String(repeating: "-", count: width)
        let room = lines - 2
        var titleLines = layout.paragraph(title + mark)
        if titleLines.count > room { titleLines = layout.paragraph(short + mark) }
        var kept = Substring(short)
        while titleLines.count > room, !kept.isEmpty {
            kept.removeLast()
            titleLines = layout.paragraph(kept + "..." + mark)
        }
        return titleLines + [rule]
    }
}
