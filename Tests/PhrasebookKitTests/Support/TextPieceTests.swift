import BookSynth
import Testing

@testable import PhrasebookKit

/// A piece of a file's text holds text or bytes read back; either way it is the same UTF-8.
struct TextPieceTests {
    private static let texts = ["", "a", "한국어", "退款 refund", "e\u{301}", "<p>ㅎ</p>\n"]

    @Test("a piece of bytes is equal to, hashes as, and reads as the text it holds", arguments: texts)
    func bytesAsText(_ text: String) {
        let bytes = TextPiece.bytes(ArraySlice(text.utf8))
        let piece = TextPiece.text(text[...])
        #expect(bytes == piece)
        #expect(bytes.hashValue == piece.hashValue)
        #expect(bytes.text == text[...])
        #expect(bytes.utf8Count == text.utf8.count)
        #expect(bytes.isEmpty == text.isEmpty)
        #expect(bytes != TextPiece.text((text + "x")[...]))
    }

    @Test("cut at ranges, a piece of bytes gives the same pieces as the same text, a slice of a larger text too")
    func cutsLikeText() {
        var random = SplitMix64(seed: 2026_12_03)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in Self.texts.randomElement(using: &random)!
            }
            .joined()
            let outer = "前" + text + "后"
            let inner = outer.utf8.index(after: outer.utf8.index(outer.utf8.startIndex, offsetBy: 2))
            let sliced = outer[inner..<outer.utf8.index(inner, offsetBy: text.utf8.count)]
            #expect(sliced == text[...])
            // Ranges at scalar boundaries, in order and apart.
            let boundaries = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) }
            let chosen = Array(Set(boundaries + [text.utf8.count]).shuffled(using: &random).prefix(4)).sorted()
            let ranges = stride(from: 0, to: chosen.count - 1, by: 2).map { chosen[$0]..<chosen[$0 + 1] }
            let fromText = TextPiece.text(sliced).pieces(replacing: ranges) { [.text("[\($0)]")] }
            let fromBytes = TextPiece.bytes(ArraySlice(Array(outer.utf8))[3..<(3 + text.utf8.count)])
                .pieces(replacing: ranges) { [.text("[\($0)]")] }
            #expect(fromText == fromBytes, "\(text) \(ranges)")
            #expect(fromText.joinedText == fromBytes.joinedText)
            #expect(!fromBytes.contains { $0.isEmpty }, "empty slices left out")
            var expected = text
            for (index, range) in ranges.enumerated().reversed() {
                let utf8 = expected.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                expected.replaceSubrange(start..<utf8.index(start, offsetBy: range.count), with: "[\(index)]")
            }
            #expect(fromBytes.joinedText == expected)
        }
    }
}
