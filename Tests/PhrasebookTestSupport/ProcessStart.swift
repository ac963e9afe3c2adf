import Foundation

/// Child processes started one at a time across the tests, with the pipes they write to. On Linux, Foundation's
/// `Pipe` is not close-on-exec, and `Process.run` closes in the child only the descriptors open when it lists
/// them: a pipe another test made in between would be inherited by the child, which would then hold that test's
/// write end open (its read waiting for the child's exit).
public enum ProcessStart {
    private static let lock = NSLock()

    /// Runs `start` (make the pipes, run the process) while no other test starts one.
    public static func serialized<T>(_ start: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try start()
    }
}
