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

    /// Endings of polite speech, and the honorific 님 (a vocative: `고객님?`), as the syllables they end in.
    static let politeEndings: [[Unicode.Scalar]] = ["니다", "니까", "요", "죠", "시오", "님"].map { Array($0.unicodeScalars) }
    /// Whole words that are polite on their own.
    static let politeWords: [[Unicode.Scalar]] = ["네", "예"].map { Array($0.unicodeScalars) }
    /// Whether `scalar` is one of the marks that may end a sentence: `.`, `?`, `!`, `。`, `？`, `！`.
    static func isSentenceMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3F, 0x21, 0x3002, 0xFF1F, 0xFF01: true
        default: false
        }
    }

    let looksAtOneTextAtATime = true

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
        let scalars = Array(Punctuation.literal(text, placeholder: "\u{FFFC}").unicodeScalars)
        return sentenceRanges(scalars).filter { !isPolite(scalars[$0]) }.map { range in
            var sentence = String.UnicodeScalarView()
            sentence.append(contentsOf: scalars[range])
            return String(sentence).replacingOccurrences(of: "\u{FFFC}", with: "…").trimmingBlanks()
        }
    }

    /// Splits at `.`, `?`, `!` (and their full-width forms) followed by white space or the end of the text; a
    /// closer or another mark right after stays with the sentence.
    static func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return sentenceRanges(scalars).map { range in
            var sentence = String.UnicodeScalarView()
            sentence.append(contentsOf: scalars[range])
            return String(sentence)
        }
    }

    /// Where the sentences of `scalars` lie (see `sentences`); a last piece of white space only is none.
    static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            // Most scalars are none of the marks: a switch on the value, not a set's hashing, tells them apart.
            guard isSentenceMark(scalar) else { continue }
            while index < scalars.count,
                isSentenceMark(scalars[index]) || Punctuation.closers.contains(scalars[index])
            {
                index += 1
            }
            if index == scalars.count || scalars[index].properties.isWhitespace {
                result.append(start..<index)
                start = index
            }
        }
        if scalars[start...].contains(where: { !isSpaceOrTab($0) }) { result.append(start..<scalars.count) }
        return result
    }

    /// Whether one sentence ends politely, or cannot be judged.
    static func isPolite(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = sentence.endIndex
        while end > sentence.startIndex {
            let last = sentence[end - 1]
            if last.properties.isAlphabetic || last.properties.numericType != nil || last == "\u{FFFC}" { break }
            end -= 1
        }
        guard end > sentence.startIndex, isHangulSyllable(sentence[end - 1]) else { return true }
        var wordStart = end - 1
        while wordStart > sentence.startIndex, isHangulSyllable(sentence[wordStart - 1]) { wordStart -= 1 }
        let word = sentence[wordStart..<end]
        return politeEndings.contains { word.reversed().starts(with: $0.reversed()) }
            || politeWords.contains { word.elementsEqual($0) }
    }

    /// Spaces (general category Zs) and tabs: not U+200B, which ``Swift/Unicode/Scalar/isBlank`` (Foundation's
    /// whitespace set) counts too.
    private static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }
}
