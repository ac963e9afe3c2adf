import Foundation

/// What the last build into an output folder read and wrote, `<output>/.phrasebook-build-state`: the tool that
/// built, the folders and options it built with, every content and template file it read (status and SHA-256 of
/// the bytes read), every file it wrote (status and SHA-256) and the diagnostics it reported. The next build
/// compares: nothing read changed, and every file written is still there as written, means the output is up to
/// date; otherwise it renders again and keeps (hard-links) each file whose bytes are the same. The state is
/// staged and swapped into place in the build's commit (`Publisher.commit`), so it always describes the output
/// beside it. Documentation/Architecture.md, "Incremental builds".
struct BuildState: Codable, Equatable, Sendable {
    /// The state's file name inside the output folder.
    static let name = ".phrasebook-build-state"

    /// A file the build read (kept as one string: `BuildState+Coding.swift`).
    struct Input: Equatable, Sendable {
        /// The path as the build named it (under the content or templates folder).
        var path: String
        /// Its status just before the build read it; `nil` when it appeared after the build listed the folders.
        var status: FileStatus?
        /// The SHA-256 of the bytes the build read, in hex; empty when it was listed but not read.
        var digest: String
    }

    /// A file the build wrote (kept as one string: `BuildState+Coding.swift`).
    struct Output: Equatable, Sendable {
        /// The path relative to the output folder.
        var path: String
        /// Its status once written (a file kept from the build before keeps its status).
        var status: FileStatus
        /// What names its bytes (``OutputFile/digest``): their SHA-256 in hex, or for a stamped page `unstamped:`
        /// and the SHA-256 of the page before stamping.
        var digest: String
        /// What the page was made from (``PageInputs``), when its renderer could name it: a later build whose
        /// page has the same inputs keeps the file without rendering it.
        var inputs: String? = nil
    }

    /// A diagnostic the build reported, replayed by a build that finds the output up to date (kept as one array:
    /// `BuildState+Coding.swift`).
    struct Report: Equatable, Sendable {
        var severity: Severity
        var code: String
        var message: String
        var file: String
        var line: Int
        var column: Int
    }

    /// Which tool built (``toolIdentity``).
    var tool: String
    /// The content folder, as named.
    var content: String
    /// The templates folder, as named.
    var templates: String
    /// The build's options; `nil` for a state no build matches (a one-role build, a publish without a state).
    var options: RenderOptions?
    /// When the build looked at its inputs, nanoseconds since 1970.
    var started: Int64
    /// Every file read, sorted by path.
    var inputs: [Input]
    /// Every file written, sorted by path.
    var outputs: [Output]
    /// The diagnostics reported.
    var reports: [Report]

    /// A state that no build matches: what a commit leaves when the build recorded none.
    static let unknown = BuildState(
        tool: "", content: "", templates: "", options: nil, started: 0, inputs: [], outputs: [], reports: [])

    /// The version of the state's meaning and the running executable's size and modification time: a rebuilt or
    /// upgraded tool never trusts an output it did not make.
    static let toolIdentity: String = {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let status = FileStatus.following(executable) else { return "4 unknown-executable \(UUID())" }
        return "4 \(status.size) \(status.modified)"
    }()

    /// The diagnostics, as the build reported them.
    var diagnostics: [Diagnostic] {
        reports.map {
            Diagnostic(
                $0.severity, $0.code, $0.message, at: SourceLocation(file: $0.file, line: $0.line, column: $0.column))
        }
    }

    /// `diagnostics` kept as reports.
    static func reports(_ diagnostics: [Diagnostic]) -> [Report] {
        diagnostics.map {
            Report(
                severity: $0.severity, code: $0.code, message: $0.message, file: $0.location.file,
                line: $0.location.line, column: $0.location.column)
        }
    }

    /// The state in `folder`; `nil` when there is none or it cannot be read (a build then starts from nothing).
    /// A state this process wrote or read is decoded again only when its file's status changed (`known`).
    static func read(folder: String) -> BuildState? {
        let path = folder + "/" + name
        guard let status = FileStatus.of(path) else { return nil }
        if let known = known.withLock({ $0[path] }), known.status == status { return known.state }
        guard let data = FileSystem.read(path) else { return nil }
        WorkCount.add(data.count)
        guard let state = try? JSONDecoder().decode(BuildState.self, from: data) else { return nil }
        if FileStatus.of(path) == status { known.withLock { $0[path] = (status, state) } }
        return state
    }

    /// Remembers `self` as the state now in `folder` (just committed there), so that the next build in this
    /// process (`phrasebook serve` builds on every save) need not decode it again.
    func remember(in folder: String) {
        let path = folder + "/" + Self.name
        guard let status = FileStatus.of(path) else { return }
        Self.known.withLock { $0[path] = (status, self) }
    }

    /// The states this process last read or wrote, by path, with their files' status then: the state file is
    /// replaced by rename on every build, so a changed file never has the same status (inode, size, times).
    private static let known = Locked<[String: (status: FileStatus, state: BuildState)]>([:])

    /// Writes the state as a new file at `path`.
    func write(to path: String) throws(PhrasebookError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do { data = try encoder.encode(self) } catch {
            throw .internalFailure("build state: \(error)")
        }
        try FileSystem.writeNew(data, to: path)
    }
}
