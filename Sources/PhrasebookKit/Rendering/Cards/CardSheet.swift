/// The printable HTML card sheet's geometry and layout: true-size ISO/IEC 7810 ID-1 cards (85 × 55 mm, the
/// credit-card and badge-holder size) laid out 2 × 5 on A4 and 2 × 4 on US Letter (``Paper``), and the build-time
/// estimate of each card's height.
///
/// A browser lays the card out, not us; so the estimate is made to match what a browser needs, erring a little
/// on the large side. Each language paragraph is wrapped by the text layout engine's break rules (kinsoku,
/// words kept whole) at the card's inner width in em (``wrapped(_:)``): a wide character (Chinese, Hangul) takes
/// 1 em, a space ``spaceEm``, narrow punctuation ``punctuationEm`` and another narrow character ``narrowEm``, a
/// little more than what Chromium gives them with the Noto Sans CJK fonts of `cards.css`. Lines × line height plus gaps is then compared with
/// the card's inner height. Tests/browser/test_cards_fit.py lays every card of the shipped sheets out in
/// Chromium: none overflows, and no situation is split that would have fitted on one card. A situation that
/// does not fit is split into continued cards, like the text cards, and ``CardSheet/notes(book:options:)``
/// reports every split so that the build can tell the user.
/// The numbers below are repeated in `Templates/html/assets/cards.css` (a test checks that they agree).
struct CardSheet: Sendable {
    /// The card's width in millimetres (ISO/IEC 7810 ID-1: 85.60; rounded for cutting).
    static let cardWidth = 85.0
    /// The card's height in millimetres (ID-1: 53.98; 55 mm is the common business-card size of the same width).
    static let cardHeight = 55.0
    /// The white margin inside the card's edge, in millimetres.
    static let padding = 3.0
    /// The text's font size in millimetres (2.8 mm ≈ 7.9 pt).
    static let fontSize = 2.8
    /// The height of one line of text in millimetres.
    static let lineHeight = 3.5
    /// The space the rule under the title takes, with its margins, in millimetres.
    static let titleGap = 1.5
    /// The space between two phrases, in millimetres.
    static let phraseGap = 1.5
    /// The advance assumed for a narrow letter or digit, in em: a little more than Noto Sans CJK's Latin letters
    /// take on average (0.5 em; bold titles 0.53 em).
    static let narrowEm = 0.55
    /// The advance assumed for narrow punctuation (``narrowPunctuation``), in em (Noto Sans CJK: 0.25 to 0.3 em).
    static let punctuationEm = 0.35
    /// The advance assumed for a space, in em (Noto Sans CJK: 0.22 em; DejaVu Sans: 0.32 em).
    static let spaceEm = 0.3
    /// The narrow punctuation that takes ``punctuationEm``.
    static let narrowPunctuation = Set(".,;:'\"!?()[]-/")
    /// Cards per row on a sheet, on every paper.
    static let columns = 2

    /// A paper the sheets are laid out for: its size in millimetres and how many rows of cards a sheet of it
    /// holds. The cards are the same size on every paper; their grid is centred on the sheet, with cut marks in
    /// the margins. The sheet page prints the sheets of the paper chosen in the print dialog (`cards.css` tells
    /// them apart by the page's height), so that a card is 85 × 55 mm on A4 and on Letter alike.
    struct Paper: Sendable {
        /// The paper's name: the class of its sheets' container (`paper-a4`) in the page.
        let name: String
        /// The paper's width in millimetres.
        let width: Double
        /// The paper's height in millimetres.
        let height: Double
        /// Rows of ``CardSheet/columns`` cards on one sheet.
        let rows: Int
        /// The key of the card sheet's context that lists the sheets of this paper.
        let contextKey: String
        /// What the anchors of this paper's sheets and cards start with: nothing on A4 (`sheet-1`,
        /// `card-answer-call`), the paper's name on another (`letter-sheet-1`), so that every anchor is its own.
        let anchorPrefix: String

