/// Chinese text uses full-width punctuation. A half-width `, . ? ! : ;` next to a Chinese character is
/// reported (`您好,请问`); one inside a number, a time, an English word or a URL is not (`3.5元`, `9:00`,
/// `www.example.com`, `Wi-Fi`), and placeholders count as Latin text (`{surname}先生` is fine). A text that
/// mixes full-width marks with other half-width ones (`请按(1)号键，谢谢。`) is reported once as mixed.
struct ChineseTypographyCheck: Check {
    let rules = [
        CheckRule("halfwidth-punctuation", .warning, "a half-width , . ? ! : ; stands next to Chinese characters"),
        CheckRule("mixed-width-punctuation", .warning, "one Chinese text mixes full-width and half-width punctuation"),
    ]

    /// What a scan of one text found.
    struct Findings: Equatable {
        /// Half-width marks next to Chinese characters, in order.
        var halfWidth: [Character] = []
        /// Other half-width marks (brackets, or marks between Latin text and Chinese) in a text that also has
        /// full-width marks.
        var mixed: [Character] = []
    }

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let chinese = Set(context.book.languages.filter(Punctuation.isChinese).map(\.code))
        for site in context.sites {
            for rendering in site.text.renderings where chinese.contains(rendering.language) {
                let findings = Self.scan(rendering.text)
                let silenced = site.silenced(for: rendering)
                if !findings.halfWidth.isEmpty {
                    report.add(
                        "halfwidth-punctuation",
                        "the \(rendering.language) text of \(site.subject) has half-width "
                            + "\(Self.list(findings.halfWidth)) next to Chinese characters; use the full-width "
                            + "\(Self.list(findings.halfWidth.map(Self.fullWidth))), or add "
                            + "check-ignore=\"halfwidth-punctuation\"",
                        at: rendering.location, silencedBy: silenced)
                }
                if !findings.mixed.isEmpty {
                    report.add(
                        "mixed-width-punctuation",
                        "the \(rendering.language) text of \(site.subject) mixes full-width punctuation with "
                            + "half-width \(Self.list(findings.mixed)); use full-width marks throughout "
                            + "(\(Self.list(findings.mixed.map(Self.fullWidth)))), or add "
                            + "check-ignore=\"mixed-width-punctuation\"",
                        at: rendering.location, silencedBy: silenced)
                }
            }
        }
    }

    /// Scans one Chinese text.
    static func scan(_ text: String) -> Findings {
        // Placeholders and URLs count as Latin text: "X" keeps `{a}.{b}` and `www.x.com` out of the findings.
        // Most texts have no half-width mark at all: nothing to find, and no need to build the literal text.
        guard text.unicodeScalars.contains(where: { Punctuation.halfWidthMarks.contains($0) || $0 == "(" || $0 == ")" })
        else { return Findings() }
        var literal = Punctuation.literal(text, placeholder: "X")
        if literal.containsLiteral("://") || literal.containsLiteral("www.") {
            literal = literal.replacing(#/(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[!-~]*/#, with: "X")
        }
        let scalars = Array(literal.unicodeScalars)
        var findings = Findings()
        var other: [Character] = []
        for (index, scalar) in scalars.enumerated() {
            let isHalfMark = Punctuation.halfWidthMarks.contains(scalar)
            guard isHalfMark || scalar == "(" || scalar == ")" else { continue }
            let previous = neighbour(of: index, in: scalars, step: -1)
            let next = neighbour(of: index, in: scalars, step: 1)
            if let previous, let next, isLatin(previous), isLatin(next) { continue }
            let touchesChinese = previous.map(WhiteSpace.isCJK) == true || next.map(WhiteSpace.isCJK) == true
            if isHalfMark && touchesChinese {
                findings.halfWidth.append(Character(scalar))
            } else {
                other.append(Character(scalar))
            }
        }
        if !other.isEmpty, scalars.contains(where: { Punctuation.fullWidthMarks.contains($0) }) {
            findings.mixed = other
        }
        return findings
    }

    private static func neighbour(of index: Int, in scalars: [Unicode.Scalar], step: Int) -> Unicode.Scalar? {
        var position = index + step
        while scalars.indices.contains(position) {
            let scalar = scalars[position]
            if scalar != " " && scalar != "\u{2191}" { return scalar }
            position += step
        }
        return nil
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    private static func fullWidth(_ mark: Character) -> Character {
        switch mark {
        case ",": "，"
        case ".": "。"
        case "?": "？"
        case "!": "！"
        case ":": "："
        case ";": "；"
        case "(": "（"
        case ")": "）"
        default: mark
        }
    }

    private static func list(_ marks: [Character]) -> String {
        var seen: [Character] = []
        for mark in marks where !seen.contains(mark) { seen.append(mark) }
        return seen.map { "'\($0)'" }.joined(separator: " ")
    }
}
