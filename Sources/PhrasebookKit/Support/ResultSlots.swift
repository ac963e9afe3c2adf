import Foundation

/// Thread-safe slots for results computed in parallel, and the queue of indices still to compute.
final class ResultSlots<Value: Sendable, Failure: Error>: Sendable {
    private struct State {
        var values: [Value?]
        var failure: Failure?
        var nextIndex = 0
    }

    private let state: Locked<State>

    init(count: Int) {
        state = Locked(State(values: Array(repeating: nil, count: count)))
    }

    /// The next index no worker has taken yet; `nil` when all are taken or one has failed.
    func claim() -> Int? {
        state.withLock { state in
            guard state.failure == nil, state.nextIndex < state.values.count else { return nil }
            defer { state.nextIndex += 1 }
            return state.nextIndex
        }
    }

    func set(_ index: Int, _ value: Value) {
        state.withLock { $0.values[index] = value }
    }

    func fail(_ error: Failure) {
        state.withLock { state in if state.failure == nil { state.failure = error } }
    }

    func collect() throws(Failure) -> [Value] {
        let (values, failure) = state.withLock { ($0.values, $0.failure) }
        if let failure { throw failure }
        return values.map { $0! }
    }
}
