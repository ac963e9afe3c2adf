import Foundation
import Testing

@testable import PhrasebookKit

/// Tags found by their bytes are the tags a search for the text `{{`, then `}}`, finds (Foundation's
/// `range(of:)`, which compares characters): the same inner texts at the same character offsets.
@Suite("Template tags found by their bytes")
struct MustacheTagsTests {
    /// What the search for the texts finds: each tag's inner text and the character offset of its `{{`.
    private func searched(_ text: String) -> [(String, Int)] {
        var tags: [(String, Int)] = []
        var from = text.startIndex
        while let open = text.range(of: "{{", range: from..<text.endIndex),
            let close = text.range(of: "}}", range: open.upperBound..<text.endIndex)
        {
            tags.append(
                (
                    String(text[open.upperBound..<close.lowerBound]),
                    text.distance(from: text.startIndex, to: open.lowerBound)
                ))
            from = close.upperBound
        }
        return tags
    }

    private func found(_ text: String) -> [(String, Int)] {
        MustacheTags.all(in: text).map { (String($0.inner), text.distance(from: text.startIndex, to: $0.start)) }
    }

    @Test(
        "the tags the search finds",
        arguments: [
            "", "plain", "{{a}}", "{{{a}}}", "{{#s}}x{{/s}}", "{{a}}b{{", "{{a", "}}{{b}}", "{{a}}}}", "{{{{a}}",
            "안녕 {{name}} 你好 {{ dotted.name }}", "{\u{301}{x}}", "{{\u{301}x}}", "{{x}\u{301}}", "{{x}}\u{301}}",
            "é{{é}}é", "👨‍👩‍👧{{family}}", "\r\n{{a}}\r\n",
        ])
    func examples(_ text: String) {
        #expect(found(text).map(\.0) == searched(text).map(\.0), "\(text.debugDescription)")
        #expect(found(text).map(\.1) == searched(text).map(\.1), "\(text.debugDescription)")
    }

    @Test("the tags the search finds, in texts made at random of braces, letters and combining marks")
    func random() {
        let pieces = ["{", "}", "{{", "}}", "a", ".", " ", "é", "e\u{301}", "\u{301}", "한", "中", "\u{200D}", "\n"]
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<5000 {
            let text = (0..<(next() % 16)).map { _ in pieces[next() % pieces.count] }.joined()
            #expect(found(text).map(\.0) == searched(text).map(\.0), "\(text.debugDescription)")
            #expect(found(text).map(\.1) == searched(text).map(\.1), "\(text.debugDescription)")
        }
    }
}
