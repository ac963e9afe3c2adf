import Foundation

/// The output folder as it was before a build locked it, to put back when the build fails after that: a build
/// whose templates turn out broken while it renders leaves the folder as it found it, its lock file's text and
/// times and the folder's own times too, and no folder at all where there was none (Architecture.md,
/// "Publishing").
struct OutputFolderBefore: Sendable {
    /// The output folder.
    let folder: String
    /// The folder's access and modification times; `nil` when there was no folder.
    private let folderTimes: [timespec]?
    /// The lock file's bytes and times; `nil` when there was no lock file.
    private let lockFile: (bytes: [UInt8], times: [timespec])?

    /// The state of `folder` and of its lock file now.
    init(folder: String) {
        self.folder = folder
        folderTimes = Self.times(of: folder)
        let lockPath = folder + "/" + OutputLock.name
        if let times = Self.times(of: lockPath), let bytes = FileSystem.read(lockPath) {
            lockFile = ([UInt8](bytes), times)
        } else {
            lockFile = nil
        }
    }

    /// Puts the lock file back through `descriptor`, the lock held on it (its text and times, or no file where
    /// there was none), then the folder's times, or removes the folder where there was none and it is empty. Call
    /// it with the staging folder gone: removing it changes the folder's times again.
    func putBack(lock descriptor: Int32) {
        if let lockFile {
            _ = ftruncate(descriptor, 0)
            _ = lockFile.bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, lockFile.bytes.count, 0) }
            _ = lockFile.times.withUnsafeBufferPointer { futimens(descriptor, $0.baseAddress) }
        } else {
            unlink(folder + "/" + OutputLock.name)
        }
        if let folderTimes {
            _ = folderTimes.withUnsafeBufferPointer { utimensat(AT_FDCWD, folder, $0.baseAddress, 0) }
        } else {
            rmdir(folder)
        }
    }

    /// The access and modification times of `path` (not following a link), or `nil` when there is nothing there.
    private static func times(of path: String) -> [timespec]? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
            return [status.st_atimespec, status.st_mtimespec]
        #else
            return [status.st_atim, status.st_mtim]
        #endif
    }
}
