import Foundation

/// The files a build is about to read, listed and looked at (`lstat`) before it reads any: every content file the
/// loader reads (and those it warns it does not read) and every template and asset of the chosen formats. Compared
/// with a `BuildState`, it tells whether anything read changed; joined with the hashes of the bytes actually read, it
/// becomes the next state's inputs.
struct BuildInputs: Sendable {
    /// How long after a file's last change its status is trusted to tell its bytes: a change within the clock's
    /// granularity of a look at the file (a few milliseconds here, two seconds on FAT) may leave the status as it
    /// was, so a file changed that recently is hashed again by the next build.
    static let settleTime: Int64 = 2_000_000_000

    /// When the files were looked at, nanoseconds since 1970 (taken before the first look).
    var started: Int64
    /// Each file's path and status; `nil` when it vanished between the listing and the look.
    var statuses: [String: FileStatus?]

    /// Lists and looks at what a build of `formats` from `content` and `templates` reads. Throws what the build
    /// itself would (no `phrasebook.xml`, a missing templates folder).
    static func scan(content: String, templates: String, formats: [OutputFormat]) throws(PhrasebookError)
        -> BuildInputs
    {
        let started = Int64(Date().timeIntervalSince1970 * 1e9)
        let loader = ContentLoader(folder: content)
        // The files the loader warns it does not read too: one put there, renamed or moved changes the warnings.
        var paths = try loader.files() + loader.ignoredFiles().map(\.path)
        for format in formats { paths += try format.inputFiles(templatesFolder: templates) }
        var statuses: [String: FileStatus?] = [:]
        for path in paths { statuses[path] = FileStatus.of(path) }
        return BuildInputs(started: started, statuses: statuses)
    }

    /// Whether a file whose status is `status` had settled when looked at, `started`: whether the same status
    /// seen later proves the same bytes.
    static func isSettled(_ status: FileStatus, at started: Int64) -> Bool {
        status.changed < started - settleTime && status.modified < started - settleTime
    }

    /// Whether these are exactly the files `state` read, each with the bytes it read: the same paths, and for
    /// each the same settled status or else the same SHA-256 of the bytes there now.
    func unchanged(since state: BuildState) -> Bool {
        state.inputs.count == statuses.count && state.inputs.allSatisfy { unchanged($0, at: state.started) }
    }

    /// The paths whose bytes may differ from what `state` read: files added, removed or changed since.
    func changes(since state: BuildState) -> Set<String> {
        var changed = Set(statuses.keys).symmetricDifference(state.inputs.map(\.path))
        for input in state.inputs where statuses[input.path] != nil && !unchanged(input, at: state.started) {
            changed.insert(input.path)
        }
        return changed
    }

    /// Whether `input`, read by a build that looked at its inputs at `started`, still has the bytes it read: the
    /// same settled status, or else the same SHA-256 of the bytes there now.
    private func unchanged(_ input: BuildState.Input, at started: Int64) -> Bool {
        guard let seen = statuses[input.path], let status = seen else { return false }
        if let recorded = input.status, recorded == status, Self.isSettled(recorded, at: started) { return true }
        guard !input.digest.isEmpty, let data = FileSystem.read(input.path) else { return false }
        return FileDigest.of(data) == input.digest
    }

    /// The inputs of the next state: every file listed or read, with the status seen before reading and the
    /// SHA-256 of the bytes read (`digests`, by path). A file read but not listed has no status, so the next
    /// build hashes it; one listed but not read has no digest, so the next build finds it changed.
    func recorded(digests: [String: String]) -> [BuildState.Input] {
        Set(statuses.keys).union(digests.keys).sorted().map { path in
            BuildState.Input(path: path, status: statuses[path] ?? nil, digest: digests[path] ?? "")
        }
    }
}
