import Foundation

/// Thread-safe slots for results computed in parallel.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var values: [Value?]
    private var failure: PhrasebookError?
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { values[index] = value }
    }

    func fail(_ error: PhrasebookError) {
        lock.withLock { if failure == nil { failure = error } }
    }

    func collect() throws(PhrasebookError) -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return values.map { $0! }
    }
}
