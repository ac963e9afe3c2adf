extension Unicode.Scalar {
    /// Whether the scalar is one that Foundation's `CharacterSet.whitespaces` holds: a space (general category Zs),
    /// a tab, or U+200B ZERO WIDTH SPACE (a space in Unicode's data before 4.0.1, still one in CoreFoundation's
    /// set). Not a line break.
    var isBlank: Bool {
        self == "\t" || self == "\u{200B}" || properties.generalCategory == .spaceSeparator
    }
}

extension StringProtocol {
    /// The text without blanks (``Swift/Unicode/Scalar/isBlank``) at either end: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` returns, trimmed scalar by scalar in Swift. Foundation's goes through
    /// `NSString` on Linux, thousands of instructions a call, and a template set trims every tag of its templates
    /// at every build.
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isBlank }),
            let last = scalars.lastIndex(where: { !$0.isBlank })
        else { return "" }
        return String(self[start..<scalars.index(after: last)])
    }
}
