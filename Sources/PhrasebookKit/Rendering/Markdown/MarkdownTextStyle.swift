/// Markdown: punctuation that Markdown would read as markup is backslash-escaped; slots in brackets, bold.
///
/// A slot is bold by `<strong>`, not `**`: CommonMark closes `**` only where its flanking rules allow, and a
/// slot's closing bracket followed by a Chinese or Korean letter (`〔工号〕号`) is not such a place, so `**` would
/// print as it is. GitHub, GitLab and CommonMark renderers keep `<strong>`.
struct MarkdownTextStyle: TextStyle {
    func format(_ text: ResolvedText) -> String {
        text.pieces.enumerated().map { index, piece in
            switch piece {
            case .text(let words), .borrowed(let words, _): index == 0 ? Self.unlisted(escape(words)) : escape(words)
            case .slot(let label, _): "<strong>" + escape(SlotBrackets.wrap(label)) + "</strong>"
            case .cue: "↑"
            }
        }.joined()
    }

    /// `text` with the marker escaped when it starts as a list item would (`- `, `+ `, `1. `, `12) `): the
    /// templates put texts at the start of list items and lines, where Markdown would read it as a nested list
    /// and drop the marker from the words.
    static func unlisted(_ text: String) -> String {
        let bytes = Array(text.utf8.prefix(12))
        func endsMarker(_ at: Int) -> Bool { at == bytes.count || bytes[at] == 0x20 || bytes[at] == 0x09 }
        guard let first = bytes.first else { return text }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            return endsMarker(1) ? "\\" + text : text
        }
        let digits = bytes.prefix { (0x30...0x39).contains($0) }.count
        guard (1...9).contains(digits), digits < bytes.count,
            bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"), endsMarker(digits + 1)
        else { return text }
        return String(text.prefix(digits)) + "\\" + String(text.dropFirst(digits))
    }

    /// The characters Markdown could read as markup: each is written after a backslash. Not `!`: it starts an
    /// image only before a `[`, which is escaped, and a backslash before every exclamation mark shows wherever the
    /// page is read as something other than CommonMark.
    private static let backslashed = Set("\\`*_[]<>#|{}~".utf8)

    /// A backslash before markup, `&amp;` for `&`.
    private static let escapes = ByteEscapes { byte in
        if byte == UInt8(ascii: "&") { return "&amp;" }
        return backslashed.contains(byte) ? "\\" + String(UnicodeScalar(byte)) : nil
    }

    /// Returns `string` as it is when none of its bytes needs escaping (most texts: one scan of the bytes); an
    /// ASCII mark followed by a combining mark is escaped too, as a CommonMark parser reads the mark whatever
    /// follows it (``ByteEscapes``). A web address becomes a link that ends where its ASCII ends (``linked(_:)``).
    func escape(_ string: String) -> String {
        // Only a text with `://` or `www.` can hold an address: most texts are escaped without a second look.
        guard Self.mayHoldAddress(string) else { return Self.escapes.escape(string) }
        return Self.linked(string)
    }

    /// Whether `string` has `://` or `www.` (any case), looked for in its bytes without copying them.
    private static func mayHoldAddress(_ string: String) -> Bool {
        var bytes = string.utf8.makeIterator()
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "/") && previous.1 == UInt8(ascii: ":") && previous.2 == UInt8(ascii: "/") {
                return true
            }
            if byte == UInt8(ascii: "."), previous.0 | 0x20 == 0x77, previous.1 | 0x20 == 0x77,
                previous.2 | 0x20 == 0x77
            {
                return true
            }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    /// `string` escaped, with each web address in it (``WebAddresses``) written as a link: `<https://…>` (a
    /// CommonMark autolink), `[www.…](http://www.…)` for one without a scheme. Left to GitHub's autolinks, an
    /// address would take the Chinese or Korean written right after it into the link.
    static func linked(_ string: String) -> String {
        let utf8 = Array(string.utf8)
        let found = WebAddresses.find(in: utf8)
        guard !found.isEmpty else { return escapes.escape(string) }
        var output = ""
        var written = 0
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        for address in found {
            output += escapes.escape(text(utf8[written..<address.bytes.lowerBound]))
            let shown = text(utf8[address.bytes])
            output += address.withoutScheme ? "[\(escapes.escape(shown))](http://\(shown))" : "<\(shown)>"
            written = address.bytes.upperBound
        }
        return output + escapes.escape(text(utf8[written...]))
    }
}
