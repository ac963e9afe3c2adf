/// A Korean consonant letter, in the order of the Unicode initial jamo (U+1100 ㄱ … U+1112 ㅎ). `ieung` (ㅇ) is
/// silent as an initial and `ng` as a final.
enum HangulConsonant: Int, Sendable, CaseIterable {
    case g, kk, n, d, tt, r, m, b, pp, s, ss, ieung, j, jj, ch, k, t, p, h
}

/// A precomposed Hangul syllable (U+AC00 … U+D7A3) taken apart: initial consonant, vowel, final consonants.
struct HangulSyllable: Sendable, Hashable {
    /// The initial consonant; `ieung` when the syllable starts with a vowel sound.
    var initial: HangulConsonant
    /// The vowel's index in the Unicode medial order (0 ㅏ … 20 ㅣ).
    var vowel: Int
    /// The final consonants (받침): none, one, or the two letters of a cluster such as ㄺ.
    var final: FinalConsonants

    /// The vowel index of ㅣ, which palatalizes a ㄷ or ㅌ before it.
    static let vowelI = 20
    /// The vowel index of ㅕ, which palatalizes too where it is 이 + 어 run together (붙여 [부쳐]).
    static let vowelYeo = 6

    /// Whether a ㄷ or ㅌ before this vowel is said ㅈ or ㅊ.
    static func palatalizes(_ vowel: Int) -> Bool { vowel == vowelI || vowel == vowelYeo }
    /// The vowel index of ㅢ.
    static let vowelUi = 19

    /// The first and last precomposed syllables.
    static let range: ClosedRange<UInt32> = 0xAC00...0xD7A3

    /// The final consonants in the Unicode final order (index 1 ㄱ … 27 ㅎ; 0 is no final).
    static let finals = finalLetters.map(FinalConsonants.init)

    private static let finalLetters: [[HangulConsonant]] = [
        [], [.g], [.kk], [.g, .s], [.n], [.n, .j], [.n, .h], [.d], [.r], [.r, .g], [.r, .m], [.r, .b], [.r, .s],
        [.r, .t], [.r, .p], [.r, .h], [.m], [.b], [.b, .s], [.s], [.ss], [.ieung], [.j], [.ch], [.k], [.t], [.p],
        [.h],
    ]

    /// The syllable `scalar` spells, or `nil` when it is not a precomposed Hangul syllable.
    init?(_ scalar: Unicode.Scalar) {
        guard Self.range.contains(scalar.value) else { return nil }
        let index = Int(scalar.value - Self.range.lowerBound)
        guard let initial = HangulConsonant(rawValue: index / 588) else { return nil }
        self.initial = initial
        vowel = index % 588 / 28
        final = Self.finals[index % 28]
    }

    /// Whether the syllable is 밟 (to step on), whose ㄼ is pronounced ㅂ before a consonant.
    var isBalp: Bool { initial == .b && vowel == 0 && final.count == 2 && final[0] == .r && final[1] == .b }
}

/// A syllable's final consonants: none, one, or the two letters of a cluster, held in the syllable itself rather
/// than in an array (romanizing takes every syllable of a book's Korean apart). Read as a short array is read.
struct FinalConsonants: Sendable, Hashable {
    /// The first letter, `nil` when there is no final.
    let first: HangulConsonant?
    /// The second letter of a cluster.
    private let second: HangulConsonant?

    /// The final spelled by `letters` (none, one or two).
    init(_ letters: [HangulConsonant]) {
        first = letters.first
        second = letters.count > 1 ? letters[1] : nil
    }

    /// Whether the syllable has no final.
    var isEmpty: Bool { first == nil }
    /// How many letters: 0, 1 or 2.
    var count: Int { first == nil ? 0 : second == nil ? 1 : 2 }
    /// The last letter.
    var last: HangulConsonant? { second ?? first }

    /// Letter `index` (0 or 1), which must exist.
    subscript(index: Int) -> HangulConsonant {
        guard let letter = index == 0 ? first : second else { preconditionFailure("no final letter \(index)") }
        return letter
    }
}
