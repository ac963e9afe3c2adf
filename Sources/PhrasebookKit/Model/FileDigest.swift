import Crypto
import Foundation

/// The SHA-256 of a file's bytes in hex: how an edit tells that a content file still holds what was loaded.
enum FileDigest {
    /// The digest of `bytes`.
    static func of<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The digest of the UTF-8 of `pieces`, one after the other.
    static func of(_ pieces: [Substring]) -> String {
        var hasher = SHA256()
        for var piece in pieces { piece.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) } }
        return hex(hasher.finalize())
    }

    /// The digest's bytes as lowercase hex, written straight into the text's storage (every page's key and every
    /// body's place is one: a per-byte string each would cost more than the hashing).
    private static func hex(_ digest: SHA256.Digest) -> String {
        String(unsafeUninitializedCapacity: SHA256.byteCount * 2) { buffer in
            for (index, byte) in digest.enumerated() {
                buffer[2 * index] = digits[Int(byte >> 4)]
                buffer[2 * index + 1] = digits[Int(byte & 0x0F)]
            }
            return SHA256.byteCount * 2
        }
    }

    /// The UTF-8 of the hex digits.
    private static let digits = Array("0123456789abcdef".utf8)
}
