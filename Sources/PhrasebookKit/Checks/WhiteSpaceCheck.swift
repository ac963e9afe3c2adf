/// Stray white space inside a text, read from the text as written (`raw`): spaces or tabs between the opening
/// tag and the first character on the same line, or between the last character and the end of its line;
/// two spaces in a row or a tab between words; zero-width characters (U+200B–U+200D, U+2060, U+FEFF), which
/// are invisible in editors and break searches; a no-break, full-width or typographic space (U+00A0, U+3000, …)
/// first or last in the text. Indentation on the lines of a text that spans several lines
/// is not stray: that is how XML is laid out.
struct WhiteSpaceCheck: Check {
    let rules = [
        CheckRule(
            "white-space", .warning, "a text has leading, trailing or double spaces, tabs, or zero-width characters")
    ]

    static let zeroWidth: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    /// The spaces other than ASCII's that a text never starts or ends with on purpose: the no-break, full-width
    /// and typographic spaces a CAT tool or an input method leaves at a text's ends.
    static let otherSpaces: Set<Unicode.Scalar> = Set(
        ["\u{00A0}", "\u{202F}", "\u{205F}", "\u{3000}"] + (0x2000...0x200A).compactMap(Unicode.Scalar.init))

    let looksAtOneTextAtATime = true

    /// Whether one of `otherSpaces` is written in the UTF-8 `bytes` at `offset`: C2 A0, E2 80 80–8A, E2 80 AF,
    /// E2 81 9F or E3 80 80.
    static func otherSpace(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + 1 < bytes.count else { return false }
        let (lead, second) = (bytes[offset], bytes[offset + 1])
        if lead == 0xC2 { return second == 0xA0 }
        guard offset + 2 < bytes.count else { return false }
        let third = bytes[offset + 2]
        switch (lead, second) {
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || third == 0xAF
        case (0xE2, 0x81): return third == 0x9F
        case (0xE3, 0x80): return third == 0x80
        default: return false
        }
    }

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.everyText {
            for rendering in site.text.renderings {
                let problems = Self.problems(in: rendering.raw)
                guard !problems.isEmpty else { continue }
                report.add(
                    "white-space",
                    "the \(rendering.language) text of \(site.subject) has \(problems.joined(separator: ", ")); "
                        + "remove them, or add check-ignore=\"white-space\"",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }

    /// What is wrong with the white space of `raw`, in words; empty when nothing is.
    static func problems(in raw: String) -> [String] {
        guard mayHaveProblems(raw) else { return [] }
        var problems: [String] = []
        let scalars = Array(raw.unicodeScalars)
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
        func isBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
        guard let first = scalars.firstIndex(where: { !isBlank($0) && !isBreak($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) && !isBreak($0) })
        else { return [] }
        if !scalars[..<first].contains(where: isBreak), first > 0 { problems.append("leading white space") }
        if otherSpaces.contains(scalars[first]) {
            problems.append("leading white space (\(codePointName(scalars[first].value)))")
        }
        let end = scalars[(last + 1)...].firstIndex(where: isBreak) ?? scalars.count
        if end > last + 1 {
            problems.append("trailing white space")
        }
        if last > first, otherSpaces.contains(scalars[last]) {
            problems.append("trailing white space (\(codePointName(scalars[last].value)))")
        }
        var double = false
        var tab = false
        var lineStart = true
        for index in first...last {
            let scalar = scalars[index]
            if isBreak(scalar) {
                lineStart = true
                continue
            }
            if lineStart {
                if isBlank(scalar) { continue }
                lineStart = false
                // Trailing blanks before a line break are folded away with the break: not reported.
            }
            if scalar == "\t" {
                let rest =
                    scalars[index...last].firstIndex(where: { !isBlank($0) }).map { isBreak(scalars[$0]) } ?? true
                if !rest { tab = true }
            } else if scalar == " ", index + 1 <= last, scalars[index + 1] == " " {
                let rest =
                    scalars[index...last].firstIndex(where: { !isBlank($0) }).map { isBreak(scalars[$0]) } ?? true
                if !rest { double = true }
            }
        }
        if double { problems.append("two spaces in a row") }
        if tab { problems.append("a tab between words") }
        let hidden = scalars.filter { zeroWidth.contains($0) }
        if !hidden.isEmpty {
            let names = Set(hidden.map { "U+" + String($0.value, radix: 16, uppercase: true) }).sorted()
            problems.append("zero-width characters (\(names.joined(separator: ", ")))")
        }
        return problems
    }

    /// False when a look at the bytes shows `raw` has none of the problems: one line, no tab, no two spaces in a
    /// row, no space at either end, ASCII or other (`otherSpaces`), and no zero-width character (in UTF-8:
    /// E2 80 8B–8D, E2 81 A0, EF BB BF). Most texts are like that; the others are judged scalar by scalar.
    static func mayHaveProblems(_ raw: String) -> Bool {
        let space = UInt8(ascii: " ")
        var raw = raw
        return raw.withUTF8 { bytes in
            if bytes.first == space || bytes.last == space { return true }
            if otherSpace(in: bytes, at: 0) || otherSpace(in: bytes, at: bytes.count - 2)
                || otherSpace(in: bytes, at: bytes.count - 3)
            {
                return true
            }
            var (twoBack, previous): (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    return true
                }
                if byte == space && previous == space { return true }
                if twoBack == 0xE2 && previous == 0x80 && (0x8B...0x8D).contains(byte) { return true }
                if twoBack == 0xE2 && previous == 0x81 && byte == 0xA0 { return true }
                if twoBack == 0xEF && previous == 0xBB && byte == 0xBF { return true }
                (twoBack, previous) = (previous, byte)
            }
            return false
        }
    }
}
