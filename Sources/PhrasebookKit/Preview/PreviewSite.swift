import Foundation

/// The site `phrasebook serve` shows: the HTML format built into a preview folder of its own (never the output
/// folder), rebuilt on demand. A failed rebuild keeps the last good site and records its problems, so the
/// server goes on serving pages while the overlay tells the reader what to fix.
///
/// A rebuild shows the pages being looked at first: when the content passes its checks, those pages (and the
/// assets) are rendered in memory and served at once, the new generation is announced, and only then is the
/// whole site built into the folder; meanwhile any other page (or search data) asked for waits for that build,
/// so no reader sees a page older than the announced generation. When a save came between the two, the build's
/// pages are newer than those announced: another generation is counted, and the open pages reload again. When
/// the whole build then fails (a template only another page uses is broken), the pages shown ahead are taken
/// back: another generation is counted with the problems, and the open pages reload into the last good site.
/// When the open pages come out as they are served (the edit shows only on other pages), nothing is announced
/// ahead: the site's generation grows once the whole site is built, or, should it fail, the pages stay and show the
/// problems. A page reloads only when a generation changed what it shows (``lastChange(of:)``), so an edit that only
/// other pages show leaves it as it is.
public final class PreviewSite: Sendable {
    /// What the last rebuild left: the site's generation (it grows with every good build) and, when the last
    /// build failed, its problems as the lines `phrasebook check` would print.
    public struct State: Sendable, Equatable {
        /// Increases by one with every successful build, and when pages shown ahead of a build that then failed
        /// are taken back; pages reload when it changes.
        public var generation: Int
        /// The problems of the last build, empty when it succeeded.
        public var problems: [String]
        /// Where the edit this build made shows, when the rebuild was asked to follow a page and that page
        /// changed: the page's path in the site and, after `#`, the element where it first differs
        /// (``EditedPlace``); the open pages go there. `nil` after a failed build.
        public var go: String? = nil
    }

    /// The folder that holds the preview build; the site is its `html/` subfolder.
    public let folder: String
    private let pipeline: Pipeline
    private let state = Locked(State(generation: 0, problems: []))
    private let lastDiagnostics = Locked<[Diagnostic]>([])
    /// The fragments of the last build, reused by the next (an edit re-renders only what it touched).
    private let memory = RenderMemory()
    /// The files rendered ahead of the build in progress, by path in the site; `nil` when no build is catching
    /// up with an announced generation.
    private let ahead = Locked<[String: Data]?>(nil)
    /// When each file of the site last changed.
    private let changes = Locked(PageChanges())

    /// A preview of `contentFolder` with `templatesFolder`, built into `folder` (made if missing).
    public init(contentFolder: String, templatesFolder: String, folder: String) {
        self.folder = folder
        pipeline = Pipeline(contentFolder: contentFolder, templatesFolder: templatesFolder, outputFolder: folder)
    }

    /// The site's root folder (the built `html/`).
    public var siteRoot: String { folder + "/html" }

    /// The current state.
    public var current: State { state.withLock { $0 } }

    /// The last generation that changed what the page at `page` (a path in the site) shows: its own file, a file
    /// every page loads, or, for the search page, the search data. A page served in an earlier generation reloads.
    public func lastChange(of page: String) -> Int {
        changes.withLock { $0.lastChange(of: page) }
    }

    /// The last build's diagnostics, every one as `phrasebook check` lists them (notes too); for a build that could
    /// not run, its broken template's `template` error or one `command-failed` error.
    public var diagnostics: [Diagnostic] { lastDiagnostics.withLock { $0 } }

