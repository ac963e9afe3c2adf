/// The pocket cards of one role: the phrases marked `card="true"` that the role sees, grouped by situation,
/// in the languages chosen for cards.
struct CardDeck {
    /// One situation's card phrases.
    struct Group {
        let situation: Situation
        let phrases: [Phrase]
    }

    let view: BookView
    let languages: [Language]
    let groups: [Group]

    init(view: BookView, options: RenderOptions) {
        self.view = view
        let chosen = options.cardLanguages
        languages = view.book.languages.filter { chosen?.contains($0.code) ?? true }
        groups = view.situations.compactMap { situation in
            let phrases = situation.phrases.filter(\.card)
            return phrases.isEmpty ? nil : Group(situation: situation.situation, phrases: phrases)
        }
    }

    /// The cards' context for the HTML sheet: one entry per situation, texts only in the card languages.
    func htmlContext(_ page: PageContext) -> [[String: Any]] {
        let codes = Set(languages.map(\.code))
        return groups.map { group -> [String: Any] in
            [
                "id": group.situation.id,
                "title": page.texts(group.situation.title).filter { codes.contains($0["code"] as? String ?? "") },
                "titleText": page.sourceText(group.situation.title),
                "phrases": group.phrases.map { phrase -> [String: Any] in
                    ["id": phrase.id, "texts": page.texts(phrase.text).filter { codes.contains($0["code"] as? String ?? "") }]
                },
            ]
        }
    }
}
