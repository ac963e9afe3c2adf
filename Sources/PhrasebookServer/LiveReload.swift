import Foundation
import PhrasebookKit

/// The open pages' event streams: every rebuild sends its `generation`, a failed one `problems` with the
/// diagnostics after it, so the live-reload script can reload the page or show the overlay. Each stream knows its page,
/// so that a rebuild can render the open pages first.
final class LiveReload: Sendable {
    private let streams = Locked<[UUID: Listener]>([:])

    /// One open page's stream.
    private struct Listener {
        var page: String?
        var since: Date
        var events: AsyncStream<String>.Continuation
    }

    /// A new stream of server-sent events for the page at `page` (a path in the site, if the page said),
    /// starting with the state it must show now.
    func subscribe(current: PreviewSite.State, page: String?) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let id = UUID()
        continuation.onTermination = { [streams] _ in streams.withLock { _ = $0.removeValue(forKey: id) } }
        continuation.yield(Self.event(for: current))
        streams.withLock { $0[id] = Listener(page: page, since: Date(), events: continuation) }
        return stream
    }

    /// Waits (blocking the calling thread, at most `timeout` seconds) until each of `pages` has a stream opened
    /// after `time`: the page has reloaded and run its scripts.
    func waitForReloads(of pages: [String], after time: Date, timeout: TimeInterval) {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            let reloaded = streams.withLock { Set($0.values.filter { $0.since > time }.compactMap(\.page)) }
            if reloaded.isSuperset(of: pages) { return }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    /// The pages listening, each once, sorted.
    var openPages: [String] {
        streams.withLock { Set($0.values.compactMap(\.page)).sorted() }
    }

    /// Sends `state` to every open page.
    func publish(_ state: PreviewSite.State) {
        let event = Self.event(for: state)
        for continuation in streams.withLock({ $0.values.map(\.events) }) { continuation.yield(event) }
    }

    /// Ends every stream (the server is shutting down).
    func finishAll() {
        for continuation in streams.withLock({ $0.values.map(\.events) }) { continuation.finish() }
    }

    /// How many pages are listening.
    var count: Int { streams.withLock { $0.count } }

    /// The events of `state` in the text/event-stream format: `generation` (the page reloads when it differs
    /// from the one it was loaded with, else clears the overlay), then, after a failed build, `problems`, one data
    /// line per diagnostic line. A failed build that took back the pages shown ahead of it has a new generation:
    /// a page showing one of those reloads into the last good site, then shows the problems over it.
    static func event(for state: PreviewSite.State) -> String {
        let generation = "event: generation\ndata: \(state.generation)\n\n"
        if state.problems.isEmpty { return generation }
        let lines = state.problems.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        return generation + "event: problems\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
    }
}
