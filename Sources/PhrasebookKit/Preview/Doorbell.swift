import Foundation

/// Wakes one waiter: at a ring, after a given time, or when the waiting task is cancelled, whichever comes first.
/// A ring while nobody waits is kept, so that the next wait returns at once (a ring is never lost).
final class Doorbell: Sendable {
    /// Why a wait ended.
    enum Wake: Sendable, Equatable {
        case rung, timedOut, cancelled
    }

    private struct State {
        var pending: Wake?
        var waiter: CheckedContinuation<Wake, Never>?
    }

    private let state = Locked(State())

    /// Wakes the waiter, or the next one to wait.
    func ring() { wake(.rung) }

    /// Returns at the next ring (at once if one came since the last wait), after `seconds`, or when the task is
    /// cancelled; why.
    @discardableResult
    func wait(upTo seconds: Double) async -> Wake {
        let timer = Task { [self] in
            guard (try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))) != nil else { return }
            wake(.timedOut)
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let pending = state.withLock { state in
                    guard let pending = state.pending else {
                        state.waiter = continuation
                        return Wake?.none
                    }
                    state.pending = nil
                    return pending
                }
                if let pending { continuation.resume(returning: pending) }
            }
        } onCancel: {
            wake(.cancelled)
        }
    }

    /// Ends the wait in progress with `reason`, or keeps it for the next (a ring is kept over a time-out).
    private func wake(_ reason: Wake) {
        let waiter = state.withLock { state in
            guard let waiter = state.waiter else {
                if state.pending != .rung { state.pending = reason }
                return CheckedContinuation<Wake, Never>?.none
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: reason)
    }
}
