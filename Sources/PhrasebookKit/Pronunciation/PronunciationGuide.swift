/// The pronunciation guides of one book's texts: a text resolved like any other (variables filled, slots and
/// cues marked), then romanized piece by piece; or, where the rendering has a `pron` attribute, that override
/// with its own placeholders resolved the same way. Slot labels and cues stay as they are.
struct PronunciationGuide: Sendable {
    private let resolver: TextResolver
    private let placeholders: [String: Placeholder]
    private let source: String

    /// The guides of `book`'s texts.
    init(book: Book) {
        resolver = TextResolver(book: book)
        placeholders = Dictionary(book.placeholders.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        source = book.sourceLanguage
    }

    /// Whether texts in `language` get a guide.
    static func covers(_ language: Language) -> Bool {
        Romanizers.romanizer(for: language.code) != nil
    }

    /// The guide to `text` in `language`, in the romanizer's script (its ``ResolvedText/language`` carries the
    /// romanizer's tag, `ko-Latn`); `nil` when the language has no romanizer or the rendering is missing.
    /// `resolved`, when the caller has it already, is `text` resolved in `language` (it is not resolved again).
    func guide(_ text: LocalizedText, in language: Language, resolved: ResolvedText? = nil) -> ResolvedText? {
        guard let romanizer = Romanizers.romanizer(for: language.code) else { return nil }
        var latin = language
        latin.tag = romanizer.tag
        if let override = text.rendering(language.code)?.pronunciation?.value, !override.isEmpty {
            return ResolvedText(language: latin, pieces: pieces(override, language, romanizer), isPending: false)
        }
        let resolved = resolved ?? resolver.resolve(text, in: language)
        guard !resolved.isPending else { return nil }
        let pieces = resolved.pieces.map { piece -> ResolvedText.Piece in
            if case .text(let words) = piece { return .text(romanizer.romanizeWords(words)) }
            return piece
        }
        return ResolvedText(language: latin, pieces: pieces, isPending: false)
    }

    /// An override's pieces: its words as written, variables romanized, slots with their label.
    private func pieces(_ override: String, _ language: Language, _ romanizer: any Romanizer) -> [ResolvedText.Piece] {
        PlaceholderText(override).segments.map { segment in
            switch segment {
            case .literal(let words):
                return .text(words)
            case .placeholder(let name):
                guard let placeholder = placeholders[name] else { return .text("{\(name)}") }
                let value = placeholder.text.text(language.code) ?? placeholder.text.text(source) ?? name
                switch placeholder.kind {
                case .variable: return .text(romanizer.romanizeWords(value))
                case .slot: return .slot(value, nil)
                }
            }
        }
    }
}
