import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder `phrasebook serve` builds its preview into: made new in the temporary folder
/// (`phrasebook-preview-XXXXXX`, by `mkdtemp`: a name known in advance could be a link planted to send the
/// preview's files elsewhere), and locked (`flock` on the folder itself) for as long as the serve that made it
/// runs. The system releases the lock when that process ends, however it ends, so a folder found unlocked was
/// left by a serve that did not stop cleanly (killed, or a second Ctrl-C during its first build):
/// ``removeLeftOver(in:)`` removes those.
public final class PreviewFolder: Sendable {
    /// What the folders' names start with; `mkdtemp` adds six characters.
    static let prefix = "phrasebook-preview-"

    /// The folder's path.
    public let path: String
    /// The open folder, locked while this object lives; `-1` where the file system has no locks (NFS): then no
    /// serve can lock it either, so none removes it.
    private let descriptor: Int32

    /// A new folder in `temporary`, locked. Throws the system's reason when it cannot be made.
    public init(in temporary: String) throws(PhrasebookError) {
        var template = Array((temporary + "/" + Self.prefix + "XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            throw .invalidOption("serve: cannot make a preview folder: \(String(cString: strerror(errno)))")
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Locked before anything is written into it: another serve looks at a folder's lock only when it is not
        // empty (or is old), so it can never take this one between its making and its locking.
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if folder >= 0, flock(folder, LOCK_EX) == 0 {
            descriptor = folder
        } else {
            if folder >= 0 { close(folder) }
            descriptor = -1
        }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Removes the preview folders in `temporary` that serves which did not stop cleanly left: each a real folder
    /// (not a link) of this user, named as ``PreviewFolder`` names them, not empty (or empty for more than a
    /// minute), and not locked by a running serve (it is locked while it is removed). Returns the paths removed, in
    /// name order.
    public static func removeLeftOver(in temporary: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.count == prefix.count + 6 }.sorted().compactMap { name in
            let path = temporary + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == geteuid()
            else { return nil }
            // An empty one may be another serve's, made but not yet locked: it is let be for a minute.
            #if canImport(Darwin)
                let modified = status.st_mtimespec.tv_sec
            #else
                let modified = status.st_mtim.tv_sec
            #endif
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path),
                !entries.isEmpty || time(nil) - modified > 60
            else { return nil }
            let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard folder >= 0 else { return nil }
            defer { close(folder) }
            var opened = stat()
            guard fstat(folder, &opened) == 0, opened.st_ino == status.st_ino, opened.st_uid == geteuid(),
                flock(folder, LOCK_EX | LOCK_NB) == 0
            else { return nil }
            return (try? FileManager.default.removeItem(atPath: path)) != nil ? path : nil
        }
    }
}
