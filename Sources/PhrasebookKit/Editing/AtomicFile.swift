import Foundation

/// Replacing a file in one step: the bytes go to a temporary file in the same folder, which is then renamed over
/// the file, so a reader sees the old file or the new one and never half of either. A file reached through a
/// symbolic link is replaced where it is (the link stays a link), with its permissions, owner and group; a file
/// nobody may write is refused.
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
    /// `PHRASEBOOK_FAULT=fail:content-N` fails the N-th rename (1-based), for tests; so does `beforeRename`
    /// throwing when called with N and the file's path.
    static func writeAll(
        _ changes: [Change], beforeRename: (Int, String) throws(Failure) -> Void = injectedFault
    ) throws(PhrasebookError) {
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
            do throws(Failure) {
                try beforeRename(index + 1, change.path)
                // Once more, just before: an editor's save since the caller compared the file is kept, not lost.
                let now = FileManager.default.contents(atPath: change.path).map { [UInt8]($0) }
                guard now == change.old else {
                    throw Failure(reason: "the file changed on disk meanwhile (saved in an editor?); run again")
                }
                try commit(temporaries[index], to: change.path)
            } catch {
                for temporary in temporaries[index...] { unlink(temporary) }
                let notPutBack = changes[..<index].filter { !putBack($0) }.map(\.path)
                let outcome =
                    notPutBack.isEmpty
                    ? "the files changed before it were put back"
                    : "the files changed before it could not all be put back; as edited still: "
                        + notPutBack.joined(separator: ", ")
                throw .contentEditFailed(path: change.path, reason: error.reason + "; " + outcome)
            }
        }
    }

    /// A temporary file beside `path` holding `bytes`, with the permissions of the file at `path` if there is one.
    /// Its name is new to every call (a random part beside the process id), so that two writes of one file, or a
    /// temporary file a killed run left, never meet; a file that was there is never removed.
    private static func prepare(_ path: String, with bytes: [UInt8]) throws(Failure) -> String {
        let url = URL(fileURLWithPath: target(path))
        var status = stat()
        let exists = stat(url.path, &status) == 0
        if exists, status.st_mode & 0o222 == 0 {
            throw Failure(reason: "it is read-only (nobody may write it): make it writable to edit it")
        }
        let unique = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).phrasebook-edit-\(ProcessInfo.processInfo.processIdentifier)-\(unique)"
            )
            .path
        do {
            try FileSystem.writeNew(bytes, to: temporary)
        } catch {
            guard case .outputFailed(_, let reason) = error else { throw Failure(reason: "\(error)") }
            throw Failure(reason: "cannot create a temporary file beside it: \(reason)")
        }
        if exists {
            chmod(temporary, status.st_mode & 0o7777)
            _ = chown(temporary, status.st_uid, status.st_gid)  // kept where the system lets us
        }
        return temporary
    }

    /// The file `path` names: the end of its symbolic links (a link's own folder holds the link, not the file).
    private static func target(_ path: String) -> String {
        FileSystem.kind(path) == .other ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
    }

    /// Gives the file of `change` its old bytes back (removes it when it is new); whether that worked.
    private static func putBack(_ change: Change) -> Bool {
        guard let old = change.old else { return unlink(change.path) == 0 || errno == ENOENT }
        do {
            try replace(change.path, with: old)
            return true
        } catch {
            return false
        }
    }

    /// Renames `temporary` over `path`; removes it when that fails.
    private static func commit(_ temporary: String, to path: String) throws(Failure) {
        guard rename(temporary, target(path)) == 0 else {
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
