import Crypto
import Foundation

/// The hash that tells two contents apart: the first 8 hex digits of the SHA-256 of every content file's path
/// (relative to the content folder) and the SHA-256 of its bytes (as the loader read them), in the order the
/// loader reads them. Any change to any file (a comma, a new situation, a renamed file) gives another hash; the
/// same files give the same hash on every machine.
enum ContentHash {
    /// The hash of `files`, each a path under `folder`, whose bytes have the SHA-256 `digests` (in hex, by path).
    static func of(_ files: [String], in folder: String, digests: [String: String]) -> String {
        var hasher = SHA256()
        for file in files {
            let relative = file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : file
            hasher.update(data: Array(relative.utf8) + [0] + Array((digests[file] ?? "").utf8) + [0])
        }
        return hasher.finalize().prefix(4).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
