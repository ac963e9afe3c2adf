/// A syllable as it is pronounced: what is left of its final after the sound changes of the standard
/// pronunciation (표준 발음법), and the initial it took from the syllable before.
struct SpokenSyllable: Sendable, Hashable {
    /// The initial consonant as spoken; `ieung` for none.
    var onset: HangulConsonant
    /// The vowel's index in the Unicode medial order.
    var vowel: Int
    /// One of the seven final sounds (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ), or `nil` for none.
    var coda: HangulConsonant?
}

/// The sound changes of the standard pronunciation that Revised Romanization writes, applied between the
/// syllables of one word (a run of Hangul syllables; spaces, punctuation and placeholders end a word):
/// liaison (연음), palatalization (구개음화), aspiration and ㅎ dropping, neutralization of finals to the seven
/// final sounds, nasalization (비음화), ㄹ read as ㄴ after ㅁ ㅇ ㄱ ㄷ ㅂ, and lateralization (유음화).
/// Tensification (경음화) changes nothing here: Revised Romanization does not write it.
/// Each rule is a small table or switch below; Documentation/Pronunciation.md lists them with examples.
enum KoreanSoundChanges {
    /// The word's syllables as pronounced, handed to `body` in order (no array made: every word of a book's
    /// Korean passes here).
    static func forEachSpoken(_ word: [HangulSyllable], _ body: (SpokenSyllable) -> Void) {
        guard var onset = word.first?.initial else { return }
        for index in word.indices {
            let syllable = word[index]
            let coda: HangulConsonant?
            var nextOnset = onset
            if index + 1 < word.count {
                let next = word[index + 1]
                let joined = junction(syllable, onset: next.initial, nextVowel: next.vowel)
                coda = joined.coda
                nextOnset = joined.onset
            } else {
                coda = representative(syllable.final, before: nil, balp: syllable.isBalp)
            }
            body(SpokenSyllable(onset: onset, vowel: syllable.vowel, coda: coda))
            onset = nextOnset
        }
    }

    /// The final of `syllable` and the initial of the next syllable as pronounced together.
    static func junction(_ syllable: HangulSyllable, onset: HangulConsonant, nextVowel: Int) -> (
        coda: HangulConsonant?, onset: HangulConsonant
    ) {
        let final = syllable.final
        guard !final.isEmpty else { return (nil, onset) }
        switch onset {
        case .ieung:
            return liaison(final, nextVowel: nextVowel)
        case .h:
            return aspiration(final, nextVowel: nextVowel)
        default:
            if final.last == .h, let fused = hBefore(final, onset: onset) { return fused }
            let coda = representative(final, before: onset, balp: syllable.isBalp)
            return assimilation(coda, onset: onset)
        }
    }

    /// Liaison (연음, 표준 발음법 13–14항): before a vowel the final moves over and is said as the next
    /// syllable's initial (of a cluster, the second letter); ㄷ ㅌ before ㅣ (and ㅕ, 이 + 어 run together)
    /// become ㅈ ㅊ (17항); ㅎ is dropped (12항 4); ㅇ stays.
    static func liaison(_ final: FinalConsonants, nextVowel: Int) -> (coda: HangulConsonant?, onset: HangulConsonant) {
        if final.count == 1, final[0] == .ieung { return (.ieung, .ieung) }
        if final.last == .h { return (nil, final.count == 2 ? final[0] : .ieung) }
        let kept = final.count == 2 ? final[0] : nil
        let moved = final[final.count - 1]
        return (kept, HangulSyllable.palatalizes(nextVowel) ? palatalized(moved) : moved)
    }

    /// Aspiration (격음화, 12항 1 and 17항): a final ㄱ ㄷ ㅂ ㅈ (and what is said as them) and a following ㅎ
    /// make one aspirated ㅋ ㅌ ㅍ ㅊ; ㄷ ㅌ + 히 (혀) become 치 (쳐). After ㄴ ㄹ ㅁ ㅇ the ㅎ stays.
    static func aspiration(_ final: FinalConsonants, nextVowel: Int) -> (
        coda: HangulConsonant?, onset: HangulConsonant
    ) {
        if final.last == .h { return (final.count == 2 ? final[0] : nil, .h) }
        let (kept, obstruent) = final.count == 2 ? clusterBeforeH(final) : (nil, final[0])
        guard let obstruent, let aspirate = aspirated[obstruent] else {
            return (representative(final, before: .h, balp: false), .h)
        }
        if HangulSyllable.palatalizes(nextVowel), obstruent == .d || obstruent == .t { return (kept, .ch) }
        return (kept, aspirate)
    }

