import Foundation
import PhrasebookKit

/// The open pages' live connections (one WebSocket each): every rebuild sends its state, the `generation`, the last
/// generation that changed what the page shows (`changed`) and after a failed build the `problems`, so the
/// live-reload script can reload the page or show the overlay. Each connection knows its page, so that a rebuild can
/// render the open pages first, and a page reloads only for a build that changed it.
final class LiveReload: Sendable {
    private let streams = Locked<[UUID: Listener]>([:])

    /// One open page's connection.
    private struct Listener {
        var page: String?
        var since: Date
        var events: AsyncStream<String>.Continuation
    }

    /// A new stream of messages for the page at `page` (a path in the site, if the page said), starting with the
    /// state it must show now. It ends when the caller stops reading it (the page closed) or at ``finishAll()``.
    /// `lastChange` gives the last generation that changed what a page shows (``PreviewSite/lastChange(of:)``).
    func subscribe(current: PreviewSite.State, page: String?, lastChange: (String) -> Int) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let id = UUID()
        continuation.onTermination = { [streams] _ in streams.withLock { _ = $0.removeValue(forKey: id) } }
        continuation.yield(Self.message(for: current, changed: page.map(lastChange) ?? current.generation))
        streams.withLock { $0[id] = Listener(page: page, since: Date(), events: continuation) }
        return stream
    }

    /// Waits (blocking the calling thread, at most `timeout` seconds) until each of `pages` has a connection opened
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

    /// Sends `state` to every open page, with the last generation that changed what the page shows (`lastChange`,
    /// ``PreviewSite/lastChange(of:)``; the site's generation for a connection that did not name its page).
    func publish(_ state: PreviewSite.State, lastChange: (String) -> Int) {
        for listener in streams.withLock({ Array($0.values) }) {
            listener.events.yield(Self.message(for: state, changed: listener.page.map(lastChange) ?? state.generation))
        }
    }

    /// Ends every page's stream (the server is shutting down).
    func finishAll() {
        for continuation in streams.withLock({ $0.values.map(\.events) }) { continuation.finish() }
    }

    /// The message telling a page `state`, a JSON object: `generation` (when it differs from the one the page was
    /// loaded with, the page reloads if `changed`, the last generation that changed what it shows, is later than the
    /// one it was loaded with, else it stays and clears the overlay), `go` when the build shows an edit at a place the page goes
    /// to instead of reloading (``PreviewSite/State/go``) and, after a failed build, `problems`, the diagnostics'
    /// lines joined by newlines. A failed build that took back the pages shown ahead of it has a new generation: a page
    /// showing one of those reloads into the last good site, then shows the problems over it.
    static func message(for state: PreviewSite.State, changed: Int) -> String {
        let problems = state.problems.isEmpty ? nil : state.problems.joined(separator: "\n")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // An Int and a String always encode.
        let message = Message(generation: state.generation, changed: changed, go: state.go, problems: problems)
        let data = (try? encoder.encode(message)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// What ``message(for:changed:)`` encodes; `go` and `problems` are left out when there are none.
    private struct Message: Encodable {
        let generation: Int
        let changed: Int
        let go: String?
        let problems: String?
    }
}
