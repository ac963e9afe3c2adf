extension XLIFFReader {
    /// The character an XLIFF 2.0 `<cp hex="AC00"/>` stands for (a code point written as markup, as 2.0 writes the
    /// characters XML cannot carry, and some tools any character); `nil` when it names none a text may hold
    /// (``codePointProblem(_:)``).
    static func character(of cp: MarkupElement) -> Unicode.Scalar? {
        guard codePointProblem(cp) == nil, let value = codePoint(cp) else { return nil }
        return Unicode.Scalar(value)
    }

    /// Why a `<cp>` names no character a text may carry, in words for an `xliff-malformed` refusal at it: its `hex`
    /// is not a code point in hexadecimal, or names a surrogate or a value past U+10FFFF, a control character other
    /// than tab, line feed and carriage return, or a noncharacter (what XML refuses as `&#x1;`, and the content
    /// checks as `control-character` and `noncharacter`); `nil` when it names a character.
    static func codePointProblem(_ cp: MarkupElement) -> String? {
        let written = "<cp hex=\"\(cp.attributes["hex"] ?? "")\"/>"
        guard let value = codePoint(cp) else {
            return "\(written) names no character: hex is a code point in hexadecimal digits, such as "
                + "<cp hex=\"AC00\"/> for 가"
        }
        let name = codePointName(value)
        guard let scalar = Unicode.Scalar(value) else {
            return "\(written) names no character: \(name) is "
                + (value > 0x10FFFF ? "past U+10FFFF, the last code point" : "a surrogate, half of a UTF-16 pair")
        }
        if scalar.properties.generalCategory == .control, !["\t", "\n", "\r"].contains(scalar) {
            return "\(written) is \(name), a control character, which no text may carry (of the control characters, "
                + "only tab, line feed and carriage return): delete it"
        }
        if ControlCharacters.isNoncharacter(scalar) {
            return "\(written) is \(name), a noncharacter, which no text may carry (HTML forbids it): delete it"
        }
        return nil
    }

    /// The value of a `<cp>`'s `hex`: one to six hexadecimal digits.
    private static func codePoint(_ cp: MarkupElement) -> UInt32? {
        guard let hex = cp.attributes["hex"], (1...6).contains(hex.count), hex.allSatisfy(\.isHexDigit) else {
            return nil
        }
        return UInt32(hex, radix: 16)
    }
}
