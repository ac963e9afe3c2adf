/// The printable HTML card sheet's geometry and layout: true-size ISO/IEC 7810 ID-1 cards (85 × 55 mm, the
/// credit-card and badge-holder size) laid out 2 × 5 on A4, and the build-time estimate of each card's height.
///
/// A browser lays the card out, not us; so the estimate is made to be never smaller than what a browser needs.
/// Each language paragraph is wrapped with ``LineBreaker`` at the card's inner width counted in columns of
/// 0.6 em, a narrow column's advance in common monospace fonts (DejaVu Sans Mono, Courier, Liberation Mono)
/// and wider than the average Latin or Hangul letter of a sans-serif font; a wide character (Chinese, Hangul)
/// counts two columns, 1.2 em, against the 1 em it takes in print. Lines × line height plus gaps is then
/// compared with the card's inner height. A situation that does not fit is split into continued cards, like the
/// text cards, and ``CardSheet/notes(book:options:)`` reports every split so that the build can tell the user.
/// The numbers below are repeated in `Templates/html/assets/cards.css` (a test checks that they agree).
public struct CardSheet: Sendable {
    /// The card's width in millimetres (ISO/IEC 7810 ID-1: 85.60; rounded for cutting).
    public static let cardWidth = 85.0
    /// The card's height in millimetres (ID-1: 53.98; 55 mm is the common business-card size of the same width).
    public static let cardHeight = 55.0
    /// The white margin inside the card's edge, in millimetres.
    public static let padding = 3.0
    /// The text's font size in millimetres (2.8 mm ≈ 7.9 pt).
    public static let fontSize = 2.8
    /// The height of one line of text in millimetres.
    public static let lineHeight = 3.5
    /// The space the rule under the title takes, with its margins, in millimetres.
    public static let titleGap = 1.5
    /// The space between two phrases, in millimetres.
    public static let phraseGap = 1.5
    /// The advance of a narrow column, in em, assumed when estimating.
    public static let columnEm = 0.6
    /// Cards per row and per column on an A4 page.
    public static let columns = 2, rows = 5

    /// The inner width of a card in millimetres.
    public static var innerWidth: Double { cardWidth - 2 * padding }
    /// The inner height of a card in millimetres.
    public static var innerHeight: Double { cardHeight - 2 * padding }
    /// How many narrow columns the estimate fits on one line of a card.
    public static var lineColumns: Int { Int((innerWidth / (fontSize * columnEm)).rounded(.down)) }

    /// What does not fit on one card: a situation whose card phrases needed more than one card.
    public struct Overflow: Sendable, Equatable {
        /// The role whose sheet it is.
        public var role: String
        /// The situation's id.
        public var situation: String
        /// The first phrase (or part of one) on each continued card.
        public var continuedPhrases: [String]
        /// How many cards the situation took.
        public var cardCount: Int
        /// Where the first continued phrase is written.
        public var location: SourceLocation
    }

    /// One laid-out card: the group, whether it continues an earlier card, and its pieces.
    struct Card {
        let group: CardDeck.Group
        let part: Int
        let parts: Int
        let pieces: [CardPaginator.Piece]
    }

    let deck: CardDeck
    let layout: PlainTextLayout

    init(deck: CardDeck) {
        self.deck = deck
        layout = PlainTextLayout(
            book: deck.view.book, width: Self.lineColumns, ambiguousIsWide: false, languages: deck.languages,
            pronunciations: deck.pronunciations)
    }

    /// The title's text as the estimate measures it.
    func titleText(_ group: CardDeck.Group, continued: Bool) -> String {
        layout.joinedTitle(group.situation.title) + (continued ? TextCards.continuedMark : "")
    }

    /// Every language paragraph of a phrase wrapped at the card's width, its pronunciation guide's lines (when
    /// asked for) after the text's: rows of the paginator.
    func paragraphs(_ phrase: Phrase) -> [[String]] {
        deck.languages.map { layout.paragraphWithGuide(phrase.text, $0) }
    }

