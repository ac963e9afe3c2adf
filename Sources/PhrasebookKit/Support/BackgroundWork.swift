import Foundation

/// Work started on another thread while the caller goes on, and waited for later: for two stages of a build that
/// do not depend on each other (the search data beside the pages, the card sheets' notes beside the rendering),
/// so that the time one leaves a core idle the other uses. Each stage may itself run on every core
/// (``ParallelMap``): the work runs on a global queue, not inside another parallel loop, so its loops keep their
/// width.
final class BackgroundWork<Value: Sendable, Failure: Error>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Locked<Result<Value, Failure>?>(nil)

    /// Starts `work` on the global queue of `qos`. Work of the default class waits for one of that queue's
    /// threads (one per core) to be free; work of a higher class (`.userInitiated`) gets a thread at once, beside
    /// the busy ones (seen on Linux: Documentation/Performance.md, eighteenth round).
    init(qos: DispatchQoS.QoSClass = .default, _ work: @escaping @Sendable () throws(Failure) -> Value) {
        DispatchQueue.global(qos: qos).async { [done, result] in
            let outcome: Result<Value, Failure>
            do throws(Failure) { outcome = .success(try work()) } catch { outcome = .failure(error) }
            result.withLock { $0 = outcome }
            done.signal()
        }
    }

    /// What the work returned, once it has finished; rethrows what it threw.
    func wait() throws(Failure) -> Value {
        done.wait()
        done.signal()
        return try result.withLock { $0! }.get()
    }
}
