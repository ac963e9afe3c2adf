import Crypto

/// The `source-hash` of a rendering: the first 8 hex digits of the SHA-256 of the folded source text it was
/// reviewed against. A rendering whose hash differs from the current source's is stale.
public enum SourceHash {
    /// The hash of a (folded) source text.
    public static func of(_ sourceText: String) -> String {
        let digest = SHA256.hash(data: Array(sourceText.utf8))
        return digest.prefix(4).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
