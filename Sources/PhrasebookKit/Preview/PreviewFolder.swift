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
    /// The open folder, locked while this object lives.
    private let descriptor: Int32

    /// A new folder in `temporary`, locked. Throws the system's reason when it cannot be made.
    public init(in temporary: String) throws(PhrasebookError) {
        var template = Array((temporary + "/" + Self.prefix + "XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            throw .invalidOption("serve: cannot make a preview folder: \(String(cString: strerror(errno)))")
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Locked before anything is written into it: another serve removes only folders that are unlocked and not
        // empty, so it can never take this one between its making and its locking.
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = String(cString: strerror(errno))
            if descriptor >= 0 { close(descriptor) }
            rmdir(path)
            throw .invalidOption("serve: cannot lock the preview folder \(path): \(reason)")
        }
    }

    deinit { close(descriptor) }

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
            let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard folder >= 0 else { return nil }
            defer { close(folder) }
            // An empty one may be another serve's, made but not yet locked; after a minute it is not.
            let age = time(nil) - status.st_mtim.tv_sec
            guard flock(folder, LOCK_EX | LOCK_NB) == 0,
                let entries = try? FileManager.default.contentsOfDirectory(atPath: path), !entries.isEmpty || age > 60
            else { return nil }
            return (try? FileManager.default.removeItem(atPath: path)) != nil ? path : nil
        }
    }
}
