import Testing

@testable import PhrasebookKit

@Suite("Line breaking: Chinese")
struct ChineseLineBreakingTests {
    @Test("Chinese breaks between any two ideographs")
    func breaksBetweenIdeographs() {
        let lines = LineBreaker(width: 8).wrap("您好，欢迎致电客户服务中心。")
        #expect(lines == ["您好，欢", "迎致电客", "户服务中", "心。"])
    }

    @Test("A full stop that would start a line pulls the ideograph before it down")
    func fullStopAtLineEdge() {
        let lines = LineBreaker(width: 6).wrap("请稍等。谢谢您的耐心。")
        #expect(lines == ["请稍", "等。谢", "谢您的", "耐心。"])
    }

    @Test("Closing quotes and brackets never start a line; opening ones never end one")
    func quotesAndBrackets() {
        let lines = LineBreaker(width: 6).wrap("他说：“你好。”然后走了。")
        #expect(lines == ["他说：", "“你", "好。”", "然后走", "了。"])
    }

    @Test("A double ellipsis stays together and with the character before it")
    func ellipsisStaysTogether() {
        // "…" and "—" are East Asian Ambiguous: one column each by default.
        let lines = LineBreaker(width: 9).wrap("请您稍等……好的")
        #expect(lines == ["请您稍", "等……好的"])
        let wide = LineBreaker(width: 10, displayWidth: DisplayWidth(ambiguousIsWide: true))
        #expect(wide.wrap("请您稍等……好的") == ["请您稍", "等……好的"])
    }

    @Test("A double dash stays together")
    func dashStaysTogether() {
        let lines = LineBreaker(width: 9).wrap("我明白了——马上处理")
        #expect(lines == ["我明白了", "——马上处", "理"])
    }

    @Test("The delivery cue ↑ stays attached to the character before it")
    func deliveryCue() {
        let lines = LineBreaker(width: 6).wrap("请稍等↑，我帮您查一下。")
        #expect(lines == ["请稍", "等↑，", "我帮您", "查一", "下。"])
        #expect(!lines.contains { $0.hasPrefix("↑") })
    }

    @Test("A bracketed blank such as 〔订单号〕 is never split")
    func slotBlank() {
        let lines = LineBreaker(width: 12).wrap("您的订单号是〔订单号〕，请核对。")
        #expect(lines == ["您的订单号是", "〔订单号〕，", "请核对。"])
    }

    @Test("A one-character blank 〔姓〕 stays whole")
    func surnameBlank() {
        let lines = LineBreaker(width: 8).wrap("请问您贵姓〔姓〕先生")
        #expect(lines == ["请问您贵", "姓〔姓〕", "先生"])
    }

    @Test("A phone number is never split, even next to ideographs")
    func phoneNumber() {
        let lines = LineBreaker(width: 16).wrap("请拨打400-000-0000联系我们")
        #expect(lines == ["请拨打", "400-000-0000联系", "我们"])
    }
}

@Suite("Line breaking: Korean")
struct KoreanLineBreakingTests {
    @Test("Korean breaks at spaces only, never between the syllables of a word")
    func breaksAtSpaces() {
        let lines = LineBreaker(width: 10).wrap("고객 서비스 센터입니다")
        #expect(lines == ["고객", "서비스", "센터입니다"])
    }

    @Test("Korean punctuation stays with its word")
    func punctuation() {
        let lines = LineBreaker(width: 12).wrap("안녕하세요, 고객 서비스 센터입니다.")
        #expect(lines == ["안녕하세요,", "고객 서비스", "센터입니다."])
    }

    @Test("A Korean word wider than the line is broken between syllables")
    func overlongWord() {
        let lines = LineBreaker(width: 6).wrap("도와드릴까요")
        #expect(lines == ["도와드", "릴까요"])
    }
}

@Suite("Line breaking: English")
struct EnglishLineBreakingTests {
    @Test("English breaks at spaces and drops them")
    func breaksAtSpaces() {
        let lines = LineBreaker(width: 20).wrap("Hello, thank you for calling customer service.")
        #expect(lines == ["Hello, thank you for", "calling customer", "service."])
    }

    @Test("A bracketed blank such as [surname] stays whole")
    func surnameBlank() {
        let lines = LineBreaker(width: 12).wrap("Thank you, Mr. [surname], for waiting.")
        #expect(lines == ["Thank you,", "Mr.", "[surname],", "for waiting."])
    }

    @Test("A bracketed blank with a space inside is not broken at that space")
    func blankWithSpace() {
        let lines = LineBreaker(width: 16).wrap("Hello [customer name], welcome")
        #expect(lines == ["Hello", "[customer name],", "welcome"])
    }

    @Test("Numbers with separators and order ids are never split")
    func numbersAndOrderIDs() {
        let lines = LineBreaker(width: 15).wrap("Order A20231105-0042 costs ¥1,280.50 at 12:30 on 2023/11/05.")
        #expect(lines == ["Order", "A20231105-0042", "costs ¥1,280.50", "at 12:30 on", "2023/11/05."])
    }

    @Test("An apostrophe does not split a word")
    func apostrophe() {
        #expect(LineBreaker(width: 6).wrap("don’t worry") == ["don’t", "worry"])
        #expect(LineBreaker(width: 6).wrap("don't worry") == ["don't", "worry"])
    }

