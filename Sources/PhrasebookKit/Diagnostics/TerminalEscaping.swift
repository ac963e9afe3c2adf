/// Printing content values and paths safely: a file named with a newline and an escape sequence must not forge a
/// diagnostic line or drive the terminal, and bidirectional controls must not reorder what a reader sees.
extension String {
    /// The string with every control character written as a Swift-style escape: C0 controls (tab and newline
    /// included), DEL and C1 controls as `\u{1B}`, bidirectional embeddings, overrides and isolates
    /// (U+202A–202E, U+2066–2069) and Unicode's noncharacters (U+FDD0, which no output carries raw) likewise. Text
    /// without them is returned as it is.
    public var escapingControlCharacters: String { escapingControlCharacters(keepingNewlines: false) }

    /// The same, keeping line feeds as they are: for messages of several lines (usage and help text) whose values
    /// still must not drive the terminal.
    public func escapingControlCharacters(keepingNewlines: Bool) -> String {
        let escapes = { (scalar: Unicode.Scalar) in Self.needsEscape(scalar) && !(keepingNewlines && scalar == "\n") }
        guard unicodeScalars.contains(where: escapes) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            if escapes(scalar) {
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// JSON text (a JSON encoder's output) with DEL, C1 controls, bidirectional controls and noncharacters written
    /// as `\u0085` escapes (a noncharacter beyond U+FFFF as its two surrogates' escapes). JSON allows them raw
    /// inside strings, but a terminal or a log viewer showing the JSON would obey them; the encoder already escapes
    /// C0 controls. Outside strings JSON text is ASCII, so every such scalar is
    /// in a string, and the escaped text reads back as the same values.
    public var escapingControlCharactersInJSON: String {
        let escapes = { (scalar: Unicode.Scalar) in scalar.value >= 0x7F && Self.needsEscape(scalar) }
        guard unicodeScalars.contains(where: escapes) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            if escapes(scalar) {
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: ControlCharacters.isNoncharacter(scalar)
        }
    }
}
