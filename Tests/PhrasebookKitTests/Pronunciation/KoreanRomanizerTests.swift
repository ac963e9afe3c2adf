import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Korean romanization")
struct KoreanRomanizerTests {
    let romanizer = KoreanRomanizer()

    @Test("The table has at least 150 cases, several for each rule")
    func tableIsLargeEnough() {
        #expect(KoreanRomanizationCases.all.count >= 150)
        let rules = [
            KoreanRomanizationCases.liaison, KoreanRomanizationCases.nasalization,
            KoreanRomanizationCases.lateralization, KoreanRomanizationCases.palatalization,
            KoreanRomanizationCases.aspiration, KoreanRomanizationCases.hDropping, KoreanRomanizationCases.ui,
            KoreanRomanizationCases.tensification, KoreanRomanizationCases.rToN,
        ]
        #expect(rules.allSatisfy { $0.count >= 5 })
    }

    @Test(
        "Every word and phrase of the table is romanized as worked out by hand", arguments: KoreanRomanizationCases.all)
    func romanizesTheTable(_ korean: String, _ expected: String) {
        #expect(romanizer.romanize(korean) == expected)
    }

    @Test("Placeholders and escaped braces come back as they were written")
    func keepsPlaceholders() {
        #expect(romanizer.romanize("{surname} 고객님, {{주의}}") == "{surname} gogaengnim, {{juui}}")
        #expect(romanizer.romanize("{company}에 연락") == "{company}e yeollak")
    }

    @Test("A placeholder ends a word: no sound change reaches across it")
    func placeholderEndsAWord() {
        #expect(romanizer.romanize("합{x}니다") == "hap{x}nida")
    }

    @Test("Decomposed (NFD) Hangul reads like the precomposed form")
    func decomposedHangul() {
        #expect(romanizer.romanize("감사합니다".decomposedStringWithCanonicalMapping) == "gamsahamnida")
    }

    @Test("Lone compatibility letters are spelled out; other scripts pass through")
    func otherScripts() {
        #expect(romanizer.romanize("ㅋㅋ ㅏ") == "kk a")
        #expect(romanizer.romanize("3초 A/S 您好") == "3cho A/S 您好")
    }

    @Test("Known limits: forms only morphology decides come out by the rules, and need an override")
    func knownLimits() {
        // ㄴ-insertion: 알약 is [알략] allyak, 학여울 [항녀울] hangnyeoul.
        #expect(romanizer.romanize("알약") == "aryak")
        #expect(romanizer.romanize("학여울") == "hagyeoul")
        // Compounds: 끝인사 is [끄딘사] kkeudinsa, not palatalized; 신문로 is [신문노] sinmunno.
        #expect(romanizer.romanize("끝인사") == "kkeuchinsa")
        #expect(romanizer.romanize("신문로") == "sinmullo")
        // Aspiration in nouns is not written by RR (묵호 Mukho); the rules write what is said.
        #expect(romanizer.romanize("묵호") == "muko")
        // ㄷ + 혀 palatalizes in verbs (닫혀 dachyeo) but not in the noun 맏형 [마텽] matyeong.
        #expect(romanizer.romanize("맏형") == "machyeong")
        // ㄺ before ㄱ is ㄹ in verb stems (맑게 malge) but ㄱ in nouns: 흙과 is [흑꽈] heukgwa.
        #expect(romanizer.romanize("흙과") == "heulgwa")
    }

    @Test("The registry finds the Korean romanizer by language code only")
    func registry() {
        #expect(Romanizers.romanizer(for: "ko")?.tag == "ko-Latn")
        #expect(Romanizers.romanizer(for: "en") == nil)
        #expect(Romanizers.languages == ["ko"])
    }
}
