import Foundation

/// Ends the process when one iteration runs longer than its limit: a hang is a finding. The iteration's input
/// is kept first, so that it can be replayed.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var started: Date?
    private var keep: () -> Void = {}
    let limit: TimeInterval

    init(limit: TimeInterval) {
        self.limit = limit
        let thread = Thread { [weak self] in
            while let self {
                Thread.sleep(forTimeInterval: 0.5)
                self.check()
            }
        }
        thread.start()
    }

    /// Marks the start of an iteration; `keep` saves its input if it hangs.
    func begin(keep: @escaping () -> Void) {
        lock.withLock {
            started = Date()
            self.keep = keep
        }
    }

    /// Marks the end of the iteration.
    func end() {
        lock.withLock { started = nil }
    }

    private func check() {
        let (start, keep) = lock.withLock { (started, self.keep) }
        guard let start, Date().timeIntervalSince(start) > limit else { return }
        keep()
        FileHandle.standardError.write(
            Data("phrasebook-fuzz: finding: an iteration ran over \(Int(limit)) s (hang)\n".utf8))
        exit(1)
    }
}
