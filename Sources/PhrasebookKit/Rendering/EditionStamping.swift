import Foundation

/// A sink that stamps each file before handing it on: where the renderers wrote ``Edition/placeholder``, the
/// first eight hex digits of the SHA-256 of the file as rendered (placeholder included). A file's stamp thus
/// changes exactly when its bytes do, and a page whose content did not change is the same file as before.
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

    /// `file` with its placeholders stamped. Its digest is known without hashing it again: the SHA-256 of the
    /// bytes before stamping names the stamped bytes too, since those follow from them
    /// (``OutputFile/knownDigest``).
    private static func stamped(_ file: OutputFile) -> OutputFile {
        guard file.binary == nil, let (pieces, digest) = stamp(file.pieces) else { return file }
        var stamped = file
        stamped.pieces = pieces
        // The mark names the stamp's form too: a stamp of another form would need another mark.
        stamped.knownDigest = "unstamped:" + digest
        return stamped
    }

    /// The text `pieces` make, one after the other, with every placeholder replaced by the first eight hex digits
    /// of that text's SHA-256, and that SHA-256 in full; `nil` when it has none. The text is not copied: the
    /// stamped text is the pieces cut at the placeholders, with the stamp between them.
    static func stamp(_ pieces: [TextPiece]) -> (pieces: [TextPiece], digest: String)? {
        var cuts: [[Range<Int>]] = []
        for (index, piece) in pieces.enumerated() {
            let last = index == pieces.count - 1
            guard let found = piece.withUTF8({ placeholders(in: $0, endingText: last) }) else {
                // A placeholder may run from this piece into the next: stamp the text as one piece.
                return stamp([.text(pieces.joinedText[...])])
            }
            cuts.append(found)
        }
        guard cuts.contains(where: { !$0.isEmpty }) else { return nil }
        let digest = FileDigest.of(pieces)
        let stamp = TextPiece.text(digest.prefix(8))
        let stamped = zip(pieces, cuts).flatMap { piece, placeholders in
            piece.pieces(replacing: placeholders) { _ in [stamp] }
        }
        return (stamped, digest)
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
