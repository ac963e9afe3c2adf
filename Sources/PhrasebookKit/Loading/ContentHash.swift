import Crypto
import Foundation

/// The hash that tells two contents apart on every output: the first 8 hex digits of the SHA-256 of every
/// content file's path (relative to the content folder) and bytes, in the order the loader reads them.
/// Any change to any file (a comma, a new situation, a renamed file) gives another hash; the same files give
/// the same hash on every machine.
enum ContentHash {
    /// The hash of `files`, each a path under `folder`.
    static func of(_ files: [String], in folder: String) throws(PhrasebookError) -> String {
        var hasher = SHA256()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .unreadableFile(path: file, reason: "permission denied or not a file")
            }
            let relative = file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : file
            hasher.update(data: Array(relative.utf8) + [0] + Array(String(data.count).utf8) + [0])
            hasher.update(data: data)
        }
        return hasher.finalize().prefix(4).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
