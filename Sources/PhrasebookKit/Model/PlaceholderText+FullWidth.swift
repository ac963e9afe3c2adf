/// Placeholders typed in full-width braces, `｛surname｝` (U+FF5B, U+FF5D), as a Chinese input method types them:
/// text to the format, printed as it is, so the `fullwidth-braces` check and `phrasebook import` say what they are.
extension PlaceholderText {
    /// Whether `text` has a full-width `｛` (U+FF5B, UTF-8 EF BD 9B), looked for in its bytes.
    static func hasFullWidthBrace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xEF, bytes[index + 1] == 0xBD, bytes[index + 2] == 0x9B { return true }
                index += 1
            }
            return false
        }
    }

    /// What `text` writes between full-width braces, in order, white space around it trimmed: `surname` of
    /// `｛surname｝先生`. A `｛` that nothing closes gives nothing.
    static func fullWidthBraced(in text: String) -> [String] {
        guard hasFullWidthBrace(text) else { return [] }
        var written: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "｛") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "｝") else { break }
            written.append(after[..<close].trimmingCharacters(in: .whitespaces))
            rest = after[after.index(after: close)...]
        }
        return written
    }
}
