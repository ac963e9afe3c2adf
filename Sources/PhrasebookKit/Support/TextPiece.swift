/// A piece of a file's text as it is written (``OutputFile/pieces``): text this build made, or the UTF-8 of a
/// situation body read back from the previous build's page (``PreviousPages``), kept as the bytes it was read as.
/// That build wrote those bytes from text, so they are not checked as UTF-8 again: checking them took 6 to 7 % of
/// a one-phrase edit's time at 10,000 phrases (Documentation/Performance.md).
///
/// Two pieces are equal when their bytes are, whichever way they hold them.
enum TextPiece: Sendable, ExpressibleByStringLiteral {
    /// Text.
    case text(Substring)
    /// UTF-8 read back as it was written.
    case bytes(ArraySlice<UInt8>)
    /// A situation body read back whole from the previous build's page, with the SHA-256 of its bytes (in hex)
    /// that build recorded (``FragmentIndex``): a page's digest takes it without hashing it again
    /// (``FileDigest/of(_:bodies:)``).
    case body(ArraySlice<UInt8>, digest: String)

    /// A piece of text.
    init(stringLiteral value: String) {
        self = .text(value[...])
    }

    /// Gives `body` the piece's UTF-8.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch self {
        case .text(var text): try text.withUTF8(body)
        case .bytes(let bytes), .body(let bytes, _): try bytes.withUnsafeBufferPointer(body)
        }
    }

    /// The length of the piece's UTF-8.
    var utf8Count: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .bytes(let bytes), .body(let bytes, _): bytes.count
        }
    }

    /// Whether the piece holds nothing.
    var isEmpty: Bool { utf8Count == 0 }

    /// The piece as text (bytes read back are decoded, and so checked, here).
    var text: Substring {
        switch self {
        case .text(let text): text
        case .bytes(let bytes), .body(let bytes, _): String(decoding: bytes, as: UTF8.self)[...]
        }
    }

    /// This piece as pieces with each of `ranges` replaced by the pieces `replacement(index)` returns: the piece
    /// between the ranges as slices of it, nothing copied; empty slices left out. `ranges` are UTF-8 offsets into
    /// this piece, in order, apart, each starting and ending on a scalar boundary.
    func pieces(replacing ranges: [Range<Int>], with replacement: (Int) -> [TextPiece]) -> [TextPiece] {
        var pieces: [TextPiece] = []
        pieces.reserveCapacity(2 * ranges.count + 1)
        var position = 0
        for (index, range) in ranges.enumerated() {
            if range.lowerBound > position { pieces.append(slice(position..<range.lowerBound)) }
            pieces += replacement(index)
            position = range.upperBound
        }
        if position < utf8Count { pieces.append(slice(position..<utf8Count)) }
        return pieces
    }

    /// The piece's UTF-8 at `range` (offsets), as a piece of the same kind.
    private func slice(_ range: Range<Int>) -> TextPiece {
        switch self {
        case .text(let text):
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return .text(Substring(utf8[start..<utf8.index(start, offsetBy: range.count)]))
        case .bytes(let bytes), .body(let bytes, _):
            return .bytes(bytes[(bytes.startIndex + range.lowerBound)..<(bytes.startIndex + range.upperBound)])
        }
    }
}

extension TextPiece: Hashable {
    static func == (lhs: TextPiece, rhs: TextPiece) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension [TextPiece] {
    /// The pieces as one text (a piece of text as it is, without joining, when it is the only one).
    var joinedText: String {
        if count == 1, case .text(let text) = self[0] { return String(text) }
        var joined = ""
        joined.reserveCapacity(reduce(0) { $0 + $1.utf8Count })
        for piece in self {
            switch piece {
            case .text(let text): joined += text
            case .bytes(let bytes), .body(let bytes, _): joined += String(decoding: bytes, as: UTF8.self)
            }
        }
        return joined
    }
}
