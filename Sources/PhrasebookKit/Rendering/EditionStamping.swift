import Foundation

/// A sink that stamps each file before handing it on: where the renderers wrote ``Edition/placeholder``, the
/// first eight hex digits of the SHA-256 of the file as rendered (placeholder included; in a handbook, of the file
/// with each situation body taken by its own SHA-256, ``FileDigest/of(_:bodies:)``). A file's stamp thus changes
/// exactly when its bytes do, and a page whose content did not change is the same file as before.
struct EditionStamping: FileSink {
    /// Where the stamped files go.
    let sink: any FileSink

    func accept(_ file: OutputFile) throws(PhrasebookError) {
        try sink.accept(Self.stamped(file))
    }

    func accept(_ file: OutputFile, inputs: String) throws(PhrasebookError) {
        try sink.accept(Self.stamped(file), inputs: inputs)
    }

    /// A page kept unchanged keeps its stamp: the same inputs made the same bytes.
    func keepUnchanged(_ path: String, inputs: String) throws(PhrasebookError) -> Bool {
        try sink.keepUnchanged(path, inputs: inputs)
    }

    /// `file` with its placeholders stamped. Its digest is known without hashing it again: the digest of the
    /// bytes before stamping names the stamped bytes too, since those follow from them (``OutputFile/knownDigest``).
    /// A page with situation bodies has the digest that takes each body by its own SHA-256, and the bodies know
    /// theirs (``FileDigest/of(_:bodies:)``).
    private static func stamped(_ file: OutputFile) -> OutputFile {
        guard file.binary == nil, let made = stamp(file.pieces, bodies: file.bodies) else { return file }
        var stamped = file
        stamped.pieces = made.pieces
        stamped.bodies = made.bodies
        // The mark names the digest's form: a digest of another form needs another mark.
        let form =
            switch (made.stamped, made.bodies.isEmpty) {
            case (true, true): "unstamped:"
            case (true, false): "unstamped-bodies:"
            case (false, _): "bodies:"
            }
        stamped.knownDigest = form + made.digest
        return stamped
    }

    /// The text `pieces` make, one after the other, with every placeholder outside the situation `bodies` replaced
    /// by the first eight hex digits of the page's digest (``FileDigest/of(_:bodies:)``: the SHA-256 of the text
    /// as rendered, each body taken by its own SHA-256); where the bodies then sit, with their digests; the
    /// digest; and whether a placeholder was stamped. `nil` for a text with neither placeholders nor bodies. The
    /// text is not copied: the stamped text is the pieces cut at the placeholders, with the stamp between them.
    /// Bodies are not looked into: a template renders them without the edition (Templates.md).
    static func stamp(_ pieces: [TextPiece], bodies: [BodySpan] = []) -> (
        pieces: [TextPiece], bodies: [BodySpan], digest: String, stamped: Bool
    )? {
        var cuts: [[Range<Int>]] = []
        cuts.reserveCapacity(pieces.count)
        var body = 0
        for (index, piece) in pieces.enumerated() {
            if body < bodies.count, bodies[body].pieces.contains(index) {
                cuts.append([])
                if index == bodies[body].pieces.upperBound - 1 { body += 1 }
                continue
            }
            let endsText =
                index == pieces.count - 1 || (body < bodies.count && bodies[body].pieces.lowerBound == index + 1)
            guard let found = piece.withUTF8({ placeholders(in: $0, endingText: endsText) }) else {
                // A placeholder may run from this piece into the next: stamp the text as one piece.
                return stamp([.text(pieces.joinedText[...])])
            }
            cuts.append(found)
        }
        let stamps = cuts.contains { !$0.isEmpty }
        guard stamps || !bodies.isEmpty else { return nil }
        let (digest, digested) = FileDigest.of(pieces, bodies: bodies)
        guard stamps else { return (pieces, digested, digest, false) }
        let stamp = TextPiece.text(digest.prefix(8))
        var stamped: [TextPiece] = []
        stamped.reserveCapacity(pieces.count + 2)
        // Where each piece's text starts among the stamped pieces, to move the bodies' ranges.
        var starts: [Int] = []
        starts.reserveCapacity(pieces.count + 1)
        for (piece, found) in zip(pieces, cuts) {
            starts.append(stamped.count)
            stamped += found.isEmpty ? [piece] : piece.pieces(replacing: found) { _ in [stamp] }
        }
        starts.append(stamped.count)
        let moved = digested.map {
            BodySpan(pieces: starts[$0.pieces.lowerBound]..<starts[$0.pieces.upperBound], digest: $0.digest)
        }
        return (stamped, moved, digest, true)
    }

    /// Where the placeholders are in `bytes`; `nil` when its end may hold the start of one that goes on in what
    /// follows (unless `bytes` ends the text).
    private static func placeholders(in bytes: UnsafeBufferPointer<UInt8>, endingText: Bool) -> [Range<Int>]? {
        var found: [Range<Int>] = []
        var start = 0
        while let at = lead.withUnsafeBufferPointer({ ByteSearch.find($0, in: bytes, from: start) }) {
            if at + marker.count <= bytes.count, bytes[at..<(at + marker.count)].elementsEqual(marker) {
                found.append(at..<(at + marker.count))
                start = at + marker.count
            } else if !endingText, at + marker.count > bytes.count,
                bytes[at...].elementsEqual(marker.prefix(bytes.count - at))
            {
                return nil
            } else {
                start = at + 1
            }
        }
        return found
    }

    /// The UTF-8 of the placeholder, and of its first character.
    private static let marker = Array(Edition.placeholder.utf8)
    private static let lead = Array(marker.prefix(3))
}
