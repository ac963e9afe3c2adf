/// A text made ready for a reader in one language: variables filled, slots and delivery cues marked, so each
/// renderer only decides how a piece looks.
struct ResolvedText: Sendable, Hashable {
    /// A piece of a resolved text.
    enum Piece: Sendable, Hashable {
        /// Words to show as they are.
        case text(String)
        /// A variable's value in another language than the text's: the source language's, where the variable has
        /// no value in the text's own (`XX公司` in a Japanese text). Shown as it is, marked as that language's.
        case borrowed(String, Language)
        /// A blank for the speaker to fill, with its label (`姓`, `surname`) and, when the label is in another
        /// language than the text's (the source's, where the slot has no label in the text's own), that language.
        case slot(String, Language?)
        /// The rising-tone cue `↑`.
        case cue
    }

    /// The language the text is in.
    let language: Language
    /// The pieces; empty when the rendering is missing.
    let pieces: [Piece]
    /// Whether the book has no rendering in this language yet ("translation pending").
    let isPending: Bool

    /// The text with slots as `〔label〕` (CJK labels) or `[label]`: plain text for search and width checks.
    var plain: String {
        pieces.map { piece in
            switch piece {
            case .text(let text), .borrowed(let text, _): text
            case .slot(let label, _): SlotBrackets.wrap(label)
            case .cue: "↑"
            }
        }.joined()
    }
}

/// How a slot reads in plain text: `〔姓〕` when the label is CJK, `[surname]` otherwise.
enum SlotBrackets {
    /// The bracketed label.
    static func wrap(_ label: String) -> String {
        label.unicodeScalars.contains(where: WhiteSpace.isCJK) ? "〔\(label)〕" : "[\(label)]"
    }
}

/// Resolves texts of one book: fills variables, marks slots and cues, falls back to "pending". A placeholder
/// with no value in the text's language takes the source language's, marked as borrowed from it.
struct TextResolver: Sendable {
    private let placeholders: [String: Placeholder]
    private let source: String
    /// The source language, which placeholders fall back to.
    private let sourceLanguage: Language?

    /// A resolver for `book`'s placeholders.
    init(book: Book) {
        placeholders = Dictionary(book.placeholders.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        source = book.sourceLanguage
        sourceLanguage = book.languages.first { $0.code == book.sourceLanguage }
    }

    /// `text` in `language`: pending when missing or empty. DEL, C1 control characters and noncharacters become
    /// U+FFFD: no output carries one raw (controls drive terminals, and HTML forbids all of them).
    func resolve(_ text: LocalizedText, in language: Language) -> ResolvedText {
        guard let written = text.text(language.code), !written.isEmpty else {
            return ResolvedText(language: language, pieces: [], isPending: true)
        }
        let words = ControlCharacters.neutralized(written)
        var pieces: [ResolvedText.Piece] = []
        for segment in PlaceholderText(words).segments {
            switch segment {
            case .literal(let literal):
                appendCues(literal, to: &pieces)
            case .placeholder(let name):
                guard let placeholder = placeholders[name] else {
                    pieces.append(.text("{\(name)}"))
                    continue
                }
                let own = placeholder.text.text(language.code)
                // The source's value, where the text's language has none (the name itself where neither has).
                let fallback = own == nil ? placeholder.text.text(source) : nil
                let value = ControlCharacters.neutralized(own ?? fallback ?? name)
                let borrowedFrom = fallback != nil ? sourceLanguage : nil
                switch (placeholder.kind, borrowedFrom) {
                case (.variable, nil): appendCues(value, to: &pieces)
                case (.variable, let from?):
                    var valuePieces: [ResolvedText.Piece] = []
                    appendCues(value, to: &valuePieces)
                    pieces += valuePieces.map { if case .text(let words) = $0 { .borrowed(words, from) } else { $0 } }
                case (.slot, let from): pieces.append(.slot(value, from))
                }
            }
        }
        return ResolvedText(language: language, pieces: Self.merged(pieces), isPending: false)
    }

    /// The plain text of `text` in `language` (``ResolvedText/plain``; `""` when pending), without resolving it
    /// where that changes nothing: a text with no brace has no placeholder, and its cues read as themselves
    /// (the search data takes the plain text of every text of the book, in every language).
    func plain(_ text: LocalizedText, in language: Language) -> String {
        guard let written = text.text(language.code), !written.isEmpty else { return "" }
        guard PlaceholderText.hasBrace(written) else { return ControlCharacters.neutralized(written) }
        return resolve(text, in: language).plain
    }

    private func appendCues(_ literal: String, to pieces: inout [ResolvedText.Piece]) {
        // Without the bytes of "↑" (E2 86 91) there is no cue to split at: the literal as it is.
        if !Self.mayContainCue(literal) {
            if !literal.isEmpty { pieces.append(.text(literal)) }
            return
        }
        let parts = literal.split(separator: "↑", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if index > 0 { pieces.append(.cue) }
            if !part.isEmpty { pieces.append(.text(String(part))) }
        }
    }

    private static func mayContainCue(_ literal: String) -> Bool {
        // Read from the string's own buffer: through the UTF-8 view's iterator this cost about 20 instructions a
        // byte, 1.2 % of a cold build's (Performance.md, "Cues read from the buffer").
        literal.utf8.withContiguousStorageIfAvailable(hasCueBytes)
            ?? Array(literal.utf8).withUnsafeBufferPointer(hasCueBytes)
    }

    /// Whether `bytes` hold E2 86 91, "↑" in UTF-8.
    private static func hasCueBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 2
        while index < bytes.count {
            if bytes[index] == 0x91, bytes[index - 1] == 0x86, bytes[index - 2] == 0xE2 { return true }
            index += 1
        }
        return false
    }

    private static func merged(_ pieces: [ResolvedText.Piece]) -> [ResolvedText.Piece] {
        var result: [ResolvedText.Piece] = []
        for piece in pieces {
            if case .text(let next) = piece, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(piece)
            }
        }
        return result
    }
}
