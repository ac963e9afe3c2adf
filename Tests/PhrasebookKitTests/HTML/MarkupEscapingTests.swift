import Testing

@testable import PhrasebookKit

@Suite("Markup escaping")
struct MarkupEscapingTests {
    @Test("the five markup characters become references; other text, ASCII or not, is kept as it is")
    func escaping() {
        #expect(MarkupEscaping.escape("您好，환불 refund") == "您好，환불 refund")
        #expect(
            MarkupEscaping.escape("We'll <b>\"R&D\"</b>") == "We&#39;ll &lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;")
        #expect(MarkupEscaping.escape("") == "")
    }

    @Test("a markup character followed by a combining mark is escaped too (XML allows no bare & or <)")
    func combiningMarks() {
        #expect(MarkupEscaping.escape("&\u{301} <\u{301}") == "&amp;\u{301} &lt;\u{301}")
    }
}
