/// How one output format writes a resolved text: HTML markup, Markdown, or plain characters.
protocol TextStyle: Sendable {
    /// The text as this format writes it, escaped for the format.
    func format(_ text: ResolvedText) -> String
    /// A string that is not content (an id, a label) escaped for the format.
    func escape(_ string: String) -> String
}

/// Markdown: punctuation that Markdown would read as markup is backslash-escaped; slots in brackets.
struct MarkdownTextStyle: TextStyle {
    func format(_ text: ResolvedText) -> String {
        text.pieces.map { piece in
            switch piece {
            case .text(let words): escape(words)
            case .slot(let label): "**" + escape(SlotBrackets.wrap(label)) + "**"
            case .cue: "↑"
            }
        }.joined()
    }

    /// Returns `string` as it is when none of its bytes is a marked character (most texts: one scan of the bytes).
    func escape(_ string: String) -> String {
        guard string.utf8.contains(where: Self.isMarked) else { return string }
        var result = ""
        for character in string {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "{", "}", "!":
                result.append("\\")
                result.append(character)
            case "&":
                result += "&amp;"
            default:
                result.append(character)
            }
        }
        return result
    }

    /// The ASCII bytes of the characters `escape` marks.
    private static func isMarked(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "!"), UInt8(ascii: "&"):
            true
        default:
            false
        }
    }
}