    /// The aspirated consonant each obstruent final makes with a following ㅎ. A final ㅊ is said as ㄷ first, so
    /// it makes ㅌ (12항 붙임 2: 꽃 한 송이 [꼬탄송이], 몇 호 [며토]); ㅈ makes ㅊ (꽂히다 [꼬치다]).
    static let aspirated: ConsonantTable<HangulConsonant> = [
        .g: .k, .kk: .k, .k: .k, .d: .t, .s: .t, .ss: .t, .t: .t, .j: .ch, .ch: .t, .b: .p, .p: .p,
    ]

    /// A cluster before ㅎ: the letter that stays final and the one that is aspirated (ㄺ + ㅎ: ㄹ, ㅋ).
    static func clusterBeforeH(_ final: FinalConsonants) -> (HangulConsonant?, HangulConsonant?) {
        switch (final[0], final[1]) {
        case (.g, .s): (nil, .g)
        case (.b, .s): (nil, .b)
        case (.r, .g), (.r, .b), (.r, .p), (.n, .j): (final[0], final[1])
        default: (final[0], nil)
        }
    }

    /// A final ㅎ (ㄶ ㅀ) before a consonant (12항): ㄱ ㄷ ㅈ become ㅋ ㅌ ㅊ, ㅅ becomes ㅆ, and before ㄴ the ㅎ is
    /// said as ㄴ (ㅀ: the ㄹ makes it ㄹ). `nil` for other consonants, which the general rules handle.
    static func hBefore(_ final: FinalConsonants, onset: HangulConsonant) -> (
        coda: HangulConsonant?, onset: HangulConsonant
    )? {
        let rest = final.count == 2 ? final[0] : nil
        switch onset {
        case .g: return (rest, .k)
        case .d: return (rest, .t)
        case .j: return (rest, .ch)
        case .s: return (rest, .ss)
        case .n: return rest == .r ? (.r, .r) : (.n, .n)
        default: return nil
        }
    }

    /// ㄷ and ㅌ before ㅣ: ㅈ and ㅊ (palatalization, 17항); other consonants unchanged.
    static func palatalized(_ consonant: HangulConsonant) -> HangulConsonant {
        switch consonant {
        case .d: .j
        case .t: .ch
        default: consonant
        }
    }

    /// The final's sound before `onset` (`nil`: at the end of the word), one of ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ
    /// (9–11항): ㄲ ㅋ → ㄱ; ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ → ㄷ; ㅍ → ㅂ; of a cluster one letter, ㄺ being ㄹ before ㄱ and
    /// ㄼ being ㅂ in 밟.
    static func representative(_ final: FinalConsonants, before onset: HangulConsonant?, balp: Bool)
        -> HangulConsonant?
    {
        guard let first = final.first else { return nil }
        if final.count == 2 {
            switch (first, final[1]) {
            case (.r, .g): return onset == .g ? .r : .g
            case (.r, .m): return .m
            case (.r, .b): return balp ? .b : .r
            case (.r, .p): return .b
            default: return first
            }
        }
        return neutralized[first] ?? first
    }

    /// The seven-sound neutralization of single finals (9항 and 12항 3).
    static let neutralized: ConsonantTable<HangulConsonant> = [
        .kk: .g, .k: .g, .s: .d, .ss: .d, .j: .d, .ch: .d, .t: .d, .h: .d, .p: .b,
    ]

    /// Nasalization and ㄹ (18–20항): ㄱ ㄷ ㅂ before ㄴ ㅁ become ㅇ ㄴ ㅁ; ㄹ after ㅁ ㅇ is ㄴ, and after ㄱ ㄷ
    /// ㅂ is ㄴ that nasalizes the final too; ㄴ and ㄹ side by side are both ㄹ.
    static func assimilation(_ coda: HangulConsonant?, onset: HangulConsonant) -> (
        coda: HangulConsonant?, onset: HangulConsonant
    ) {
        guard let coda else { return (nil, onset) }
        switch (coda, onset) {
        case (.r, .r), (.n, .r), (.r, .n): return (.r, .r)
        case (.m, .r), (.ieung, .r): return (coda, .n)
        case (_, .r): return (nasal[coda] ?? coda, .n)
        case (_, .n), (_, .m): return (nasal[coda] ?? coda, onset)
        default: return (coda, onset)
        }
    }

    /// The nasal each stop final becomes before a nasal.
    static let nasal: ConsonantTable<HangulConsonant> = [.g: .ieung, .d: .n, .b: .m]
}