    @Test("A word wider than the line is broken by grapheme")
    func overlongWord() {
        let lines = LineBreaker(width: 10).wrap("Supercalifragilisticexpialidocious")
        #expect(lines == ["Supercalif", "ragilistic", "expialidoc", "ious"])
    }
}

@Suite("Line breaking: mixed text, prefixes and edge cases")
struct MixedLineBreakingTests {
    @Test("Mixed Chinese, Latin and an order id")
    func mixedScripts() {
        let lines = LineBreaker(width: 16).wrap("请在App里输入订单号A20231105-0042。")
        #expect(lines == ["请在App里输入订", "单号", "A20231105-0042。"])
    }

    @Test("A hanging indent: prefix widths count toward the width")
    func hangingIndentEnglish() {
        let lines = LineBreaker(width: 24).wrap(
            "Please hold on while I check your order status for you.", firstPrefix: "1. ", restPrefix: "   ")
        #expect(lines == ["1. Please hold on while", "   I check your order", "   status for you."])
    }

    @Test("A hanging indent with Chinese")
    func hangingIndentChinese() {
        let lines = LineBreaker(width: 10).wrap("您好，请问有什么可以帮您？", firstPrefix: "1. ", restPrefix: "   ")
        #expect(lines == ["1. 您好，", "   请问有", "   什么可", "   以帮", "   您？"])
    }

    @Test("Ambiguous-width characters count as two columns when asked")
    func ambiguousWide() {
        let wide = DisplayWidth(ambiguousIsWide: true)
        #expect(LineBreaker(width: 5).wrap("°C °F °K") == ["°C °F", "°K"])
        #expect(LineBreaker(width: 6, displayWidth: wide).wrap("°C °F °K") == ["°C", "°F", "°K"])
        #expect(LineBreaker(width: 7, displayWidth: wide).wrap("°C °F °K") == ["°C °F", "°K"])
    }

    @Test("A forced break avoids starting a line with closing punctuation")
    func forcedBreakHonoursKinsoku() {
        let lines = LineBreaker(width: 5).wrap("AAAA。")
        #expect(lines == ["AAA", "A。"])
    }

    @Test("Emoji and ZWJ sequences are never split")
    func emoji() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let lines = LineBreaker(width: 4).wrap("好的\(family)谢谢")
        #expect(lines == ["好的", "\(family)谢", "谢"])
    }

    @Test("A newline forces a break and later lines take the rest prefix")
    func newline() {
        let lines = LineBreaker(width: 10).wrap("Line one\nLine two is longer", firstPrefix: "- ", restPrefix: "  ")
        #expect(lines == ["- Line one", "  Line two", "  is", "  longer"])
    }

    @Test("A line is the text's own scalars: clusters of several scalars are kept whole and as written")
    func clustersKeptAsWritten() {
        let decomposed = "cafe\u{0301} ole\u{0301}\r\nnext \u{1100}\u{1161}\u{11A8}"
        let lines = LineBreaker(width: 5).wrap(decomposed)
        // String equality is canonical (é matches e + U+0301): compare the scalars themselves.
        #expect(
            lines.map { Array($0.unicodeScalars) } == [
                Array("cafe\u{0301}".unicodeScalars), Array("ole\u{0301}".unicodeScalars), Array("next".unicodeScalars),
                Array("\u{1100}\u{1161}\u{11A8}".unicodeScalars),
            ])
    }

    @Test("A line break inside brackets ends the blank: CR LF and U+2028 as much as LF")
    func newlineInsideBrackets() {
        #expect(LineBreaker(width: 20).wrap("[ab\r\ncd]") == ["[ab", "cd]"])
        #expect(LineBreaker(width: 20).wrap("〔ab\u{2028}cd〕") == ["〔ab", "cd〕"])
    }

    @Test("Empty text gives one line, without trailing spaces")
    func emptyText() {
        #expect(LineBreaker(width: 10).wrap("") == [""])
        #expect(LineBreaker(width: 10).wrap("", firstPrefix: "1. ") == ["1."])
        #expect(LineBreaker(width: 10).wrap("   ") == [""])
    }

    @Test("Lines carry no trailing or leading break spaces")
    func spacesDropped() {
        let lines = LineBreaker(width: 5).wrap("ab    cd    ef  ")
        #expect(lines == ["ab", "cd", "ef"])
    }

    @Test("Too narrow for one grapheme plus prefix: one grapheme per line")
    func tooNarrow() {
        #expect(LineBreaker(width: 1).wrap("abc", firstPrefix: "1. ", restPrefix: "   ") == ["1. a", "   b", "   c"])
        #expect(LineBreaker(width: 3).wrap("你好世界") == ["你", "好", "世", "界"])
        #expect(LineBreaker(width: 0).wrap("你好") == ["你", "好"])
        #expect(LineBreaker(width: -5).wrap("a b") == ["a", "b"])
    }

    @Test("Text that fits is returned as one line")
    func fits() {
        #expect(LineBreaker(width: 80).wrap("你好，世界！Hello, 세계!") == ["你好，世界！Hello, 세계!"])
    }
}