        /// ISO A4, 210 × 297 mm: 2 × 5 cards, 11 mm above and below them.
        static let a4 = Paper(name: "a4", width: 210, height: 297, rows: 5, contextKey: "cards", anchorPrefix: "")
        /// US Letter, 8.5 × 11 in: 2 × 4 cards (five rows would leave 2.2 mm above and below them, less than a
        /// printer's unprintable margin, and no room for the cut marks).
        static let letter = Paper(
            name: "letter", width: 215.9, height: 279.4, rows: 4, contextKey: "letterCards", anchorPrefix: "letter-")
        /// Every paper the sheet page carries sheets for, A4 first (the one shown on screen).
        static let all = [a4, letter]

        /// How many cards one sheet holds.
        var cardsPerSheet: Int { CardSheet.columns * rows }
        /// The grid's left edge, in millimetres from the paper's.
        var gridLeft: Double { (width - Double(CardSheet.columns) * CardSheet.cardWidth) / 2 }
        /// The grid's top edge, in millimetres from the paper's.
        var gridTop: Double { (height - Double(rows) * CardSheet.cardHeight) / 2 }

        /// The cut marks, 5 mm lines 3 mm clear of the grid, in the margins at every card edge: vertical (`v`)
        /// above and below the grid, horizontal (`h`) left and right of it; each `kind`, `left` and `top` (the
        /// position as CSS, `20mm`).
        var marks: [[String: Any]] {
            let length = 5.0
            let clearance = 3.0
            let right = gridLeft + Double(CardSheet.columns) * CardSheet.cardWidth
            let bottom = gridTop + Double(rows) * CardSheet.cardHeight
            let vertical = (0...CardSheet.columns).flatMap { column in
                let x = gridLeft + Double(column) * CardSheet.cardWidth
                return [(x, gridTop - clearance - length), (x, bottom + clearance)].map { ("v", $0) }
            }
            let horizontal = (0...rows).flatMap { row in
                let y = gridTop + Double(row) * CardSheet.cardHeight
                return [(gridLeft - clearance - length, y), (right + clearance, y)].map { ("h", $0) }
            }
            return (vertical + horizontal).map { kind, at in
                ["kind": kind, "left": Self.css(at.0), "top": Self.css(at.1)]
            }
        }

        /// `millimetres` as a CSS length, to a hundredth of a millimetre: `20mm`, `22.95mm`.
        static func css(_ millimetres: Double) -> String {
            let hundredths = Int((millimetres * 100).rounded())
            return (hundredths % 100 == 0 ? "\(hundredths / 100)" : "\(Double(hundredths) / 100)") + "mm"
        }
    }

    /// The inner width of a card in millimetres.
    static var innerWidth: Double { cardWidth - 2 * padding }
    /// The inner height of a card in millimetres.
    static var innerHeight: Double { cardHeight - 2 * padding }
    /// The advance of `character` on a card, in hundredths of an em: a wide character (Chinese, Hangul) 100, a
    /// space ``spaceEm``, narrow punctuation ``punctuationEm``, another narrow character ``narrowEm``.
    static func advance(_ character: Character) -> Int {
        let width = DisplayWidth().of(character)
        if width == 0 { return 0 }
        let em =
            width == 2
            ? 1 : character == " " ? spaceEm : narrowPunctuation.contains(character) ? punctuationEm : narrowEm
        return Int((em * 100).rounded(.up))
    }

    /// The card's inner width in hundredths of an em.
    static var lineRoom: Int { Int((innerWidth / fontSize * 100).rounded(.down)) }

    /// What does not fit on one card: a situation whose card phrases needed more than one card.
    struct Overflow: Sendable, Equatable {
        /// The role whose sheet it is.
        var role: String
        /// The situation's id.
        var situation: String
        /// The first phrase (or part of one) on each continued card.
        var continuedPhrases: [String]
        /// How many cards the situation took.
        var cardCount: Int
        /// Where the first continued phrase is written.
        var location: SourceLocation
    }

    /// One laid-out card: the group, whether it continues an earlier card, and its pieces.
    struct Card {
        let group: CardDeck.Group
        let part: Int
        let parts: Int
        let pieces: [CardPaginator.Piece]
        /// The group's phrases wrapped once (``paragraphs(_:)`` of each), shared by all its cards: a phrase
        /// continued over many cards is not wrapped, hashed or compared again for each.
        let paragraphs: [[[String]]]
        /// For each of the group's phrases and each card language, how many rows of its paragraph are the text
        /// (the rest are its pronunciation guide's).
        let textRows: [[Int]]
    }

    let deck: CardDeck
    /// Plain texts and titles in the card languages.
    let layout: PlainTextLayout

