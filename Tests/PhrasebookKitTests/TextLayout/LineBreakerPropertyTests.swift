import PropertyBased
import Testing

@testable import PhrasebookKit

/// Random phrasebook-like text: Chinese, Korean, Latin, digits, spaces and punctuation.
enum PhrasebookTextGen {
    static let chinese = Array("您好请问有什么可以帮您的订单号码已经发货谢稍等电话客户服务中心")
        .map(String.init)
    static let korean = ["한국어", "고객", "서비스", "감사합니다", "주문", "번호", "네", "잠시만요"]
    static let latin = [
        "hello", "order", "customer", "a", "I", "thank", "you", "Supercalifragilistic", "café", "e\u{301}",
    ]
    static let numbers = ["400-000-0000", "A20231105-0042", "12:30", "3.5", "2023/11/05", "42", "1,280.50", "¥100"]
    static let spaces = [" ", " ", "  "]
    static let specials = ["……", "——", "↑", "〔姓〕", "〔订单号〕", "[surname]", "😀", "👨\u{200D}👩\u{200D}👧", "“", "”"]

    /// Closing and stop punctuation: never at the start of a line.
    static let closing: [Character] = Array("。，、！？：；）」』】〕…’”.,!?:;)]}")
    /// Opening punctuation: never at the end of a line.
    static let opening: [Character] = Array("（「『【〔‘“([{")

    static let pools: [(weight: Int, tokens: [String])] = [
        (30, chinese), (10, korean), (12, latin), (8, numbers), (14, spaces),
        (12, closing.map(String.init)), (8, opening.map(String.init)), (6, specials),
    ]
    static let totalWeight = pools.reduce(0) { $0 + $1.weight }

    /// The token picked by a roll in `0..<totalWeight` and an index (taken modulo the pool size).
    static func token(roll: Int, index: Int) -> String {
        var roll = roll
        for pool in pools {
            if roll < pool.weight {
                return pool.tokens[index % pool.tokens.count]
            }
            roll -= pool.weight
        }
        return " "
    }

    static let text = zip(Gen.int(in: 0...(totalWeight - 1)), Gen.int(in: 0...999))
        .map { roll, index in token(roll: roll, index: index) }
        .array(of: 0...60)
        .map { $0.joined() }
}

@Suite("Line breaking properties")
struct LineBreakerPropertyTests {
    @Test("For random mixed text and widths 8…80: no line too wide, kinsoku kept, text preserved")
    func randomTextWrapsSafely() async {
        await propertyCheck(count: 400, input: PhrasebookTextGen.text, Gen.int(in: 8...80), Gen.bool) {
            text, width, hanging in
            let firstPrefix = hanging ? "1. " : ""
            let restPrefix = hanging ? "   " : ""
            let displayWidth = DisplayWidth()
            let lines = LineBreaker(width: width).layout(text, firstPrefix: firstPrefix, restPrefix: restPrefix)

            #expect(!lines.isEmpty)
            for (number, line) in lines.enumerated() {
                #expect(displayWidth.of(line.text) <= width, "line \(number) too wide: \(line.text)")
                #expect(line.text.last != " ", "trailing space on line \(number): \(line.text)")
                // A line of spaces only shows its prefix alone, without the prefix's own trailing spaces.
                let prefix = number == 0 ? firstPrefix : restPrefix
                let blank = line.content.allSatisfy { $0 == " " }
                #expect(line.text.hasPrefix(prefix) || (blank && prefix.hasPrefix(line.text)), "line \(number)")
                if number > 0, !line.startsAfterForcedBreak, let first = line.content.first {
                    #expect(!PhrasebookTextGen.closing.contains(first), "line \(number) starts with \(first)")
                }
                if number < lines.count - 1, !line.endsAtForcedBreak, let last = line.content.last {
                    #expect(!PhrasebookTextGen.opening.contains(last), "line \(number) ends with \(last)")
                }
            }
            let joined = lines.map(\.content).joined()
            #expect(joined.filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test("Leading spaces before closing punctuation leave no trailing space (a case the random test found)")
    func leadingSpacesBeforeClosingPunctuation() {
        let lines = LineBreaker(width: 8).layout("  。。", firstPrefix: "1. ", restPrefix: "   ")
        #expect(lines.allSatisfy { $0.text.last != " " }, "\(lines.map(\.text))")
        // The spaces' line shows its number alone (the property test once took "1." for a lost prefix).
        #expect(lines.map(\.text) == ["1.", "   。。"], "\(lines.map(\.text))")
        #expect(lines.map(\.content).joined().filter { $0 != " " } == "。。")
    }

    @Test("Any width, however small, terminates and keeps every grapheme")
    func tinyWidthsTerminate() async {
        await propertyCheck(count: 200, input: PhrasebookTextGen.text, Gen.int(in: -2...7)) { text, width in
            let lines = LineBreaker(width: width).wrap(text, firstPrefix: "1. ", restPrefix: "   ")
            #expect(!lines.isEmpty)
            let contents = lines.enumerated().map { number, line in
                line.dropFirst(number == 0 ? 3 : (line.isEmpty ? 0 : 3))
            }
            #expect(contents.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }
}
