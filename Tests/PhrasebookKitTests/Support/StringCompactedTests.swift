import BookSynth
import Testing

@testable import PhrasebookKit

/// `String.compacted`: the text a fragment keeps, copied into storage of its own size.
@Suite("Compacted texts")
struct StringCompactedTests {
    @Test("A text built by appending, compacted, is the same text, byte for byte")
    func sameText() {
        // A noncharacter, as the handbook splice's markers are (a literal may not hold one).
        let marker = String(Unicode.Scalar(UInt32(0xFDD8))!)
        let pool = ["", "a", "<li class=\"phrase\">", "한국어", "退款", "\u{0301}", "🙂", "\n", "&amp;", marker]
        var random = SplitMix64(seed: 2026_12_03)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...200, using: &random) { text += pool.randomElement(using: &random)! }
            let compacted = text.compacted
            #expect(compacted == text)
            #expect(Array(compacted.utf8) == Array(text.utf8))
            #expect(compacted.unicodeScalars.count == text.unicodeScalars.count)
        }
    }
}
