import Foundation

/// The SHA-256 of a file's bytes in hex: how an edit tells that a content file still holds what was loaded.
enum FileDigest {
    /// The digest of `bytes`.
    static func of<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        var hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.hex()
    }

    /// The digest of the UTF-8 of `pieces`, one after the other.
    static func of(_ pieces: [TextPiece]) -> String {
        var hasher = SHA256Hasher()
        for piece in pieces { piece.withUTF8 { hasher.update(UnsafeRawBufferPointer($0)) } }
        return hasher.hex()
    }

    /// The digest of a page whose situation bodies sit at `bodies` among its `pieces`, and `bodies` with their own
    /// digests: the SHA-256 of the page's UTF-8 with each body's bytes replaced by the byte FF (never in UTF-8)
    /// and the body's SHA-256 in hex. A body read back from the previous build comes with its SHA-256
    /// (``TextPiece/body(_:digest:)``) and is not hashed again. With no bodies, the digest of the pieces.
    static func of(_ pieces: [TextPiece], bodies: [BodySpan]) -> (page: String, bodies: [BodySpan]) {
        guard !bodies.isEmpty else { return (of(pieces), bodies) }
        var page = SHA256Hasher()
        var digested = bodies
        var next = 0
        var index = 0
        while index < pieces.count {
            guard next < bodies.count, bodies[next].pieces.lowerBound == index else {
                pieces[index].withUTF8 { page.update(UnsafeRawBufferPointer($0)) }
                index += 1
                continue
            }
            let span = bodies[next].pieces
            let digest: String
            if span.count == 1, case .body(_, let known) = pieces[index] {
                digest = known
            } else {
                digest = of(Array(pieces[span]))
            }
            digested[next].digest = digest
            page.update(bodyMark)
            page.update(digest)
            index = max(span.upperBound, index + 1)
            next += 1
        }
        return (page.hex(), digested)
    }

    /// What stands before a body's digest in its page's: the byte FF, never in UTF-8.
    private static let bodyMark: [UInt8] = [0xFF]

    /// The digest of the UTF-8 of `texts` joined by `separator`, the same as of `texts.joined(separator:)`,
    /// without joining them first (a page's key hashes a line for each situation it shows).
    static func of(_ texts: [String], separator: String) -> String {
        var hasher = SHA256Hasher()
        for (index, text) in texts.enumerated() {
            if index > 0 { hasher.update(separator) }
            hasher.update(text)
        }
        return hasher.hex()
    }
}
