import Foundation

/// Korean in the Revised Romanization of Korean (2000) of its standard pronunciation: 합니다 → hamnida,
/// 같이 → gachi, 좋아요 → joayo. Sound changes (``KoreanSoundChanges``) apply inside a word; spaces, punctuation,
/// Latin text, digits and placeholders are kept as they are, so the reader sees the word boundaries. ㅢ is
/// always `ui`; tensification is not written; a hyphen separates ㅇ (`ng`) from a following vowel (`jung-ang`),
/// which would otherwise read `jun-gang`. Rules and limits: Documentation/Pronunciation.md.
struct KoreanRomanizer: Romanizer {
    /// `ko`.
    let language = "ko"
    /// `ko-Latn`.
    let tag = "ko-Latn"

    /// Creates the romanizer.
    init() {}

    /// Plain text romanized; see the type's summary.
    func romanizeWords(_ text: String) -> String {
        let text = Self.hasConjoiningJamo(text) ? text.precomposedStringWithCanonicalMapping : text
        var output = ""
        var word: [HangulSyllable] = []
        for scalar in text.unicodeScalars {
            if let syllable = HangulSyllable(scalar) {
                word.append(syllable)
                continue
            }
            if !word.isEmpty {
                Self.romanizeWord(word, into: &output)
                word.removeAll(keepingCapacity: true)
            }
            if let letter = Self.compatibilityLetter(scalar) {
                output += letter
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { Self.romanizeWord(word, into: &output) }
        return output
    }

    /// One word, its sound changes applied, appended to `output`.
    static func romanizeWord(_ word: [HangulSyllable], into output: inout String) {
        var previousCoda: HangulConsonant?
        KoreanSoundChanges.forEachSpoken(word) { syllable in
            if previousCoda == .ieung, syllable.onset == .ieung { output += "-" }
            output += previousCoda == .r && syllable.onset == .r ? "l" : initials[syllable.onset.rawValue]
            output += vowels[syllable.vowel]
            if let coda = syllable.coda { output += finals[coda] ?? "" }
            previousCoda = syllable.coda
        }
    }

    /// Initial consonants, in ``HangulConsonant`` order (ㅇ is silent).
    static let initials = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
    ]

    /// Vowels, in the Unicode medial order ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ.
    static let vowels = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
        "eu", "ui", "i",
    ]

    /// The seven final sounds.
    static let finals: ConsonantTable<String> = [
        .g: "k", .n: "n", .d: "t", .r: "l", .m: "m", .b: "p", .ieung: "ng",
    ]

    /// A Hangul compatibility letter standing alone (ㅋ, ㅏ; U+3131–U+3163), spelled letter by letter.
    static func compatibilityLetter(_ scalar: Unicode.Scalar) -> String? {
        guard (0x3131...0x3163).contains(scalar.value) else { return nil }
        return compatibilityLetters[Int(scalar.value - 0x3131)]
    }

    /// ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄸ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅃ ㅄ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ, then the vowels.
    static let compatibilityLetters =
        [
            "g", "kk", "gs", "n", "nj", "nh", "d", "tt", "r", "rg", "rm", "rb", "rs", "rt", "rp", "rh", "m", "b",
            "pp", "bs", "s", "ss", "ng", "j", "jj", "ch", "k", "t", "p", "h",
        ] + vowels

    /// Whether `text` holds conjoining jamo (U+1100–U+11FF), which precomposing turns into syllables.
    static func hasConjoiningJamo(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x1100...0x11FF).contains($0.value) }
    }
}
