import Foundation

/// Where renderers hand their files as soon as each is made: kept in memory (`Pipeline.render`), or written
/// straight into the staging folder (`Pipeline.build`), so that a build never holds the whole output in memory.
/// Renderers call `accept` from several threads at once.
protocol FileSink: Sendable {
    /// Takes one finished file.
    func accept(_ file: OutputFile) throws(PhrasebookError)
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
