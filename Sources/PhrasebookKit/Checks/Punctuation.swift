/// Punctuation knowledge the typography checks share: which marks end a sentence, in which width, and what may
/// trail after them (closing quotes and brackets, the rising-tone cue `↑`, emoji).
enum Punctuation {
    /// How a sentence ends.
    enum EndMark: String, Sendable {
        case question
        case statement
        case exclamation
        /// `…`, `……` or `...`: the speaker trails off. The end-punctuation check skips texts ending this way.
        case ellipsis

        /// The mark in words, for messages.
        var name: String {
            switch self {
            case .question: "a question mark"
            case .statement: "a full stop"
            case .exclamation: "an exclamation mark"
            case .ellipsis: "an ellipsis"
            }
        }
    }

    /// Closing quotes and brackets that may follow the end mark: `。”`, `.)`, `?'`, `！」`.
    static let closers: Set<Unicode.Scalar> = [
        "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{FF09}", "\u{300D}", "\u{300F}", "\u{3011}", "\u{300B}",
        "\u{3009}", "\u{FF3D}", "\u{00BB}",
    ]

    /// Half-width marks that have a full-width counterpart in Chinese typography.
    static let halfWidthMarks: Set<Unicode.Scalar> = [",", ".", "?", "!", ":", ";"]
    /// The full-width marks of Chinese typography, brackets included.
    static let fullWidthMarks: Set<Unicode.Scalar> = [
        "\u{FF0C}", "\u{3002}", "\u{FF1F}", "\u{FF01}", "\u{FF1A}", "\u{FF1B}", "\u{FF08}", "\u{FF09}", "\u{3001}",
    ]

    /// Whether `scalar` is decoration that may stand after the end mark: a closer, `↑`, `~`, an emoji.
    static func isTrailing(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII (most texts' last scalar) by a switch: the closers among it, `~` and its white space.
        if scalar.isASCII {
            switch scalar {
            case "\"", "'", ")", "]", "~", " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r": return true
            default: return false
            }
        }
        if closers.contains(scalar) || scalar == "\u{2191}" || scalar == "~" || scalar == "\u{FF5E}" { return true }
        if scalar.properties.isWhitespace || scalar == "\u{FE0F}" || scalar == "\u{200D}" { return true }
        return scalar.value >= 0x2300 && scalar.properties.isEmoji && !scalar.properties.isAlphabetic
    }

    /// The marks that end a sentence, alone or in a run (`?!`, `……`).
    private static let sentenceMarks = Set("。.｡？?！!…‼⁉".unicodeScalars)

    /// How `text` ends, ignoring trailing closers, cues and emoji; `nil` when it ends without a sentence mark.
    static func endMark(of text: String) -> EndMark? {
        // Read from the end, scalar by scalar (not the whole text copied first: every text is asked).
        var scalars = text.unicodeScalars[...]
        while let last = scalars.last, isTrailing(last) { scalars.removeLast() }
        var run: [Unicode.Scalar] = []
        while let last = scalars.last, sentenceMarks.contains(last) {
            run.insert(last, at: 0)
            scalars.removeLast()
        }
        guard !run.isEmpty else { return nil }
        if run.contains(where: { $0 == "?" || $0 == "？" || $0 == "⁉" }) { return .question }
        if run.contains(where: { $0 == "!" || $0 == "！" || $0 == "‼" }) { return .exclamation }
        if run.contains("…") || run.filter({ $0 == "." }).count >= 2 { return .ellipsis }
        return .statement
    }

    /// Whether a language's texts are Chinese (its code or BCP 47 tag starts with `zh`).
    static func isChinese(_ language: Language) -> Bool {
        language.code.hasPrefix("zh") || language.tag.lowercased().hasPrefix("zh")
    }

    /// Whether a language's texts are Korean (its code or BCP 47 tag starts with `ko`).
    static func isKorean(_ language: Language) -> Bool {
        language.code.hasPrefix("ko") || language.tag.lowercased().hasPrefix("ko")
    }

    /// Whether a language's texts are English (its code or BCP 47 tag starts with `en`).
    static func isEnglish(_ language: Language) -> Bool {
        language.code.hasPrefix("en") || language.tag.lowercased().hasPrefix("en")
    }

    /// `text` with each placeholder replaced by `marker`, literal braces unescaped.
    static func literal(_ text: String, placeholder marker: String) -> String {
        guard PlaceholderText.hasBrace(text) else { return text }
        return PlaceholderText(text).segments.map { segment in
            switch segment {
            case .literal(let literal): literal
            case .placeholder: marker
            }
        }.joined()
    }
}
