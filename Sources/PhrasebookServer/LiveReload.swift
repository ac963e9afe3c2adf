import Foundation
import PhrasebookKit

/// The open pages' event streams: every good rebuild sends `reload`, every failed one `problems` with the
/// diagnostics, so the live-reload script can reload the page or show the overlay.
final class LiveReload: Sendable {
    private let streams = Locked<[UUID: AsyncStream<String>.Continuation]>([:])

    /// A new stream of server-sent events for one page, starting with the state it must show now.
    func subscribe(current: PreviewSite.State) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let id = UUID()
        continuation.onTermination = { [streams] _ in streams.withLock { _ = $0.removeValue(forKey: id) } }
        continuation.yield(Self.event(for: current))
        streams.withLock { $0[id] = continuation }
        return stream
    }

    /// Sends `state` to every open page.
    func publish(_ state: PreviewSite.State) {
        let event = Self.event(for: state)
        for continuation in streams.withLock({ Array($0.values) }) { continuation.yield(event) }
    }

    /// Ends every stream (the server is shutting down).
    func finishAll() {
        for continuation in streams.withLock({ Array($0.values) }) { continuation.finish() }
    }

    /// How many pages are listening.
    var count: Int { streams.withLock { $0.count } }

    /// One event in the text/event-stream format: `generation` (the page reloads when it differs from the one
    /// it was loaded with) or `problems`, one data line per diagnostic line.
    static func event(for state: PreviewSite.State) -> String {
        if state.problems.isEmpty { return "event: generation\ndata: \(state.generation)\n\n" }
        let lines = state.problems.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        return "event: problems\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
    }
}
