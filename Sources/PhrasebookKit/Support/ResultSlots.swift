import Foundation

/// Thread-safe slots for results computed in parallel, and the queue of indices still to compute.
final class ResultSlots<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private var values: [Value?]
    private var failure: Failure?
    private var nextIndex = 0
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    /// The next index no worker has taken yet; `nil` when all are taken or one has failed.
    func claim() -> Int? {
        lock.withLock {
            guard failure == nil, nextIndex < values.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { values[index] = value }
    }

    func fail(_ error: Failure) {
        lock.withLock { if failure == nil { failure = error } }
    }

    func collect() throws(Failure) -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return values.map { $0! }
    }
}
