/// The pocket cards of one role: the phrases marked `card="true"` that the role sees, grouped by situation,
/// in the languages chosen for cards (`--card-language`, all by default).
struct CardDeck {
    /// One situation's card phrases.
    struct Group {
        let situation: Situation
        let phrases: [Phrase]
    }

    let view: BookView
    let languages: [Language]
    let groups: [Group]
    /// The codes of the card languages shown with their pronunciation guide (`--pronunciation`).
    let pronunciations: [String]
    /// The language of the cards' own words (the legend, "continued", the edition): `--interface-language`, else
    /// the first card language when `--card-language` chose them (a sheet for a Korean desk speaks Korean), else
    /// `nil`, the source language.
    let interfaceLanguage: String?

    init(view: BookView, options: RenderOptions) {
        self.view = view
        let chosen = options.cardLanguages
        let known = view.book.languages.filter { chosen?.contains($0.code) ?? true }
        languages = known.isEmpty ? view.book.languages : known
        pronunciations = options.pronunciations
        interfaceLanguage = options.interfaceLanguage ?? (chosen == nil ? nil : languages.first?.code)
        groups = view.situations.compactMap { situation in
            let phrases = situation.phrases.filter(\.card)
            return phrases.isEmpty ? nil : Group(situation: situation.situation, phrases: phrases)
        }
    }

    /// The HTML card sheet's context: the same cards on the sheets of each paper (``CardSheet/Paper``), `cards`
    /// on A4 and `letterCards` on US Letter, each sheet of up to ``CardSheet/columns`` × its paper's rows cards;
    /// each card with its situation's title and phrases in the card languages, split into continued cards where
    /// the build-time estimate says a card would overflow. Keys: Documentation/Templates.md. `lines` are the
    /// wrapped texts the sheets of one render share (``CardSheet``).
    func htmlContext(_ page: PageContext, lines: Memo<WrapKey, [String]> = Memo()) -> [String: Any] {
        let sheet = CardSheet(deck: self, lines: lines)
        let codes = Set(languages.map(\.code))
        // A phrase continued over several cards is formatted once, for its first piece.
        var formatted: (situation: String, block: Int, texts: [LanguageText])?
        let cards = sheet.cards().map { card -> [String: Any] in
            let phrases = card.pieces.map { piece -> [String: Any] in
                let phrase = card.group.phrases[piece.block]
                let situation = card.group.situation.id
                if formatted?.situation != situation || formatted?.block != piece.block {
                    formatted = (situation, piece.block, page.texts(phrase.text))
                }
                return [
                    "id": phrase.id,
                    "texts": texts(
                        formatted?.texts ?? [], card.paragraphs[piece.block], textRows: card.textRows[piece.block],
                        rows: piece.rows, page: page),
                ]
            }
            return [
                "id": card.group.situation.id + (card.part > 1 ? "-\(card.part)" : ""),
                "title": page.labelTexts(card.group.situation.title).filter { codes.contains($0.code) },
                "titleText": page.sourceText(card.group.situation.title),
                "isContinued": card.part > 1, "part": card.part, "parts": card.parts, "isSplit": card.parts > 1,
                "phrases": phrases,
            ]
        }
        let risingTone = hasRisingTone
        let slots = hasSlots
        var context: [String: Any] = [:]
        for paper in CardSheet.Paper.all {
            let perSheet = paper.cardsPerSheet
            let marks = paper.marks
            context[paper.contextKey] = stride(from: 0, to: cards.count, by: perSheet).map { start -> [String: Any] in
                [
                    "sheetNumber": start / perSheet + 1,
                    "sheetCards": Array(cards[start..<min(start + perSheet, cards.count)]),
                    "hasRisingTone": risingTone, "hasSlots": slots, "hasLegend": risingTone || slots,
                    "anchorPrefix": paper.anchorPrefix, "marks": marks,
                ]
            }
        }
        return context
    }

    /// Whether a card phrase says `↑` (a rising tone) in a card language: only then does the legend explain it.
    var hasRisingTone: Bool {
        groups.contains { group in
            group.phrases.contains { phrase in
                languages.contains { phrase.text.text($0.code)?.contains("↑") ?? false }
            }
        }
    }

    /// Whether a card phrase has a blank to fill (a slot placeholder, underlined) in a card language: only then does
    /// the legend explain the underline.
    var hasSlots: Bool {
        let slots = Set(view.book.placeholders.filter { $0.kind == .slot }.map(\.name))
        guard !slots.isEmpty else { return false }
        return groups.contains { group in
            group.phrases.contains { phrase in
                languages.contains { language in
                    guard let text = phrase.text.text(language.code), PlaceholderText.hasBrace(text) else {
                        return false
                    }
                    return !PlaceholderText(text).names.isDisjoint(with: slots)
                }
            }
        }
    }

    /// The texts of the languages whose rows fall in `rows`: whole paragraphs as the page formats them
    /// (`formatted`), a paragraph split between two cards as its wrapped lines (`paragraphs`, of which the first
    /// `textRows` of each are the text's), escaped; `showPronunciation` where the card shows the text's
    /// pronunciation guide.
    private func texts(
        _ formatted: [LanguageText], _ paragraphs: [[String]], textRows: [Int], rows: Range<Int>, page: PageContext
    ) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var start = 0
        for ((language, lines), textRowCount) in zip(zip(languages, paragraphs), textRows) {
            let range = start..<(start + lines.count)
            start += lines.count
            let shown = range.clamped(to: rows)
            guard !shown.isEmpty else { continue }
            guard let text = formatted.first(where: { $0.code == language.code }) else { continue }
            var entry = text.members
            // The guide's lines follow the text's in the paragraph: a card shows the guide when it holds one of
            // them.
            let textRows = range.lowerBound..<(range.lowerBound + textRowCount)
            let withGuide = pronunciations.contains(language.code) && text.hasPronunciation
            entry["showPronunciation"] = withGuide && shown.upperBound > textRows.upperBound
            if shown != range {
                let rows = shown.clamped(to: textRows)
                let part = lines[(rows.lowerBound - range.lowerBound)..<(rows.upperBound - range.lowerBound)]
                entry["text"] = page.style.escape(Self.joined(Array(part)))
                entry["isPending"] = false
            }
            result.append(entry)
        }
        return result
    }

    /// Wrapped lines joined back into one text: a space between words, none between Chinese characters.
    static func joined(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if let last = text.last, let next = line.first, !isWide(last), !isWide(next) { text += " " }
            text += line
        }
        return text
    }

    private static func isWide(_ character: Character) -> Bool {
        DisplayWidth().of(character) == 2
    }
}
