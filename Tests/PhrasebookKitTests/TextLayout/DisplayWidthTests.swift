import Testing

@testable import PhrasebookKit

@Suite("Display width (UAX #11)")
struct DisplayWidthTests {
    let narrowAmbiguous = DisplayWidth()
    let wideAmbiguous = DisplayWidth(ambiguousIsWide: true)

    @Test("Chinese ideographs take two columns each")
    func chineseIsWide() {
        #expect(narrowAmbiguous.of("你好") == 4)
        #expect(narrowAmbiguous.of("你" as Character) == 2)
        #expect(narrowAmbiguous.of("。，") == 4)
    }

    @Test("Korean syllables take two columns each")
    func koreanIsWide() {
        #expect(narrowAmbiguous.of("한국어") == 6)
    }

    @Test("Half-width katakana sound marks take a column of their own, though they extend the letter before them")
    func halfWidthSoundMarks() {
        #expect(narrowAmbiguous.of("ｶﾞ" as Character) == 2)
        #expect(narrowAmbiguous.of("ｶﾌﾞｼｷｶﾞｲｼﾔ") == 10)
        #expect(narrowAmbiguous.of("ﾊﾟﾝ") == 3)
        #expect(narrowAmbiguous.of("ﾞ") == 1, "alone too")
    }

    @Test("A decomposed Hangul syllable is as wide as a precomposed one")
    func decomposedHangul() {
        #expect(narrowAmbiguous.of("\u{1112}\u{1161}\u{11AB}" as Character) == 2)
    }

    @Test("ASCII letters take one column and control characters none")
    func ascii() {
        #expect(narrowAmbiguous.of("Hello, world!") == 13)
        #expect(narrowAmbiguous.of("\u{07}\u{1B}") == 0)
        #expect(narrowAmbiguous.of("") == 0)
    }

    @Test("A combining accent adds no width to its base")
    func combiningAccent() {
        let decomposed = "cafe\u{301}"
        #expect(decomposed.count == 4)
        #expect(narrowAmbiguous.of(decomposed) == 4)
        #expect(wideAmbiguous.of(decomposed) == 4)
    }

    @Test("A lone combining mark has no width")
    func loneCombiningMark() {
        #expect(narrowAmbiguous.of("\u{301}" as Character) == 0)
    }

    @Test("Precomposed é is East Asian Ambiguous: one column by default, two when ambiguous is wide")
    func precomposedAccentIsAmbiguous() {
        #expect(narrowAmbiguous.of("café") == 4)
        #expect(wideAmbiguous.of("café") == 5)
    }

    @Test("Ambiguous characters follow the ambiguousIsWide setting", arguments: ["°", "×", "↑", "“", "①"])
    func ambiguous(_ text: String) {
        #expect(narrowAmbiguous.of(text) == 1)
        #expect(wideAmbiguous.of(text) == 2)
    }

    @Test(
        "Zero-width characters have no width",
        arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{FE0F}", "\u{FE0E}"])
    func zeroWidth(_ text: String) {
        #expect(narrowAmbiguous.of(text) == 0)
        #expect(wideAmbiguous.of(text) == 0)
    }

    @Test("Emoji take two columns")
    func emoji() {
        #expect(narrowAmbiguous.of("😀") == 2)
        #expect(narrowAmbiguous.of("👍🏽") == 2)
        #expect(narrowAmbiguous.of("🇨🇳") == 2)
    }

    @Test("A ZWJ sequence is one grapheme of two columns")
    func zwjSequence() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(family.count == 1)
        #expect(narrowAmbiguous.of(family) == 2)
    }

    @Test("An emoji presentation selector makes a text-default symbol two columns wide")
    func emojiPresentationSequence() {
        #expect(narrowAmbiguous.of("\u{2764}") == 1)
        #expect(narrowAmbiguous.of("\u{2764}\u{FE0F}") == 2)
        #expect(narrowAmbiguous.of("1\u{FE0F}\u{20E3}") == 2)
    }

    @Test("Fullwidth forms are wide and halfwidth katakana narrow")
    func fullwidthAndHalfwidth() {
        #expect(narrowAmbiguous.of("Ｈ") == 2)
        #expect(narrowAmbiguous.of("ｶ") == 1)
    }

    @Test("Mixed text adds the widths of its clusters")
    func mixed() {
        #expect(narrowAmbiguous.of("Hi你好😀") == 8)
        #expect(narrowAmbiguous.of("주문 A-1") == 8)
        #expect(narrowAmbiguous.of("你好"[...]) == 4)
    }
}