    /// Texts as ``wrapped(_:)`` wraps them, by their bytes: a card phrase is on the sheet of every role that sees
    /// it, and its lines are the same on each (the card's width is fixed), so the sheets of one pass share them.
    private let lines: Memo<WrapKey, [String]>

    init(deck: CardDeck, lines: Memo<WrapKey, [String]> = Memo()) {
        self.deck = deck
        self.lines = lines
        layout = PlainTextLayout(
            book: deck.view.book, width: 80, ambiguousIsWide: false, languages: deck.languages,
            pronunciations: deck.pronunciations)
    }

    /// `text` in lines as the estimate wraps it: the text layout engine's break opportunities and kinsoku
    /// (``BreakAnalysis``), lines filled to the card's inner width with each character's ``advance(_:)``.
    func wrapped(_ text: String) -> [String] {
        lines.value(WrapKey(text: text, indent: 0, prefix: "")) { Self.wrap(text) }
    }

    private static func wrap(_ text: String) -> [String] {
        let analysis = BreakAnalysis(text)
        let filler = LineFiller(analysis: analysis, widths: analysis.characters.map(Self.advance))
        var lines: [String] = []
        var position = 0
        while position < analysis.characters.count {
            let line = filler.nextLine(from: position, room: Self.lineRoom)
            position = line.next
            if !line.isDrop { lines.append(analysis.text(of: line.content)) }
        }
        return lines.isEmpty ? [""] : lines
    }

    /// The title's text as the estimate measures it: the titles in the card languages and, on a continued card,
    /// the mark as the sheet writes it (`Templates/html/cards.mustache`): a space and ASCII parentheses, whatever
    /// the script, around the source language's word, the one the sheet shows (` (续)`).
    func titleText(_ group: CardDeck.Group, continued: Bool) -> String {
        layout.joinedTitle(group.situation.title) + (continued ? " (" + layout.labels["continued"] + ")" : "")
    }

    /// Every language paragraph of a phrase wrapped at the card's width, its pronunciation guide's lines (when
    /// asked for) after the text's: rows of the paginator; with how many of each paragraph's rows are the text.
    func paragraphs(_ phrase: Phrase) -> (rows: [[String]], textRows: [Int]) {
        let wrappedTexts = deck.languages.map { language in
            (
                text: wrapped(layout.plain(phrase.text, language)),
                guide: layout.plainGuide(phrase.text, language).map(wrapped) ?? []
            )
        }
        return (wrappedTexts.map { $0.text + $0.guide }, wrappedTexts.map(\.text.count))
    }

    /// The estimated height of a title, rule included.
    func titleHeight(_ text: String) -> Double {
        Double(wrapped(text).count) * Self.lineHeight + Self.titleGap
    }

    /// The cards of one situation.
    func cards(for group: CardDeck.Group) -> [Card] {
        let first = titleHeight(titleText(group, continued: false))
        let continued = titleHeight(titleText(group, continued: true))
        let paginator = CardPaginator(
            capacity: Self.innerHeight - first, continuedCapacity: Self.innerHeight - continued, gap: Self.phraseGap)
        let wrappedPhrases = group.phrases.map(paragraphs)
        let paragraphs = wrappedPhrases.map(\.rows)
        let blocks = paragraphs.map { $0.flatMap { $0.map { _ in Self.lineHeight } } }
        let pages = paginator.paginate(blocks, boundaries: paragraphs.map { TextCards.boundaries($0.map(\.count)) })
        return pages.enumerated().map {
            Card(
                group: group, part: $0 + 1, parts: pages.count, pieces: $1, paragraphs: paragraphs,
                textRows: wrappedPhrases.map(\.textRows))
        }
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
    static func notes(book: Book, options: RenderOptions) -> [Diagnostic] {
        let roles = book.roles.filter { options.role == nil || $0.id == options.role }
        var grouped: [String: (overflow: Overflow, roles: [String])] = [:]
        var order: [String] = []
        // Each role's sheet is laid out on every core; the notes are then grouped in role order.
        let lines = Memo<WrapKey, [String]>()
        let overflows = ParallelMap.map(roles) { role in
            CardSheet(deck: CardDeck(view: BookView(book: book, role: role), options: options), lines: lines)
                .overflows()
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
