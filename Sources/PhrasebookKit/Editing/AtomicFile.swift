import Foundation

/// Replacing a file in one step: the bytes go to a temporary file in the same folder, which is then renamed over
/// the file, so a reader sees the old file or the new one and never half of either.
enum AtomicFile {
    /// Writes `bytes` to `path` atomically, keeping an existing file's permissions.
    static func write(_ bytes: [UInt8], to path: String) throws(PhrasebookError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).phrasebook-edit-\(ProcessInfo.processInfo.processIdentifier)"
            )
            .path
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions]
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(bytes),
                attributes: permissions.map { [.posixPermissions: $0] })
        else {
            throw .contentEditFailed(path: path, reason: "cannot create a temporary file beside it")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .contentEditFailed(path: path, reason: "cannot replace it: \(reason)")
        }
    }
}
