import Foundation

/// Replacing a file in one step: the bytes go to a temporary file in the same folder, which is then renamed over
/// the file, so a reader sees the old file or the new one and never half of either.
enum AtomicFile {
    /// Why a write failed, in words. Nothing was written at the path: a file there is as it was, and the
    /// temporary file is gone.
    struct Failure: Error {
        let reason: String
    }

    /// Writes `bytes` to `path` atomically, keeping an existing file's permissions.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        try commit(try prepare(path, with: bytes), to: path)
    }

    /// One file of ``writeAll(_:)``: its path, the bytes it holds now (`nil` when it does not exist yet) and the
    /// bytes to write.
    struct Change {
        var path: String
        var old: [UInt8]?
        var new: [UInt8]
    }

    /// Writes several content files as one: every file's new bytes go to a temporary file beside it first (a
    /// failure there removes them all and writes nothing), then each temporary file is renamed over its file, in
    /// order; when a rename fails, the files already replaced get their old bytes back (a new one is removed).
    /// `PHRASEBOOK_FAULT=fail:content-N` fails the N-th rename (1-based), for tests.
    static func writeAll(_ changes: [Change]) throws(PhrasebookError) {
        var temporaries: [String] = []
        for change in changes {
            do {
                temporaries.append(try prepare(change.path, with: change.new))
            } catch {
                for temporary in temporaries { unlink(temporary) }
                throw .contentEditFailed(path: change.path, reason: error.reason + "; no file was changed")
            }
        }
        for (index, change) in changes.enumerated() {
            do {
                try injectedFault(at: index + 1, path: change.path)
                try commit(temporaries[index], to: change.path)
            } catch {
                for temporary in temporaries[index...] { unlink(temporary) }
                for done in changes[..<index] {
                    if let old = done.old { try? replace(done.path, with: old) } else { unlink(done.path) }
                }
                throw .contentEditFailed(
                    path: change.path, reason: error.reason + "; the files changed before it were put back")
            }
        }
    }

    /// A temporary file beside `path` holding `bytes`, with the permissions of the file at `path` if there is one.
    private static func prepare(_ path: String, with bytes: [UInt8]) throws(Failure) -> String {
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
        return temporary
    }

    /// Renames `temporary` over `path`; removes it when that fails.
    private static func commit(_ temporary: String, to path: String) throws(Failure) {
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(reason: "cannot replace it: \(reason)")
        }
    }

    /// Fails the `number`-th rename of ``writeAll(_:)`` when `PHRASEBOOK_FAULT=fail:content-<number>`.
    private static func injectedFault(at number: Int, path: String) throws(Failure) {
        do {
            try FaultInjection.environment?.reach("content-\(number)", in: path)
        } catch {
            throw Failure(reason: "\(error)")
        }
    }
}
