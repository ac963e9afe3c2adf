/// The hash that tells two contents apart: the first 8 hex digits of the SHA-256 of every content file's path
/// (relative to the content folder) and the SHA-256 of its bytes (as the loader read them), in the order the
/// loader reads them. Any change to any file (a comma, a new situation, a renamed file) gives another hash; the
/// same files give the same hash on every machine.
enum ContentHash {
    /// The hash of `files`, each a path under `folder`, whose bytes have the SHA-256 `digests` (in hex, by path).
    static func of(_ files: [String], in folder: String, digests: [String: String]) -> String {
        var hasher = SHA256Hasher()
        for file in files {
            let relative = file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : file
            hasher.update(relative + "\0" + (digests[file] ?? "") + "\0")
        }
        return hasher.hex(prefix: 4)
    }
}
