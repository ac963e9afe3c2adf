/// Printing content values and paths safely: a file named with a newline and an escape sequence must not forge a
/// diagnostic line or drive the terminal, and bidirectional controls must not reorder what a reader sees.
extension String {
    /// The string with every control character written as a Swift-style escape: C0 controls (tab and newline
    /// included), DEL and C1 controls as `\u{1B}`, bidirectional embeddings, overrides and isolates
    /// (U+202A–202E, U+2066–2069) likewise, and a backslash before such an escape doubled so that it stays
    /// readable. Text without them is returned as it is.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            if Self.needsEscape(scalar) {
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
