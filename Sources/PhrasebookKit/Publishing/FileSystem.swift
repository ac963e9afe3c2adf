import CFileSystem
import Foundation

/// The file-system steps the publisher is made of, none of which follows a symbolic link: what a path is (by
/// `lstat`), one-step renames and swaps, flushing a folder's entries to disk, and removing a tree.
enum FileSystem {
    /// What a path names, without following a link.
    enum Kind: Equatable {
        case missing, file, folder
        /// A symbolic link, FIFO, socket or device: never something the tool made.
        case other
    }

    /// What `path` names; with `following`, what a link there leads to (`.missing` for a link to nothing).
    static func kind(_ path: String, following: Bool = false) -> Kind {
        var status = stat()
        guard (following ? stat(path, &status) : lstat(path, &status)) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The inode number of `path` (not following a link), or `nil` when it does not exist.
    static func inode(_ path: String) -> UInt64? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return UInt64(status.st_ino)
    }

    /// The names in folder `path` (not following a link to it), sorted; none when it is not a folder.
    static func names(in path: String) -> [String] {
        entries(in: path).map(\.name)
    }

    /// The entries of folder `path` (not following a link to it) with what each is, sorted by name; none when it
    /// is not a folder. What an entry is comes from the folder's own record of it where the file system keeps one
    /// (`d_type`), else from `lstat`: a folder of a thousand pages is listed without a thousand `lstat` calls (the
    /// output's ownership is checked this way several times a build).
    static func entries(in path: String) -> [(name: String, kind: Kind)] {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            return []
        }
        defer { closedir(folder) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != ".." else { continue }
            let kind: Kind =
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): .file
                case Int32(DT_DIR): .folder
                case Int32(DT_UNKNOWN): Self.kind(path + "/" + name)
                default: .other
                }
            entries.append((name, kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// Swaps `staged` and `current` so that `current` holds what was staged and `staged` what was current. One
    /// step where the file system can swap; otherwise three renames, which `CommitJournal.rollBack` also undoes.
    static func exchange(_ staged: String, _ current: String) throws(PhrasebookError) {
        if phrasebook_exchange(staged, current) == 0 { return }
        let failure = errno
        guard failure == EINVAL || failure == ENOTSUP || failure == ENOSYS || failure == EOPNOTSUPP else {
            throw .outputFailed(path: current, reason: String(cString: strerror(failure)))
        }
        let previous = staged + ".previous"
        try rename(current, previous)
        try rename(staged, current)
        try rename(previous, staged)
    }

    /// Renames `source` to `destination`, refusing to replace anything there.
    static func moveNoReplace(_ source: String, _ destination: String) throws(PhrasebookError) {
        if phrasebook_rename_noreplace(source, destination) == 0 { return }
        let failure = errno
        guard failure == EINVAL || failure == ENOTSUP || failure == ENOSYS || failure == EOPNOTSUPP else {
            throw .outputFailed(path: destination, reason: String(cString: strerror(failure)))
        }
        guard kind(destination) == .missing else {
            throw .outputFailed(path: destination, reason: String(cString: strerror(EEXIST)))
        }
        try rename(source, destination)
    }

    /// POSIX rename: one step, replaces a file of the same kind.
    static func rename(_ source: String, _ destination: String) throws(PhrasebookError) {
        if Foundation.rename(source, destination) != 0 {
            throw .outputFailed(path: destination, reason: String(cString: strerror(errno)))
        }
    }

    /// Flushes the entries of folder `path` (renames, new and removed names) to the disk.
    static func sync(folder path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Removes `path` and, when it is a folder, everything in it; a link is removed, never followed.
    static func removeTree(_ path: String) {
        if kind(path) == .folder {
            for name in names(in: path) { removeTree(path + "/" + name) }
            _ = rmdir(path)
        } else {
            _ = unlink(path)
        }
    }

    /// Writes `bytes` to a new file at `path` (refusing to follow a link or reuse a file there) and flushes them.
    /// When the bytes cannot all be written, the file it made is removed; a file that was there is never touched.
    static func writeNew(_ bytes: some Collection<UInt8>, to path: String) throws(PhrasebookError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outputFailed(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let data = Array(bytes)
        var offset = 0
        var failure: Int32?
        while failure == nil, offset < data.count {
            let count = data.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress! + offset, data.count - offset)
            }
            if count < 0 { failure = errno } else { offset += count }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if let failure {
            unlink(path)
            throw .outputFailed(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// The bytes of regular file `path`, read without following a link; `nil` when it is missing or not a file.
    static func read(_ path: String) -> Data? {
        try? contents(of: path)
    }

    /// The bytes of regular file `path`, read without following a link; `unreadableFile` with the reason of the
    /// step that failed (opening it, or reading it: a folder opens, and its read fails) when it cannot be read.
    static func contents(of path: String) throws(PhrasebookError) -> Data {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadableFile(path: path, reason: posixReason(error))
        }
    }

    /// The POSIX reason inside Foundation's error: a failed read comes wrapped in a Cocoa error.
    private static func posixReason(_ error: Error) -> String {
        var error = error as NSError
        while error.domain != NSPOSIXErrorDomain, let inner = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            error = inner
        }
        guard error.domain == NSPOSIXErrorDomain else { return error.localizedDescription }
        return String(cString: strerror(Int32(error.code)))
    }
}