    /// How many of the rows of `phrase`'s paragraph in `language` are its text (the rest are its guide).
    func textLineCount(_ phrase: Phrase, _ language: Language) -> Int {
        layout.paragraph(layout.plain(phrase.text, language)).count
    }

    /// The estimated height of a title, rule included.
    func titleHeight(_ text: String) -> Double {
        Double(layout.paragraph(text).count) * Self.lineHeight + Self.titleGap
    }

    /// The cards of one situation.
    func cards(for group: CardDeck.Group) -> [Card] {
        let first = titleHeight(titleText(group, continued: false))
        let continued = titleHeight(titleText(group, continued: true))
        let paginator = CardPaginator(
            capacity: Self.innerHeight - first, continuedCapacity: Self.innerHeight - continued, gap: Self.phraseGap)
        let paragraphs = group.phrases.map(paragraphs)
        let blocks = paragraphs.map { $0.flatMap { $0.map { _ in Self.lineHeight } } }
        let pages = paginator.paginate(blocks, boundaries: paragraphs.map { TextCards.boundaries($0.map(\.count)) })
        return pages.enumerated().map { Card(group: group, part: $0 + 1, parts: pages.count, pieces: $1) }
    }

    /// Every card of the deck, in order.
    func cards() -> [Card] {
        deck.groups.flatMap(cards(for:))
    }

    /// The code of the note for a continued card: in the check catalogue (`RenderRules`), silenced by
    /// `check-ignore="card-overflow"` on the situation.
    static let overflowCode = "card-overflow"

    /// The situations that took more than one card (but those that silence the note).
    func overflows() -> [Overflow] {
        deck.groups.compactMap { group -> Overflow? in
            let cards = cards(for: group)
            guard cards.count > 1, !group.situation.ignoredChecks.contains(Self.overflowCode) else { return nil }
            let continued = cards.dropFirst().compactMap { $0.pieces.first }
            let phrases = continued.map { group.phrases[$0.block] }
            return Overflow(
                role: deck.view.role?.id ?? "", situation: group.situation.id, continuedPhrases: phrases.map(\.id),
                cardCount: cards.count, location: phrases.first?.location ?? group.situation.location)
        }
    }

    /// A note for every situation whose card on the HTML sheets had to be continued on further cards, naming
    /// the situation, the phrases that moved to a continued card and the roles whose sheets are concerned;
    /// sorted by place. `options.role` limits it to one role.
    public static func notes(book: Book, options: RenderOptions) -> [Diagnostic] {
        let roles = book.roles.filter { options.role == nil || $0.id == options.role }
        var grouped: [String: (overflow: Overflow, roles: [String])] = [:]
        var order: [String] = []
        // Each role's sheet is laid out on every core; the notes are then grouped in role order.
        let overflows = ParallelMap.map(roles) { role in
            CardSheet(deck: CardDeck(view: BookView(book: book, role: role), options: options)).overflows()
        }
        for (role, overflows) in zip(roles, overflows) {
            for overflow in overflows {
                let key = overflow.situation + " " + overflow.continuedPhrases.joined(separator: " ")
                if grouped[key] == nil { order.append(key) }
                grouped[key, default: (overflow, [])].roles.append(role.id)
            }
        }
        return order.compactMap { grouped[$0] }.map { overflow, roles in
            let moved = overflow.continuedPhrases.map { "'\($0)'" }.joined(separator: ", ")
            let sheets = roles.map { "html/cards/\($0).html" }.joined(separator: ", ")
            return Diagnostic(
                .note, Self.overflowCode,
                "the pocket card of situation '\(overflow.situation)' does not fit on one \(Int(cardWidth)) x "
                    + "\(Int(cardHeight)) mm card; it continues on \(overflow.cardCount - 1) more card(s) from phrase "
                    + "\(moved) (\(sheets))",
                at: overflow.location)
        }.sorted { $0.location < $1.location }
    }
}
