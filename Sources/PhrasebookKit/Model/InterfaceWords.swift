/// The words of the interface (search, copy, step, agent, contents, previous, next, …) in every language the
/// book declares: `phrasebook.xml`'s `<interface>` declares them per language (`<word id="search"><zh>…</zh>…`);
/// what it leaves out comes from the built-in defaults for zh, ko and en (listed in
/// Documentation/ContentFormat.md), and a language with neither falls back to the source language's word.
/// So no template names a language, and a fourth language needs no template change.
struct InterfaceWords: Sendable {
    /// The declared words, by id.
    var declared: [String: LocalizedText]

    init(declared: [String: LocalizedText] = [:]) {
        self.declared = declared
    }

    /// Every id a book's pages use: the defaults' ids.
    static var ids: [String] { defaults.keys.sorted() }

    /// The word `id` in `language`: declared, else the default for that language, else the source language's
    /// (declared or default); `nil` only for an id nobody knows.
    func word(_ id: String, in language: String, source: String) -> String? {
        if let text = declared[id]?.text(language), !text.isEmpty { return text }
        if let text = Self.defaults[id]?[language] { return text }
        if let text = declared[id]?.text(source), !text.isEmpty { return text }
        return Self.defaults[id]?[source] ?? Self.defaults[id]?["en"]
    }

    /// Whether `language` has its own word for `id` (declared or a default), not the source language's.
    func has(_ id: String, in language: String) -> Bool {
        if let text = declared[id]?.text(language), !text.isEmpty { return true }
        return Self.defaults[id]?[language] != nil
    }
}
