/// The words of the interface (search, copy, step, agent, contents, previous, next, …) in every language the
/// book declares: `phrasebook.xml`'s `<interface>` declares them per language (`<word id="search"><zh>…</zh>…`);
/// what it leaves out comes from the built-in defaults for zh, ko and en (listed in
/// Documentation/ContentFormat.md), and a language with neither falls back to the source language's word.
/// So no template names a language, and a fourth language needs no template change.
struct InterfaceWords: Sendable {
    /// One `<word>` of `<interface>`, as written.
    struct Declaration: Sendable {
        /// Its `id` attribute.
        var id: Located<String>
        /// Its words, one element per language.
        var text: LocalizedText
    }

    /// The declared words, by id: the first `<word>` of each id (`InterfaceWordCheck` reports a second).
    var declared: [String: LocalizedText]
    /// Every `<word>`, in the order written: what the checks read.
    var declarations: [Declaration] = []

    init(declared: [String: LocalizedText] = [:]) {
        self.declared = declared
    }

    /// The words of `declarations`, the first of each id used.
    init(declarations: [Declaration]) {
        self.declarations = declarations
        declared = [:]
        for declaration in declarations where declared[declaration.id.value] == nil {
            declared[declaration.id.value] = declaration.text
        }
    }

    /// Every id a book's pages use: the defaults' ids.
    static var ids: [String] { defaults.keys.sorted() }

    /// The word `id` in `language`: declared, else the default for that language, else the source language's
    /// (declared or default); `nil` only for an id nobody knows.
    func word(_ id: String, in language: String, source: String) -> String? {
        lookUp(id, in: language, source: source)?.text
    }

    /// The word `id` in `language` as ``word(_:in:source:)`` finds it, with the code of the language it is in:
    /// `language`, else `source`, else `en` (the last default), for the `lang` of a word shown in its stead.
    func lookUp(_ id: String, in language: String, source: String) -> (text: String, language: String)? {
        if let text = declared[id]?.text(language), !text.isEmpty { return (text, language) }
        if let text = Self.defaults[id]?[language] { return (text, language) }
        if let text = declared[id]?.text(source), !text.isEmpty { return (text, source) }
        if let text = Self.defaults[id]?[source] { return (text, source) }
        return Self.defaults[id]?["en"].map { ($0, "en") }
    }
}

/// The interface words of one language, for the outputs that show a single language's words: the text handbook,
/// the pocket cards and the Markdown pages (`--interface-language`, the source language by default).
struct InterfaceLabels: Sendable {
    /// The book's words.
    let words: InterfaceWords
    /// The language shown.
    let language: String
    /// The book's source language, the fallback.
    let source: String

    /// The labels of `book` in `language` (the source language when `nil`).
    init(book: Book, language: String? = nil) {
        words = book.interface
        source = book.sourceLanguage
        self.language = language ?? source
    }

    /// The word `id`; the id itself only for an id nobody knows (a programming error the tests catch).
    subscript(_ id: String) -> String { words.word(id, in: language, source: source) ?? id }

    /// The word `id` as a label before what it names: followed by a full-width colon after Chinese or Japanese
    /// script (`要点：`), an ASCII one otherwise (`Guidelines:`, `지침:`).
    func label(_ id: String) -> String {
        let word = self[id]
        return word + (isIdeographic(word) ? "：" : ":")
    }

    /// The word `id` as a label in front of what it names on the same line: `label(id)` and a space after an ASCII
    /// colon (`Role: `), none after a full-width one (`岗位：`).
    func prefix(_ id: String) -> String {
        let label = label(id)
        return label.hasSuffix(":") ? label + " " : label
    }

    /// The word `id` in parentheses: full-width ones around Chinese or Japanese script (`（续）`), ASCII ones
    /// otherwise (`(continued)`).
    func parenthesized(_ id: String) -> String {
        let word = self[id]
        return isIdeographic(word) ? "（" + word + "）" : "(" + word + ")"
    }

    /// The word `id` in parentheses after what it qualifies on the same line: `parenthesized(id)` with a space
    /// before ASCII parentheses (` (continued)`), none before full-width ones (`（续）`).
    func suffix(_ id: String) -> String {
        let mark = parenthesized(id)
        return mark.first?.isASCII == true ? " " + mark : mark
    }

    private func isIdeographic(_ word: String) -> Bool {
        word.unicodeScalars.last.map { $0.properties.isIdeographic } ?? false
    }

    /// The edition as printed on a page: the word "edition" and the stamp, or nothing without a stamp.
    func edition(_ edition: Edition) -> String {
        edition.stamp.isEmpty ? "" : self["edition"] + " " + edition.stamp
    }
}
