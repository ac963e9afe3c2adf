import Foundation

/// A content file's bytes as the loader reads them: with one `open`, `fstat` and `read`s into the array the
/// parser takes (Foundation's attributes of a file look up its owner's and group's names, and its contents come
/// as `Data` to be copied again: together more than a hundredth of loading a large book).
enum ContentFileBytes {
    /// What reading a file found.
    enum Read {
        /// The file's bytes.
        case bytes([UInt8])
        /// The file is larger than the limit it was read with (its size in bytes): it was not read.
        case tooLarge(Int)
        /// It cannot be read: missing, not a regular file, or not readable; why, in words.
        case unreadable(String)
    }

    /// The bytes of the file at `path` (a symbolic link followed), unless it is larger than `limit` bytes.
    static func read(_ path: String, limit: Int) -> Read {
        // Without waiting: opening a named pipe to read waits for a writer (and for a regular file the flag changes
        // nothing).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .unreadable(whyNotOpened(path)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .unreadable(
                "it is not a file (a folder, a named pipe or a device): remove it, or give it another name")
        }
        let size = Int(status.st_size)
        guard size <= limit else { return .tooLarge(size) }
        // Read to the end, not just the size seen: a file being written may have grown since.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let count = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress! + filled, $0.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .unreadable(String(cString: strerror(errno))) }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return .bytes(bytes)
    }

    /// Why `path` could not be opened (`errno` as `open` left it): a link that leads nowhere names where it leads.
    private static func whyNotOpened(_ path: String) -> String {
        let failure = errno
        if failure == ENOENT, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            return "it is a link to \(target), which does not exist: mend the link, or remove it"
        }
        if failure == EACCES { return "permission denied: let the tool's user read it" }
        return String(cString: strerror(failure))
    }
}