    /// Builds the HTML site again and returns the new state. Errors in the content (or warnings under `strict`)
    /// and broken templates leave the previous site in place and are returned as problems.
    ///
    /// `open` names the pages being looked at (paths in the site, `situations/x.html`): when the site will
    /// change and the content passes, they are rendered first and `announce` is called with the new state before
    /// the rest is built (see the type's description). Without open pages (or when nothing changed, or nothing
    /// they show) `announce` is not called.
    ///
    /// `follow` names the page of the content file saved (``EditedPlace/page(changed:contentFolder:)``): it is
    /// rendered ahead with the open pages, and when it changed, the state says where (``State/go``).
    @discardableResult
    public func rebuild(
        strict: Bool = false, open: [String] = [], follow: String? = nil, announce: (State) -> Void = { _ in }
    ) -> State {
        let options = RenderOptions(formats: [.html])
        let before = follow.flatMap(onDisk)
        var announced = false
        var shownAhead: [String: Data] = [:]
        var go: String?
        if !open.isEmpty,
            let files = pipeline.renderAhead(
                Set((open + (follow.map { [$0] } ?? [])).map { "html/" + $0 }), options, strict: strict,
                memory: memory)
        {
            let shown = Dictionary(
                files.map { (String($0.path.dropFirst("html/".count)), $0.binary ?? Data($0.contents.utf8)) },
                uniquingKeysWith: { $1 })
            ahead.withLock { $0 = shown }
            shownAhead = shown
            // Pages shown as they are (the edit is one only other pages show, a template of theirs): nothing to
            // announce ahead. Announced, they would reload for nothing, and again, taken back, should the rest
            // of the build fail.
            let differing = differingFromFolder(shown)
            if !differing.isEmpty {
                go = follow.flatMap { EditedPlace.place(of: $0, before: before, after: shown[$0]) }
                let early = state.withLock {
                    $0.generation += 1
                    $0.problems = []
                    $0.go = go
                    return $0
                }
                noteChanges(in: early.generation, of: differing)
                announce(early)
                announced = true
            }
        }
        defer { ahead.withLock { $0 = nil } }
        let problems: [String]
        var changed = true
        var built: [PublishedFile] = []
        do {
            let result = try pipeline.build(options, strict: strict, memory: memory)
            changed = !result.upToDate
            built = result.files
            problems =
                result.published
                ? []
                : result.diagnostics.filter { $0.severity != .note }.map(\.formatted) + [result.diagnostics.summary]
            lastDiagnostics.withLock { $0 = result.diagnostics }
        } catch {
            problems = [error.description]
            lastDiagnostics.withLock { $0 = [error.templateDiagnostic ?? .commandFailed(error.description)] }
        }
        // A save made after the open pages were rendered ahead and before the build read the content: the build
        // wrote a newer page than the one announced, and the next rebuild will find nothing changed.
        let overtaken = announced && problems.isEmpty && differsFromFolder(ahead.withLock { $0 } ?? [:])
        // A failed build takes back the pages shown ahead of it: from here on the last good site is served.
        let withdrawn = announced && !problems.isEmpty
        if withdrawn { ahead.withLock { $0 = nil } }
        // Built without pages shown ahead, or past them (a save meanwhile): the place is where the built page differs.
        if !announced || overtaken, problems.isEmpty, let follow {
            go = EditedPlace.place(of: follow, before: before, after: onDisk(follow))
        }
        let after = state.withLock { state in
            if problems.isEmpty, (changed && !announced) || overtaken { state.generation += 1 }
            if withdrawn { state.generation += 1 }
            state.problems = problems
            state.go = problems.isEmpty ? go : nil
            return state
        }
        if withdrawn {
            // Back to the folder's bytes: the pages that were shown otherwise ahead change again.
            noteChanges(in: after.generation, of: differingFromFolder(shownAhead))
        } else if problems.isEmpty, changed {
            noteBuilt(built, in: after.generation, shownAhead: announced ? shownAhead : [:])
        }
        return after
    }

    /// Notes that the files at `paths` (in the site) changed in `generation`.
    private func noteChanges(in generation: Int, of paths: some Sequence<String>) {
        changes.withLock { changes in
            for path in paths { changes.note(path, changedIn: generation) }
        }
    }

    /// Notes what a good build changed: every file it did not keep, in `generation`, unless it is the one shown
    /// ahead of it (announced in that earlier generation), and every file of the build before that it no longer
    /// writes.
    private func noteBuilt(_ files: [PublishedFile], in generation: Int, shownAhead: [String: Data]) {
        let site = files.filter { $0.path.hasPrefix("html/") }
        let paths = Set(site.map { String($0.path.dropFirst("html/".count)) })
        let shownAsBuilt = Set(shownAhead.keys).subtracting(differingFromFolder(shownAhead))
        changes.withLock { changes in
            for file in site where !file.kept {
                let path = String(file.path.dropFirst("html/".count))
                if !shownAsBuilt.contains(path) { changes.note(path, changedIn: generation) }
            }
            changes.noteFiles(paths, in: generation)
        }
    }

    /// Whether one of `files` (bytes by path in the site) differs from the site's folder's: before the build, from
    /// the page served; after it, from the page the build wrote.
    private func differsFromFolder(_ files: [String: Data]) -> Bool {
        files.contains { path, bytes in onDisk(path) != bytes }
    }

    /// The paths of `files` (bytes by path in the site) whose bytes differ from the site's folder's, each file read
    /// once: the pages an announcement or a build that takes them back changes.
    private func differingFromFolder(_ files: [String: Data]) -> [String] {
        files.compactMap { path, bytes in onDisk(path) != bytes ? path : nil }
    }

    /// The bytes of the site's file at `path` (a path in the site, as ``SitePath/relative(_:)`` gives) as they must be served
    /// now: rendered ahead of the build in progress, else the folder's once that build no longer changes it (a
    /// page or search data waits for the build; a file the build renders ahead never waits). `nil` when the
    /// site has no such file or `path` leaves it.
    public func file(_ path: String) async -> Data? {
        while let pending = ahead.withLock({ $0 }) {
            if let bytes = pending[path] { return bytes }
            guard Self.waitsForBuild(path) else { break }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return onDisk(path)
    }

    /// The bytes of the site's file at `path` in the folder; `nil` when there is none or `path` leaves the site.
    private func onDisk(_ path: String) -> Data? {
        SitePath.file(path, in: siteRoot).flatMap { FileManager.default.contents(atPath: $0) }
    }

    /// The file at `path` as rendered ahead of the build in progress, if it was.
    func renderedAhead(_ path: String) -> Data? {
        ahead.withLock { $0?[path] }
    }

    /// Whether a file may still change while the build catches up: pages and the search data.
    private static func waitsForBuild(_ path: String) -> Bool {
        path.hasSuffix(".html") || path.hasPrefix("assets/search/")
    }
}
