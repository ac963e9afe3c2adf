/// Where a situation body sits among a handbook's pieces (``OutputFile/pieces``), and the SHA-256 of its bytes in
/// hex once known. A page's digest takes each body by its own SHA-256 (``FileDigest/of(_:bodies:)``), so that a
/// build hashes only the bodies it rendered: the ones it read back from the previous build's pages come with the
/// SHA-256 that build recorded (``TextPiece/body(_:digest:)``, ``FragmentIndex``).
struct BodySpan: Equatable, Sendable {
    /// The body's pieces: a range of the page's.
    var pieces: Range<Int>
    /// The SHA-256 of the body's bytes, in hex; `nil` until the page is digested.
    var digest: String? = nil

    /// The spans of `bodies`, each given as its pieces, when they are put one after the other into a page at
    /// `starts` (the index of each body's first piece in the page's pieces).
    static func spans(of bodies: [[TextPiece]], at starts: [Int]) -> [BodySpan] {
        zip(bodies, starts).map { body, start in BodySpan(pieces: start..<(start + body.count)) }
    }

    /// The byte length and digest of each of `bodies` whose digest is known, by the offset of its first byte in the
    /// text of `pieces`.
    static func digests(_ bodies: [BodySpan], in pieces: [TextPiece]) -> [Int: (length: Int, digest: String)] {
        guard !bodies.isEmpty else { return [:] }
        var offsets: [Int] = []
        offsets.reserveCapacity(pieces.count + 1)
        var offset = 0
        for piece in pieces {
            offsets.append(offset)
            offset += piece.utf8Count
        }
        offsets.append(offset)
        var found: [Int: (length: Int, digest: String)] = [:]
        for body in bodies {
            guard let digest = body.digest else { continue }
            let start = offsets[body.pieces.lowerBound]
            found[start] = (offsets[body.pieces.upperBound] - start, digest)
        }
        return found
    }
}
