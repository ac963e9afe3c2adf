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

    /// What each byte becomes: `nil` for itself, else its escape (a backslash before markup, `&amp;` for `&`). A
    /// table, not a set: every byte of every text is looked up.
    private static let escapes: [[UInt8]?] = (0..<256).map { value in
        let byte = UInt8(value)
        if byte == UInt8(ascii: "&") { return Array("&amp;".utf8) }
        return backslashed.contains(byte) ? [UInt8(ascii: "\\"), byte] : nil
    }

    /// Returns `string` as it is when none of its bytes needs escaping (most texts: one scan of the bytes). Byte
    /// by byte: what needs escaping is ASCII, which is never part of another character's UTF-8; an ASCII mark
    /// followed by a combining mark is escaped too, as a CommonMark parser reads the mark whatever follows it.
    func escape(_ string: String) -> String {
        let utf8 = string.utf8
        guard utf8.contains(where: { Self.escapes[Int($0)] != nil }) else { return string }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if let escaped = Self.escapes[Int(byte)] {
                result += escaped
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
