import Crypto
import Foundation

/// The SHA-256 of a file's bytes in hex: how an edit tells that a content file still holds what was loaded.
enum FileDigest {
    /// The digest of `bytes`.
    static func of<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
