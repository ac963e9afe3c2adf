import Foundation

/// Staff speak to customers in polite Korean. Each sentence of a Korean phrase or agent line must end in a
/// polite form: 합쇼체 (`-습니다`, `-ㅂ니다`, `-습니까`, `-ㅂ니까`), 해요체 (`-요`, and `-죠` for `-지요`) or
/// `-(으)시오`. Sentences end at `.`, `?`, `!` (either width) followed by a space or the end of the text; an
/// XML line break is not a sentence end (texts are folded). Before judging, trailing quotes, brackets, `↑`,
/// `~`, ellipses and emoji are stripped. Accepted as well: a sentence ending in an honorific noun (`고객님?`,
/// a vocative), and the answers `네` and `예`. Not judged: a sentence that ends in a placeholder, a digit or a
/// Latin word, or has no Hangul at the end. Banmal (`괜찮아!`, `기다려.`, `알았어`) and plain style (`한다.`)
/// are reported.
struct KoreanSpeechLevelCheck: Check {
    let rules = [
        CheckRule("korean-speech-level", .warning, "a Korean staff phrase has a sentence that is not in polite speech")
    ]

    /// Endings of polite speech.
    static let politeEndings = ["니다", "니까", "요", "죠", "시오"]
    /// Whole words that are polite on their own.
    static let politeWords: Set<String> = ["네", "예"]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let korean = Set(context.book.languages.filter(Punctuation.isKorean).map(\.code))
        for site in context.sites where site.isStaffSpeech {
            for rendering in site.text.renderings where korean.contains(rendering.language) {
                let offending = Self.impoliteSentences(rendering.text)
                guard !offending.isEmpty else { continue }
                let quoted = offending.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
                report.add(
                    "korean-speech-level",
                    "the \(rendering.language) text of \(site.subject) is not polite speech in \(quoted); end each "
                        + "sentence in 합쇼체 (-습니다/-ㅂ니까) or 해요체 (-요), or add check-ignore=\"korean-speech-level\"",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }

    /// The sentences of `text` that do not end in polite speech, trimmed.
    static func impoliteSentences(_ text: String) -> [String] {
        sentences(Punctuation.literal(text, placeholder: "\u{FFFC}")).filter { !isPolite($0) }
            .map { $0.replacingOccurrences(of: "\u{FFFC}", with: "…").trimmingCharacters(in: .whitespaces) }
    }

    /// Splits at `.`, `?`, `!` (and their full-width forms) followed by white space or the end of the text; a
    /// closer or another mark right after stays with the sentence.
    static func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let marks: Set<Unicode.Scalar> = [".", "?", "!", "。", "？", "！"]
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            current.append(scalar)
            index += 1
            guard marks.contains(scalar) else { continue }
            while index < scalars.count, marks.contains(scalars[index]) || Punctuation.closers.contains(scalars[index])
            {
                current.append(scalars[index])
                index += 1
            }
            if index == scalars.count || scalars[index].properties.isWhitespace {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !String(current).trimmingCharacters(in: .whitespaces).isEmpty { result.append(String(current)) }
        return result
    }

    /// Whether one sentence ends politely, or cannot be judged.
    static func isPolite(_ sentence: String) -> Bool {
        var scalars = Array(sentence.unicodeScalars)
        while let last = scalars.last,
            !(last.properties.isAlphabetic || last.properties.numericType != nil || last == "\u{FFFC}")
        {
            scalars.removeLast()
        }
        guard let last = scalars.last, isHangulSyllable(last) else { return true }
        var word = ""
        for scalar in scalars.reversed() {
            guard isHangulSyllable(scalar) else { break }
            word.unicodeScalars.insert(scalar, at: word.unicodeScalars.startIndex)
        }
        return politeEndings.contains { word.hasSuffix($0) } || word.hasSuffix("님") || politeWords.contains(word)
    }

    private static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }
}
