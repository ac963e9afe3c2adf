/// The context a translator sees beside a unit in a CAT tool: what kind of text it is, the situation's title and
/// when, roles and channels, the phrase's own notes, the placeholders, the pocket card's width, and for a stale
/// rendering the source as it was reviewed.
struct TranslatorNotes {
    let book: Book
    let language: String
    let cardWidth: Int

    func notes(for unit: TextUnit) -> [String] {
        let source = book.sourceLanguage
        func both(_ text: LocalizedText) -> String {
            let target = text.text(language).map { $0.isEmpty ? "" : " / \($0)" } ?? ""
            return (text.text(source) ?? "") + target
        }
        var notes = ["\(unit.kind.rawValue.prefix(1).uppercased() + unit.kind.rawValue.dropFirst()): \(unit.subject)"]
        if let phrase = unit.phrase, let category = phrase.category {
            notes[0] += ", category \(category.value)"
        }
        if unit.kind == .keywords { notes.append(keywordsNote) }
        if let situation = unit.situation {
            notes.append("Situation: \(both(situation.title))")
            if let when = situation.when { notes.append("When: \(both(when))") }
            let roles = (unit.phrase?.roles ?? situation.roles).map { $0.map(\.value) }
            notes.append("Roles: \(labels(roles, book.roles))")
            let channels = (unit.phrase?.channels ?? situation.channels).map { $0.map(\.value) }
            notes.append("Channels: \(labels(channels, book.channels))")
        }
        if unit.kind == .phrase, let phrase = unit.phrase {
            for note in phrase.notes { notes.append("Note: \(both(note))") }
            if phrase.card {
                let width = DisplayWidth().of(unit.text.text(source) ?? "")
                notes.append(
                    "On the pocket card: lines of \(cardWidth) display columns (a CJK character takes 2); the source as written "
                        + "takes \(width)")
            }
        }
        let names = PlaceholderText(unit.text.text(source) ?? "").names
        for placeholder in book.placeholders where names.contains(placeholder.name) {
            let value = placeholder.text.text(language) ?? placeholder.text.text(source) ?? ""
            notes.append(
                placeholder.kind == .variable
                    ? "{\(placeholder.name)} is replaced by \"\(value)\"; keep it"
                    : "{\(placeholder.name)} is a blank the speaker fills in (\"\(value)\"); keep it")
        }
        if let rendering = unit.text.rendering(language), let hash = rendering.sourceHash,
            unit.state(of: language, source: source) == .stale
        {
            let change = SourceChange(
                was: book.reviewHistory.source(reviewedAs: hash), now: unit.text.text(source) ?? "")
            notes.append("Stale: the translation was reviewed against another source; \(change.description)")
        }
        return notes
    }

    /// What a keywords unit asks of the translator: not a translation of the source's keywords, but the words
    /// the target language's staff would type to find the situation.
    private var keywordsNote: String {
        func name(_ code: String) -> String {
            book.languages.first { $0.code == code }.map { "\($0.name) (\($0.tag))" } ?? code
        }
        return "Search words, not a translation: write what staff working in \(name(language)) would type in the "
            + "search box to find this situation where its texts do not say it (their own words, what customers say, "
            + "what the floor calls it), separated by commas. The source is what \(name(book.sourceLanguage)) staff "
            + "type, a hint, not a text to translate. An empty target adds none"
    }

    private func labels(_ ids: [String]?, _ declared: [Label]) -> String {
        guard let ids else { return "all" }
        return ids.map { id in
            declared.first { $0.id == id }.flatMap { $0.label.text(language) ?? $0.label.text(book.sourceLanguage) }
                ?? id
        }.joined(separator: ", ")
    }
}
