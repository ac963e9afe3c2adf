import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Blanks trimmed as Foundation trims whitespaces")
struct TrimmingBlanksTests {
    /// Every space of general category Zs, the tab, and what is not trimmed though it looks blank: line breaks,
    /// zero-width characters, a combining mark, ideographs and an emoji beyond the BMP.
    private static let pieces: [String] = [
        " ", "\t", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}",
        "\n", "\r\n", "\u{85}", "\u{2028}", "\u{200B}", "\u{FEFF}", "\u{301}", "a", "phrase", "订单", "고객님",
        "👨\u{200D}👩", "{{", "}}",
    ]

    @Test("Each scalar counts as blank exactly when CharacterSet.whitespaces holds it, U+200B included")
    func blanksAreWhitespaces() {
        let differing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            $0.isBlank != CharacterSet.whitespaces.contains($0)
        }
        #expect(differing == [])
        #expect(Unicode.Scalar(0x200B)!.isBlank)
    }

    @Test("Texts of blanks, marks, breaks and words trim to what trimmingCharacters(in: .whitespaces) returns")
    func sameAsFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator)!
            }.joined()
            let expected = text.trimmingCharacters(in: .whitespaces)
            // Compared scalar by scalar: String equality is canonical and would hide a difference of marks.
            #expect(
                Array(text.trimmingBlanks().unicodeScalars) == Array(expected.unicodeScalars),
                "\(text.debugDescription)")
            let inner = text.dropFirst(min(1, text.count))
            #expect(
                Array(inner.trimmingBlanks().unicodeScalars)
                    == Array(inner.trimmingCharacters(in: .whitespaces).unicodeScalars))
        }
    }
}
