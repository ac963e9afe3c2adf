import Foundation

/// What `lstat` says of a file, enough to tell cheaply that it was not changed: its size, its modification and
/// status-change times in nanoseconds, and its inode. An edit changes the status-change time (no tool can set it
/// back), a replacement by rename changes the inode. Two equal statuses mean equal bytes only when the file was
/// not changed within the clock's granularity of being looked at (`BuildInputs.isSettled`): the bytes' hash stays
/// the truth.
struct FileStatus: Equatable, Sendable {
    /// The size in bytes.
    var size: Int64
    /// The modification time, nanoseconds since 1970.
    var modified: Int64
    /// The status-change time, nanoseconds since 1970.
    var changed: Int64
    /// The inode number.
    var inode: UInt64

    /// The status of regular file `path`, not following a link; `nil` when it is missing or not a regular file.
    static func of(_ path: String) -> FileStatus? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStatus(status)
    }

    /// The status of the regular file `path` names, following a link to it; `nil` when it is missing or not a
    /// regular file (a folder, or a link to one).
    static func ofFile(followingLinks path: String) -> FileStatus? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStatus(status)
    }

    /// The status of what `path` names, following links (the running executable).
    static func following(_ path: String) -> FileStatus? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStatus(status)
    }

    /// The status of the open file `descriptor`.
    static func of(descriptor: Int32) -> FileStatus? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return FileStatus(status)
    }

    private init(_ status: stat) {
        size = Int64(status.st_size)
        inode = UInt64(status.st_ino)
        #if canImport(Darwin)
            modified = Self.nanoseconds(status.st_mtimespec)
            changed = Self.nanoseconds(status.st_ctimespec)
        #else
            modified = Self.nanoseconds(status.st_mtim)
            changed = Self.nanoseconds(status.st_ctim)
        #endif
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether `other` names the same bytes as far as the output's own files go: same size, modification time
    /// and inode. (Linking a file into the staging folder changes its status-change time, not these.)
    func sameOutput(as other: FileStatus) -> Bool {
        size == other.size && modified == other.modified && inode == other.inode
    }
}

/// A status is kept in the build state as one string (``text``, inside each file's record:
/// `BuildState+Coding.swift`): a state records one for every file read and written (thousands in a large book's).
extension FileStatus {
    /// The status as one string: size, modification time, status-change time and inode, between spaces.
    var text: String { "\(size) \(modified) \(changed) \(inode)" }

    /// The status `text` names; `nil` unless it is four numbers between single spaces.
    init?(text: Substring) {
        let fields = text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false).map(Substring.init)
        guard fields.count == 4, let size = Int64(fields[0]), let modified = Int64(fields[1]),
            let changed = Int64(fields[2]), let inode = UInt64(fields[3])
        else { return nil }
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }
}
