import Foundation

/// The site `phrasebook serve` shows: the HTML format built into a preview folder of its own (never the output
/// folder), rebuilt on demand. A failed rebuild keeps the last good site and records its problems, so the
/// server goes on serving pages while the overlay tells the reader what to fix.
public final class PreviewSite: Sendable {
    /// What the last rebuild left: the site's generation (it grows with every good build) and, when the last
    /// build failed, its problems as the lines `phrasebook check` would print.
    public struct State: Sendable, Equatable {
        /// Increases by one with every successful build; pages reload when it changes.
        public var generation: Int
        /// The problems of the last build, empty when it succeeded.
        public var problems: [String]
    }

    /// The folder that holds the preview build; the site is its `html/` subfolder.
    public let folder: String
    private let pipeline: Pipeline
    private let state = Locked(State(generation: 0, problems: []))
    /// The fragments of the last build, reused by the next (an edit re-renders only what it touched).
    private let memory = RenderMemory()

    /// A preview of `contentFolder` with `templatesFolder`, built into `folder` (made if missing).
    public init(contentFolder: String, templatesFolder: String, folder: String) {
        self.folder = folder
        pipeline = Pipeline(contentFolder: contentFolder, templatesFolder: templatesFolder, outputFolder: folder)
    }

    /// The site's root folder (the built `html/`).
    public var siteRoot: String { folder + "/html" }

    /// The current state.
    public var current: State { state.withLock { $0 } }

    /// Builds the HTML site again and returns the new state. Errors in the content (or warnings under `strict`)
    /// and broken templates leave the previous site in place and are returned as problems.
    @discardableResult
    public func rebuild(strict: Bool = false) -> State {
        let problems: [String]
        do {
            let result = try pipeline.build(RenderOptions(formats: [.html]), strict: strict, memory: memory)
            problems =
                result.published
                ? []
                : result.diagnostics.filter { $0.severity != .note }.map(\.formatted) + [result.diagnostics.summary]
        } catch {
            problems = [error.description]
        }
        return state.withLock { state in
            if problems.isEmpty { state.generation += 1 }
            state.problems = problems
            return state
        }
    }
}
