import Foundation

/// Replacing a file in one step: the bytes go to a temporary file in the same folder, which is then renamed over
/// the file, so a reader sees the old file or the new one and never half of either.
enum AtomicFile {
    /// Why a write failed, in words. Nothing was written at the path: a file there is as it was, and the
    /// temporary file is gone.
    struct Failure: Error {
        let reason: String
    }

    /// Writes `bytes` to content file `path` atomically, keeping an existing file's permissions; a failure is a
    /// `contentEditFailed`.
    static func write(_ bytes: [UInt8], to path: String) throws(PhrasebookError) {
        do {
            try replace(path, with: bytes)
        } catch {
            throw .contentEditFailed(path: path, reason: error.reason)
        }
    }

    /// Writes `bytes` to `path` atomically, keeping an existing file's permissions.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).phrasebook-edit-\(ProcessInfo.processInfo.processIdentifier)"
            )
            .path
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
        do {
            try FileSystem.writeNew(bytes, to: temporary)
        } catch {
            if FileSystem.kind(temporary) == .file { unlink(temporary) }
            guard case .outputFailed(_, let reason) = error else { throw Failure(reason: "\(error)") }
            throw Failure(reason: "cannot create a temporary file beside it: \(reason)")
        }
        if let permissions { chmod(temporary, mode_t(permissions)) }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(reason: "cannot replace it: \(reason)")
        }
    }
}
