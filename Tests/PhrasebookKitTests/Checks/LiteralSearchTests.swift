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
}
