import Testing

@testable import PhrasebookKit

@Suite("Literal text search")
struct LiteralSearchTests {
    @Test("finds a fragment anywhere, code unit by code unit")
    func finds() {
        #expect("您好，你等着吧。".containsLiteral("等着"))
        #expect("您好，你等着吧。".containsLiteral("您好"))
        #expect("您好，你等着吧。".containsLiteral("吧。"))
        #expect("aab".containsLiteral("ab"))
        #expect("anything".containsLiteral(""))
    }

    @Test("does not match across a different character, a prefix of the fragment, or a longer fragment")
    func misses() {
        #expect(!"您好，你等一下吧。".containsLiteral("等着"))
        #expect(!"等".containsLiteral("等着"))
        #expect(!"".containsLiteral("x"))
        #expect(!"http:/example".containsLiteral("://"))
    }

    @Test(
        "substrings are searched where they lie, and texts not stored in one piece byte by byte, with the same answers")
    func slicesAndScattered() {
        let text = "您好，你等着吧。Thanks!"
        let slice = text.dropFirst(3).prefix(4)  // "你等着吧"
        #expect(slice.containsLiteral("等着"))
        #expect(!slice.containsLiteral("您好"))
        #expect(!slice.containsLiteral("吧。"))
        #expect("等着吧".containsLiteral(slice.dropFirst()))
        for (haystack, needle) in [("aab", "ab"), ("您好，你等着吧。", "等着"), ("等", "等着"), ("", "x"), ("x", "")] {
            #expect(haystack.utf8.scanned(for: Array(needle.utf8)) == haystack.containsLiteral(needle))
            #expect(Array(haystack.utf8).scanned(for: Array(needle.utf8)) == haystack.containsLiteral(needle))
        }
    }
}
