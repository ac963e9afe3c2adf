import Testing

@testable import PhrasebookKit

@Suite("Markdown text escaping")
struct MarkdownTextStyleTests {
    private let style = MarkdownTextStyle()

    @Test("markup punctuation gets a backslash, & becomes &amp;, everything else is kept as it is")
    func escaping() {
        #expect(style.escape("您好，请稍候。") == "您好，请稍候。")
        #expect(
            style.escape("*urgent* [refund] #1 <b> a|b {x} ~_`\\")
                == "\\*urgent\\* \\[refund\\] \\#1 \\<b\\> a\\|b \\{x\\} \\~\\_\\`\\\\")
        #expect(style.escape("Hello!") == "Hello!", "an exclamation mark is not markup")
        #expect(style.escape("Look![photo](x.png)") == "Look!\\[photo\\](x.png)", "an image is not: its [ is escaped")
        #expect(style.escape("R&D 환불 & 교환") == "R&amp;D 환불 &amp; 교환")
        #expect(style.escape("") == "")
    }

    @Test("a mark followed by a combining mark is still escaped: a CommonMark parser reads the mark alone")
    func combiningMarks() {
        #expect(style.escape("*\u{301}x*") == "\\*\u{301}x\\*")
        #expect(style.escape("&\u{301}") == "&amp;\u{301}")
    }

    @Test("a text that starts as a list item would gets its marker escaped; elsewhere the marker stays as it is")
    func listMarkers() {
        #expect(MarkdownTextStyle.unlisted("- 铃响第二声之后") == "\\- 铃响第二声之后")
        #expect(MarkdownTextStyle.unlisted("+ 接起电话") == "\\+ 接起电话")
        #expect(MarkdownTextStyle.unlisted("1. 一般使用普通话") == "1\\. 一般使用普通话")
        #expect(MarkdownTextStyle.unlisted("2026) 起") == "2026\\) 起")
        #expect(MarkdownTextStyle.unlisted("-") == "\\-")
        #expect(MarkdownTextStyle.unlisted("2026. 起") == "2026\\. 起")
        for kept in ["-5% off", "+86 电话", "1.5 hours", "1234567890. x", "a - b", "3 steps", ""] {
            #expect(MarkdownTextStyle.unlisted(kept) == kept, "\(kept)")
        }
    }

    @Test("a web address is a link that ends where its ASCII ends; trailing punctuation and a lone ) stay outside")
    func webAddresses() {
        #expect(style.escape("请在https://example.com/new登记。") == "请在<https://example.com/new>登记。")
        #expect(style.escape("See https://example.com/a_b.") == "See <https://example.com/a_b>.")
        #expect(style.escape("(HTTP://Example.com/x)") == "(<HTTP://Example.com/x>)")
        #expect(style.escape("https://example.com/wiki/A_(b)") == "<https://example.com/wiki/A_(b)>")
        #expect(style.escape("请访问www.example.com。") == "请访问[www.example.com](http://www.example.com)。")
        #expect(style.escape("a*www.x.com*") == "a\\*[www.x.com](http://www.x.com)\\*")
        #expect(style.escape("https://example.com/?a=1&b=<2>") == "<https://example.com/?a=1&b=>\\<2\\>")
        for kept in ["1.5 hours", "time: 5 s", "https://", "https://...", "nowww.example.com", "http:/x.com"] {
            #expect(style.escape(kept) == MarkdownTextStyle.linked(kept), "\(kept)")
            #expect(!style.escape(kept).contains("<http") && !style.escape(kept).contains("]("), "\(kept)")
        }
    }
}
