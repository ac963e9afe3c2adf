import CLibCrypto
import Foundation

/// SHA-256 by the system's libcrypto (OpenSSL, Debian's `libssl-dev`), fed in pieces: what names every content
/// file, page, body place and reviewed rendering. The digest comes out as lowercase hex, the only form the build
/// keeps.
struct SHA256Hasher {
    /// The bytes in a digest.
    static let byteCount = Int(SHA256_DIGEST_LENGTH)

    private var context = SHA256_CTX()

    /// A hasher that has read nothing.
    init() {
        SHA256_Init(&context)
    }

    /// Reads `bytes` after what it has read.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress else { return }
        SHA256_Update(&context, start, bytes.count)
    }

    /// Reads `bytes` (contiguous or not) after what it has read.
    mutating func update<Bytes: DataProtocol>(_ bytes: Bytes) {
        for region in bytes.regions { region.withUnsafeBytes { update($0) } }
    }

    /// Reads the UTF-8 of `text` after what it has read.
    mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// The hex of the first `count` bytes of the digest of everything read. Ends the hasher: read nothing more.
    mutating func hex(prefix count: Int = byteCount) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.byteCount) { digest in
            SHA256_Final(digest.baseAddress, &context)
            return LowercaseHex.string(digest, count: min(count, Self.byteCount))
        }
    }
}
