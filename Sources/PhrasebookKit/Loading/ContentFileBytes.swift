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
        /// It cannot be read: missing, not a regular file, or not readable.
        case unreadable
    }

    /// The bytes of the file at `path` (a symbolic link followed), unless it is larger than `limit` bytes.
    static func read(_ path: String, limit: Int) -> Read {
        // Without waiting: opening a named pipe to read waits for a writer (and for a regular file the flag changes
        // nothing).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .unreadable }
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
            guard count >= 0 else { return .unreadable }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return .bytes(bytes)
    }
}
