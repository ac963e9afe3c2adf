import Testing

@testable import PhrasebookKit

@Suite("Markdown text escaping")
struct MarkdownTextStyleTests {
    private let style = MarkdownTextStyle()

    @Test("markup punctuation gets a backslash, & becomes &amp;, everything else is kept as it is")
    func escaping() {
        #expect(style.escape("您好，请稍候。") == "您好，请稍候。")
        #expect(
            style.escape("*urgent* [refund] #1 <b> a|b {x} !~_`\\")
                == "\\*urgent\\* \\[refund\\] \\#1 \\<b\\> a\\|b \\{x\\} \\!\\~\\_\\`\\\\")
        #expect(style.escape("R&D 환불 & 교환") == "R&amp;D 환불 &amp; 교환")
        #expect(style.escape("") == "")
    }

    @Test("a mark followed by a combining mark is still escaped: a CommonMark parser reads the mark alone")
    func combiningMarks() {
        #expect(style.escape("*\u{301}x*") == "\\*\u{301}x\\*")
        #expect(style.escape("&\u{301}") == "&amp;\u{301}")
    }
}
