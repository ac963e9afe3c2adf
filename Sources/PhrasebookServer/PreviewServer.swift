import CStopSignals
import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import PhrasebookKit
import ServiceLifecycle

/// `phrasebook serve`: the HTML site built into a preview folder and served over HTTP (Hummingbird), rebuilt
/// when a watched file changes, with every open page that the build changed reloading itself after a good build,
/// and every open page showing the problems of a failed one. Binds to `host` (127.0.0.1 unless told otherwise); stops cleanly on SIGINT and
/// SIGTERM.
public struct PreviewServer: Sendable {
    /// The site being previewed.
    public let site: PreviewSite
    /// The address to bind to.
    public let host: String
    /// The port; 0 lets the system choose a free one.
    public let port: Int
    /// The folders whose changes trigger a rebuild (content and templates).
    public let watched: [String]
    /// Whether warnings fail a rebuild too.
    public let strict: Bool
    /// The content folder whose saved file the open pages go to after a rebuild (`--navigate-to-changed`), if
    /// they do; else they reload where they are.
    public let followed: String?
    private let live = LiveReload()

    /// A server for `site` on `host:port`, rebuilding when a file under `watched` changes; with `followed` (the
    /// content folder), the open pages go to where a saved content file shows (``EditedPlace``).
    public init(site: PreviewSite, host: String, port: Int, watched: [String], strict: Bool, followed: String? = nil) {
        self.site = site
        self.host = host
        self.port = port
        self.watched = watched
        self.strict = strict
        self.followed = followed
    }

