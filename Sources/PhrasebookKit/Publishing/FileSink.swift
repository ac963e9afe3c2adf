import Foundation

/// Where renderers hand their files as soon as each is made: kept in memory (`Pipeline.render`), or written
/// straight into the staging folder (`Pipeline.build`), so that a build never holds the whole output in memory.
/// Renderers call `accept` from several threads at once.
protocol FileSink: Sendable {
    /// Takes one finished file.
    func accept(_ file: OutputFile) throws(PhrasebookError)

    /// Takes one finished file made from `inputs` (``PageInputs``), remembered for the next build.
    func accept(_ file: OutputFile, inputs: String) throws(PhrasebookError)

    /// Keeps the previous build's file at `path` instead of a new one, when that build made it from the same
    /// `inputs` and it is still as written; whether it did (the page then need not be rendered).
    func keepUnchanged(_ path: String, inputs: String) throws(PhrasebookError) -> Bool
}

extension FileSink {
    /// A sink that keeps nothing between builds forgets what a file was made from.
    func accept(_ file: OutputFile, inputs: String) throws(PhrasebookError) {
        try accept(file)
    }

    /// A sink with no previous build keeps nothing: every page is rendered.
    func keepUnchanged(_ path: String, inputs: String) throws(PhrasebookError) -> Bool { false }
}

/// A sink that keeps every file in memory.
final class CollectedFiles: FileSink {
    private let collected = Locked<[OutputFile]>([])

    func accept(_ file: OutputFile) {
        collected.withLock { $0.append(file) }
    }

    /// The files accepted so far, sorted by path.
    var files: [OutputFile] { collected.withLock { $0.sorted { $0.path < $1.path } } }
}

/// A sink that drops every file: `Pipeline.checkAsBuild` renders only to find what a build would report. A page
/// that the build recorded in `renderedBefore` made from the same inputs is taken as kept: it rendered then, so it
/// renders now, and need not be rendered again.
struct DiscardedFiles: FileSink {
    /// What each page of the previous build was made from, by path.
    private let inputs: [String: String]
    /// How many files were dropped.
    private let dropped = Locked(0)

    /// A sink that drops every file; `renderedBefore`: the state of the previous build into the output folder.
    init(renderedBefore: BuildState? = nil) {
        inputs = Dictionary(
            (renderedBefore?.outputs ?? []).compactMap { output in output.inputs.map { (output.path, $0) } },
            uniquingKeysWith: { first, _ in first })
    }

    func accept(_ file: OutputFile) {
        dropped.withLock { $0 += 1 }
    }

    /// How many files were rendered (and dropped) so far.
    var count: Int { dropped.withLock { $0 } }

    func keepUnchanged(_ path: String, inputs: String) -> Bool {
        self.inputs[path] == inputs
    }
}
