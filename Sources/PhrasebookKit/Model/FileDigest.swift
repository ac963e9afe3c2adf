import Crypto
import Foundation

/// The SHA-256 of a file's bytes in hex: how an edit tells that a content file still holds what was loaded.
enum FileDigest {
    /// The digest of `bytes`.
    static func of<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The digest of the UTF-8 of `pieces`, one after the other.
    static func of(_ pieces: [TextPiece]) -> String {
        var hasher = SHA256()
        for piece in pieces { piece.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) } }
        return hex(hasher.finalize())
    }

    /// The digest of the UTF-8 of `texts` joined by `separator`, the same as of `texts.joined(separator:)`,
    /// without joining them first (a page's key hashes a line for each situation it shows).
    static func of(_ texts: [String], separator: String) -> String {
        var hasher = SHA256()
        var separator = separator
        separator.withUTF8 { separator in
            for (index, var text) in texts.enumerated() {
                if index > 0 { hasher.update(bufferPointer: UnsafeRawBufferPointer(separator)) }
                text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            }
        }
        return hex(hasher.finalize())
    }

    /// The digest's bytes as lowercase hex.
    private static func hex(_ digest: SHA256.Digest) -> String {
        LowercaseHex.string(digest, count: SHA256.byteCount)
    }
}