    /// Builds, serves until SIGINT, SIGTERM or SIGHUP, and rebuilds on every change. `say` receives the lines for
    /// the terminal: the address once listening, and each rebuild's outcome; `diagnosed` each build's diagnostics
    /// (``PreviewSite/diagnostics``). Returns once nothing writes into the site's folder any more: a signal during
    /// the first build ends it after that build, without serving, and one during a rebuild after that rebuild.
    public func run(
        say: @escaping @Sendable (String) -> Void,
        diagnosed: @escaping @Sendable ([Diagnostic]) -> Void = { _ in }
    ) async throws {
        Self.catchStopSignals()
        // The folders as the first build finds them: a save made while it runs (a big book's first build takes
        // seconds) is then a change the watcher reports at its first look, not one it takes for the start.
        let watching = FolderWatcher(folders: watched)
        let before = watching.fingerprint()
        let first = await rebuild()
        say(Self.describe(first))
        diagnosed(site.diagnostics)
        guard phrasebook_stop_requested() == 0 else { return }
        let watcher = Task { [self] in
            let shown = Locked(first.generation)
            let failed = Locked(!first.problems.isEmpty)
            await watching.watch(from: before) { changed in
                let open = live.openPages
                let follow = followed.flatMap { EditedPlace.page(changed: changed, contentFolder: $0) }
                let state = await rebuild(open: open, follow: follow) { early in
                    say("showing the open pages (generation \(early.generation)); building the rest")
                    let announced = Date()
                    live.publish(early, lastChange: site.lastChange(of:))
                    // The rest is built once the open pages that changed have reloaded (or gone to the edit), so
                    // that the build does not take the cores from the browser showing them.
                    let shown =
                        early.go != nil
                        ? follow.map { [$0] } ?? open
                        : open.filter { site.lastChange(of: $0) == early.generation }
                    live.waitForReloads(of: shown, after: announced, timeout: 1)
                }
                say(Self.describe(state, before: shown.withLock { $0 }, afterFailure: failed.withLock { $0 }))
                diagnosed(site.diagnostics)
                shown.withLock { $0 = state.generation }
                failed.withLock { $0 = !state.problems.isEmpty }
                live.publish(state, lastChange: site.lastChange(of:))
            }
        }
        var logger = Logger(label: "phrasebook-serve")
        logger.logLevel = .warning
        let app = Application(
            router: router(),
            server: .http1WebSocketUpgrade(webSocketRouter: socketRouter()),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "phrasebook"),
            onServerRunning: { [host] channel in
                let bound = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                say("serving http://\(shown):\(bound)/ (Ctrl-C stops)")
                if !Self.isLoopback(host) {
                    say("warning: --host \(host) lets other machines on the network see the preview")
                }
                // A signal noted after the first build, before the service group took the signals over: sent
                // again, to the process (not this thread, which blocks it), for the service group to stop the
                // server as it stops on any other.
                if phrasebook_stop_requested() != 0 { kill(getpid(), SIGTERM) }
            },
            logger: logger)
        // A closed terminal (SIGHUP) stops it as Ctrl-C does: the preview folder is removed. The requests under
        // way get a moment to finish; a connection that never finishes its request does not hold the stop up.
        do {
            try await StoppingRun.run(
                app, signals: [.sigterm, .sigint, .sighup], grace: Self.stopGrace, logger: logger)
        } catch {
            await Self.finish(watcher)
            throw error
        }
        await Self.finish(watcher)
    }

    /// How long a stop waits for the requests under way before it goes on without them.
    static let stopGrace: Duration = .seconds(1)

    /// From now until the server's own handling of them starts, the first SIGINT, SIGTERM or SIGHUP is noted, not
    /// fatal (a second one is): the first build ends, nothing is served, and the caller removes the folder it
    /// wrote. `run` calls it; a caller that makes that folder calls it before, so that no signal finds the folder
    /// made and nothing to remove it.
    public static func catchStopSignals() {
        phrasebook_catch_stop_signals()
    }

    /// Stops `watcher` and waits for it: a rebuild it runs writes on into the site's folder until it ends, and
    /// the folder is removed only after that.
    private static func finish(_ watcher: Task<Void, Never>) async {
        // Meanwhile a second stop signal ends the process at once, as a second Ctrl-C does during the first build.
        phrasebook_stop_signals_default()
        watcher.cancel()
        await watcher.value
    }

    /// Rebuilds on a thread of its own: the build spreads its work over every core with blocking waits, which
    /// must not hold the threads that serve requests. The `open` pages are rendered first and `announce`d
    /// (``PreviewSite/rebuild(strict:open:announce:)``).
    private func rebuild(
        open: [String] = [], follow: String? = nil,
        announce: @escaping @Sendable (PreviewSite.State) -> Void = { _ in }
    ) async -> PreviewSite.State {
        await withCheckedContinuation { continuation in
            Thread { [site, strict] in
                continuation.resume(
                    returning: site.rebuild(strict: strict, open: open, follow: follow, announce: announce))
            }.start()
        }
    }

    /// The terminal's line for a rebuild's outcome; `before` is the generation the pages were last told of, and
    /// `afterFailure` whether the build before this one failed (a fix that brings the files back as the last good
    /// build read them is said as a fix, not as "nothing changed").
    private static func describe(_ state: PreviewSite.State, before: Int? = nil, afterFailure: Bool = false) -> String {
        guard state.problems.isEmpty else {
            let serving =
                state.generation == 0
                ? "no site yet: the pages show these problems until the content builds"
                : "still serving the last good site"
            return "build failed; \(serving):\n" + state.problems.joined(separator: "\n")
        }
        guard state.generation == before else {
            return "built (generation \(state.generation))" + (state.go.map { "; the open pages go to /" + $0 } ?? "")
        }
        return afterFailure
            ? "fixed: the files are back as the last good build read them; serving it (generation "
                + "\(state.generation)), the problems cleared"
            : "up to date (generation \(state.generation)): the files are as the last build read them"
    }

    private func router() -> Router<BasicRequestContext> {
        // HEAD answers as GET does, without the body (link checkers and `curl -I` ask with it).
        let router = Router(options: .autoGenerateHeadEndpoints)
        let site = site
        router.get(RouterPath(LiveScript.path)) { _, _ in
            Self.response(Data(LiveScript.source.utf8), type: "text/javascript; charset=utf-8")
        }
        let files: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            guard let path = SitePath.relative(request.uri.path) else { return Self.notFound }
            guard let data = await site.file(path) else {
                // Before the first good build there is no site: a page asked for gets one that shows the
                // problems and reloads itself once the content builds.
                let waiting = site.current.generation == 0 && SitePath.mediaType(of: path).hasPrefix("text/html")
                guard waiting else { return Self.notFound }
                let page = LiveScript.inject(into: LiveScript.waitingPage, generation: 0)
                return Self.response(Data(page.utf8), type: "text/html; charset=utf-8", status: .serviceUnavailable)
            }
            let type = SitePath.mediaType(of: path)
            guard type.hasPrefix("text/html") else { return Self.response(data, type: type) }
            let page = LiveScript.inject(
                into: String(decoding: data, as: UTF8.self), generation: site.current.generation)
            return Self.response(Data(page.utf8), type: type)
        }
        router.get("/", use: files)
        router.get("**", use: files)
        // The live-reload path answers a WebSocket handshake (``socketRouter()``); asked for as a page, it says so.
        router.get(RouterPath(LiveScript.socketPath)) { _, _ in
            var response = Self.response(
                Data("upgrade required: this is the preview's live-reload WebSocket\n".utf8),
                type: "text/plain; charset=utf-8", status: .upgradeRequired)
            response.headers[.upgrade] = "websocket"
            return response
        }
        // The server's own paths are not the site's: any other one is not found.
        router.get("/__phrasebook/**") { _, _ in Self.notFound }
        // The preview only reads: any other method, on any path, is refused as HTTP says, naming the ones it takes.
        router.add(middleware: OnlyReading())
        return router
    }

    /// Answers every request whose method is neither GET nor HEAD with 405 and the methods taken (WebDAV's
    /// PROPFIND and MKCOL as much as POST), before any route is looked for.
    private struct OnlyReading: RouterMiddleware {
        func handle(
            _ request: Request, context: BasicRequestContext,
            next: (Request, BasicRequestContext) async throws -> Response
        ) async throws -> Response {
            guard request.method == .get || request.method == .head else { return PreviewServer.methodNotAllowed }
            return try await next(request, context)
        }
    }

    /// The live-reload connections: each page's script opens a WebSocket (its path in the site as `page`), which
    /// stays open until the page closes and receives the state of every rebuild. A browser holds at most six HTTP/1.1
    /// connections to one server, but many WebSockets beside them: any number of tabs stay live.
    private func socketRouter() -> Router<BasicWebSocketRequestContext> {
        let router = Router(context: BasicWebSocketRequestContext.self)
        let site = site
        let live = live
        router.ws(RouterPath(LiveScript.socketPath)) { inbound, outbound, context in
            let page = context.request.uri.queryParameters["page"].flatMap { SitePath.relative(String($0)) }
            let messages = live.subscribe(current: site.current, page: page, lastChange: site.lastChange(of:))
            try await withGracefulShutdownHandler {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    // The page says nothing; its side ends when it closes, and then its stream is dropped.
                    group.addTask { for try await _ in inbound {} }
                    group.addTask { for await message in messages { try await outbound.write(.text(message)) } }
                    try await group.next()
                    group.cancelAll()
                }
            } onGracefulShutdown: {
                live.finishAll()
            }
        }
        return router
    }

    fileprivate static var methodNotAllowed: Response {
        var response = response(
            Data("method not allowed: the preview answers GET and HEAD\n".utf8), type: "text/plain; charset=utf-8",
            status: .methodNotAllowed)
        response.headers[.allow] = "GET, HEAD"
        return response
    }

    private static let contentTypeOptions = HTTPFields.Element.Name("X-Content-Type-Options")!

    private static var notFound: Response {
        response(Data("not found\n".utf8), type: "text/plain; charset=utf-8", status: .notFound)
    }

    private static func response(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        // The browser takes the type given, never one it guesses from the bytes.
        headers[Self.contentTypeOptions] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Whether `host` is this machine alone (127.0.0.0/8, ::1, localhost).
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
