import Foundation

/// The lock that keeps two builds from writing into one output folder at once: an exclusive `flock` on
/// `<output>/.phrasebook-lock`, held from staging to commit. The system drops it when the holder exits, however
/// it exits, so a killed build never leaves the folder locked. The file holds a line naming the holder (process
/// id, command, start time), which a refused build prints.
final class OutputLock: @unchecked Sendable {
    /// The lock file's name inside the output folder.
    static let name = ".phrasebook-lock"

    private let descriptor: Int32
    /// The output folder before the lock was taken (`before` of `init`), put back by ``putBack()``.
    private let before: OutputFolderBefore?

    /// Takes the lock of `folder`, or throws `.outputLocked` naming who holds it. A build that will write names
    /// itself in the lock file (`naming`, the default), which is made if missing. A look that only reads (is the
    /// output up to date?) takes the lock of a file that exists and leaves the file as it is: a build that fails its
    /// checks, or finds nothing to do, changes nothing in the output folder. `before`: the folder as it was before
    /// the build made it or its lock file, for a build that fails later to put back.
    init(folder: String, naming: Bool = true, before: OutputFolderBefore? = nil) throws(PhrasebookError) {
        // The descriptor is taken whole before `self` is: a class whose stored properties are all set runs its
        // `deinit` when its `init` throws, and a `deinit` closing a descriptor the refusal had closed already
        // would close whatever file another thread opened under the same number in between.
        descriptor = try Self.take(folder + "/" + Self.name, of: folder, creating: naming)
        self.before = before
        guard naming else { return }
        let command = CommandLine.arguments.map { ($0 as NSString).lastPathComponent }.prefix(2).joined(separator: " ")
        let started = Self.now()
        let line = Array("pid \(ProcessInfo.processInfo.processIdentifier), \(command), since \(started)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, line.count, 0) }
    }

    /// A descriptor of lock file `path` (made when missing if `creating`) holding its exclusive lock; when another
    /// holds it, the descriptor is closed and `.outputLocked` names the holder of `folder`.
    private static func take(_ path: String, of folder: String, creating: Bool) throws(PhrasebookError) -> Int32 {
        let descriptor = open(path, O_RDWR | (creating ? O_CREAT : 0) | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outputFailed(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            let holder = FileSystem.read(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            close(descriptor)
            if failure == EWOULDBLOCK {
                throw .outputLocked(
                    path: folder, holder: holder.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            throw .outputFailed(path: path, reason: String(cString: strerror(failure)))
        }
        return descriptor
    }

    /// The time now in UTC, as ISO 8601 (`2026-12-03T02:12:55Z`). Formatted by the C library: Foundation's date
    /// formatters load ICU's calendar and time zone data, megabytes that a build would carry to its end.
    private static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Puts the output folder and the lock file back as they were before the lock was taken (when known), the
    /// lock still held: for a build that failed after taking it, once its staging folder is gone.
    func putBack() {
        before?.putBack(lock: descriptor)
    }

    /// Releases the lock.
    deinit {
        close(descriptor)
    }
}
