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

/// A sink that drops every file: `Pipeline.checkAsBuild` renders only to find what a build would report.
struct DiscardedFiles: FileSink {
    func accept(_ file: OutputFile) {}
}
