import PropertyBased
import Testing

@testable import PhrasebookKit

/// Random Korean-like text: any precomposed syllables, spaces, punctuation, digits, Latin and placeholders.
enum KoreanTextGen {
    static let punctuation = [", ", ". ", "?", "!", "…", "·", "(", ")", "“", "”", "~", "/", "-", "：", "。"]
    static let others = ["A/S", "XX", "3", "400-000-0000", "您好", "{surname}", "{company}", "{{", "}}"]

    static let syllable = Gen.int(in: 0xAC00...0xD7A3).map { String(Character(Unicode.Scalar(UInt32($0))!)) }
    static let token = zip(Gen.int(in: 0...9), syllable, Gen.int(in: 0...999)).map { roll, hangul, index in
        switch roll {
        case 0...5: hangul
        case 6: " "
        case 7: punctuation[index % punctuation.count]
        default: others[index % others.count]
        }
    }
    static let text = token.array(of: 0...40).map { $0.joined() }

    /// The placeholders of `text`, in order.
    static func placeholders(_ text: String) -> [String] {
        PlaceholderText(text).segments.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }
}

@Suite("Korean romanization properties")
struct KoreanRomanizerPropertyTests {
    @Test("Output is ASCII letters, spaces, hyphens and the input's own non-Hangul characters")
    func outputAlphabet() async {
        await propertyCheck(count: 500, input: KoreanTextGen.text) { text in
            let output = KoreanRomanizer().romanize(text)
            let kept = Set(text.unicodeScalars.filter { HangulSyllable($0) == nil })
            for scalar in output.unicodeScalars {
                let allowed =
                    (scalar.isASCII && scalar.properties.isAlphabetic) || scalar == " " || scalar == "-"
                    || kept.contains(scalar)
                #expect(allowed, "unexpected \(scalar) in \(output) for \(text)")
            }
            #expect(!output.unicodeScalars.contains { HangulSyllable($0) != nil })
        }
    }

    @Test("Placeholders come out unchanged and in order; spaces are kept")
    func placeholdersUntouched() async {
        await propertyCheck(count: 500, input: KoreanTextGen.text) { text in
            let output = KoreanRomanizer().romanize(text)
            #expect(KoreanTextGen.placeholders(output) == KoreanTextGen.placeholders(text))
            #expect(output.filter { $0 == " " }.count == text.filter { $0 == " " }.count)
        }
    }

    @Test("Every syllable of a word gives at least one letter (nothing is lost)")
    func nothingLost() async {
        await propertyCheck(count: 300, input: KoreanTextGen.syllable.array(of: 1...8)) { syllables in
            let output = KoreanRomanizer().romanize(syllables.joined())
            #expect(output.count >= syllables.count)
        }
    }
}
