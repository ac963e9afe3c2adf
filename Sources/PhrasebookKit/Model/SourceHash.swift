/// The `source-hash` of a rendering: the first 8 hex digits of the SHA-256 of the folded source text it was
/// reviewed against. A rendering whose hash differs from the current source's is stale.
public enum SourceHash {
    /// The hash of a (folded) source text. Hashes the text's bytes where they are and writes the hex straight
    /// into the result: every rendering's status asks for its source's hash, and the check of a large book asks
    /// tens of thousands of times.
    public static func of(_ sourceText: String) -> String {
        var hasher = SHA256Hasher()
        hasher.update(sourceText)
        return hasher.hex(prefix: 4)
    }
}
