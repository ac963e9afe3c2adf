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
            unit.text.state(of: language, source: source) == .stale
        {
            let change = SourceChange(
                was: book.reviewHistory.source(reviewedAs: hash), now: unit.text.text(source) ?? "")
            notes.append("Stale: the translation was reviewed against another source; \(change.description)")
        }
        return notes
    }

    private func labels(_ ids: [String]?, _ declared: [Label]) -> String {
        guard let ids else { return "all" }
        return ids.map { id in
            declared.first { $0.id == id }.flatMap { $0.label.text(language) ?? $0.label.text(book.sourceLanguage) }
                ?? id
        }.joined(separator: ", ")
    }
}
