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

    /// Indexes every phrase of `book`. The table is sized for every phrase at once (a table that grows hashes
    /// every id in it again), and each id looked up once: where it was already there, the first entry is put back.
    init(_ book: Book) {
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(book.situations.reduce(0) { $0 + $1.phrases.count })
        for situation in book.situations {
            for phrase in situation.phrases {
                if let first = entries.updateValue(Entry(phrase: phrase, situation: situation.id), forKey: phrase.id) {
                    entries[phrase.id] = first
                }
            }
        }
        self.entries = entries
    }

    /// The phrase with `id`, if the book has one.
    subscript(id: String) -> Entry? { entries[id] }

    /// Every phrase id, in no particular order (for suggestions of the id meant).
    var ids: Dictionary<String, Entry>.Keys { entries.keys }
}
