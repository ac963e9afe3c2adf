import Testing

@testable import PhrasebookKit

@Suite("Generated Unicode tables")
struct UnicodeTablesTests {
    @Test(
        "Tables are sorted, non-overlapping (start, end, value) triples",
        arguments: [
            UnicodeTables.width, UnicodeTables.emoji, UnicodeTables.lineBreak,
        ])
    func tablesAreSortedRanges(_ table: [UInt32]) {
        #expect(table.count % 3 == 0)
        var previousEnd: Int64 = -1
        for base in stride(from: 0, to: table.count, by: 3) {
            #expect(Int64(table[base]) > previousEnd)
            #expect(table[base] <= table[base + 1])
            previousEnd = Int64(table[base + 1])
        }
    }

    @Test("Tables come from Unicode 15.0.0")
    func version() {
        #expect(UnicodeTables.unicodeVersion == "15.0.0")
        #expect(DisplayWidth.unicodeVersion == UnicodeTables.unicodeVersion)
    }

    @Test("Line_Break classes of characters the phrasebook uses")
    func lineBreakClasses() {
        let expected: [(Unicode.Scalar, LineBreakClass)] = [
            ("你", .ID), ("。", .CL), ("，", .CL), ("（", .OP), ("）", .CL), ("：", .NS),
            ("…", .IN), ("—", .B2), ("4", .NU), ("-", .HY), ("a", .AL), (" ", .SP),
            ("가", .H2), ("각", .H3), ("(", .OP), (")", .CP), ("!", .EX), (".", .IS),
            ("\u{200B}", .ZW), ("\u{00A0}", .GL), ("\n", .LF), ("あ", .ID), ("ぁ", .NS),
        ]
        for (scalar, lineBreakClass) in expected {
            #expect(UnicodeProperties.lineBreakClass(scalar) == lineBreakClass, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("Width classes and emoji flags of sample characters")
    func widthAndEmoji() {
        #expect(UnicodeProperties.widthClass("你") == .wide)
        #expect(UnicodeProperties.widthClass("°") == .ambiguous)
        #expect(UnicodeProperties.widthClass("\u{301}") == .zero)
        #expect(UnicodeProperties.widthClass("a") == .narrow)
        #expect(UnicodeProperties.isEmojiPresentation("😀"))
        #expect(!UnicodeProperties.isEmojiPresentation("\u{2764}"))
        #expect(UnicodeProperties.isExtendedPictographic("\u{2764}"))
    }
}
