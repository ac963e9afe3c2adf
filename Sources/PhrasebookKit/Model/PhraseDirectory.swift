/// Every phrase of a book by id, with the id of the situation that holds it: what dialogue turns, taboos and
/// links look phrases up in. Where ids repeat (a `duplicate-id` error), the first phrase in situation order wins.
struct PhraseDirectory: Sendable {
    /// A phrase and where it stands.
    struct Entry: Sendable {
        /// The phrase.
        let phrase: Phrase
        /// The id of its situation.
        let situation: String
    }

    private let entries: [String: Entry]

    /// Indexes every phrase of `book`.
    init(_ book: Book) {
        var entries: [String: Entry] = [:]
        for situation in book.situations {
            for phrase in situation.phrases where entries[phrase.id] == nil {
                entries[phrase.id] = Entry(phrase: phrase, situation: situation.id)
            }
        }
        self.entries = entries
    }

    /// The phrase with `id`, if the book has one.
    subscript(id: String) -> Entry? { entries[id] }

    /// Every phrase id, in no particular order (for suggestions of the id meant).
    var ids: Dictionary<String, Entry>.Keys { entries.keys }
}
