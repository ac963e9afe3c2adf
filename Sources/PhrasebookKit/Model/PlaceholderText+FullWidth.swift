/// Placeholders typed in full-width braces, `｛surname｝` (U+FF5B, U+FF5D), as a Chinese input method types them, or
/// with one of the two, `｛surname}`, where the input method was switched half-way: text to the format (a lone ASCII
/// brace is an unbalanced one), so the `fullwidth-braces` check and `phrasebook import` say what they are.
extension PlaceholderText {
    /// A name written between braces of which one or both are full-width.
    struct FullWidthBraced: Equatable {
        /// The opening brace as written: `｛` or `{`.
        var open: Character
        /// What is between the braces, white space around it trimmed.
        var name: String
        /// The closing brace as written: `｝` or `}`.
        var close: Character

        /// The braces and the name, as a message shows them: `｛surname｝`, `｛surname}`.
        var shown: String { "\(open)\(name)\(close)" }
        /// Whether one brace is ASCII: the other is then an unbalanced brace to the format, which this explains.
        var isMixed: Bool { open == "{" || close == "}" }
    }

    /// Whether `text` has a full-width `｛` or `｝` (U+FF5B, U+FF5D, UTF-8 EF BD 9B and EF BD 9D), looked for in
    /// its bytes.
    static func hasFullWidthBrace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xEF, bytes[index + 1] == 0xBD, bytes[index + 2] == 0x9B || bytes[index + 2] == 0x9D
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// What `text` writes between braces of which at least one is full-width, in order: `surname` of
    /// `｛surname｝先生` or of `｛surname}先生`. A brace that nothing closes gives nothing; two ASCII braces are the
    /// format's own.
    static func fullWidthBraced(in text: String) -> [FullWidthBraced] {
        guard hasFullWidthBrace(text) else { return [] }
        var written: [FullWidthBraced] = []
        var open: String.Index?
        for index in text.indices {
            switch text[index] {
            case "｛", "{":
                open = index
            case "｝", "}":
                if let start = open, text[start] == "｛" || text[index] == "｝" {
                    let name = text[text.index(after: start)..<index].trimmingBlanks()
                    written.append(FullWidthBraced(open: text[start], name: name, close: text[index]))
                }
                open = nil
            default:
                break
            }
        }
        return written
    }
}
