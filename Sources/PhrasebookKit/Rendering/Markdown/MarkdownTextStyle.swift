/// Markdown: punctuation that Markdown would read as markup is backslash-escaped; slots in brackets, bold.
///
/// A slot is bold by `<strong>`, not `**`: CommonMark closes `**` only where its flanking rules allow, and a
/// slot's closing bracket followed by a Chinese or Korean letter (`〔工号〕号`) is not such a place, so `**` would
/// print as it is. GitHub, GitLab and CommonMark renderers keep `<strong>`.
struct MarkdownTextStyle: TextStyle {
    func format(_ text: ResolvedText) -> String {
        text.pieces.map { piece in
            switch piece {
            case .text(let words): escape(words)
            case .slot(let label): "<strong>" + escape(SlotBrackets.wrap(label)) + "</strong>"
            case .cue: "↑"
            }
        }.joined()
    }

    /// The characters Markdown could read as markup: each is written after a backslash.
    private static let backslashed = Set("\\`*_[]<>#|{}!~".utf8)

    /// A backslash before markup, `&amp;` for `&`.
    private static let escapes = ByteEscapes { byte in
        if byte == UInt8(ascii: "&") { return "&amp;" }
        return backslashed.contains(byte) ? "\\" + String(UnicodeScalar(byte)) : nil
    }

    /// Returns `string` as it is when none of its bytes needs escaping (most texts: one scan of the bytes); an
    /// ASCII mark followed by a combining mark is escaped too, as a CommonMark parser reads the mark whatever
    /// follows it (``ByteEscapes``).
    func escape(_ string: String) -> String {
        Self.escapes.escape(string)
    }
}
