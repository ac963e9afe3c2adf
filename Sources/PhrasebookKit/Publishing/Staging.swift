import Foundation

/// A staging folder inside the output folder (`.phrasebook-staging-<pid>`) that rendered files are written
/// into as they come, from any thread; `Publisher.commit` then swaps them into place, `discard` throws them away.
/// Nothing outside the staging folder changes before the commit. It holds the output folder's lock until
/// discarded. Given the previous build's state, a file whose bytes are those of the file already in place is
/// hard-linked to it instead of written again, so an unchanged file keeps its inode and modification time.
public final class Staging: FileSink, @unchecked Sendable {
    /// The prefix of every staging folder's name.
    static let prefix = ".phrasebook-staging-"

    /// The output folder.
    public let folder: String
    /// The formats the build writes.
    public let formats: [OutputFormat]
    /// Whether the build replaces those formats whole or adds to them.
    public let mode: Publisher.Mode
    /// The staging folder.
    let path: String
    /// The previous build's state, read under the output folder's lock.
    let previousState: BuildState?
    /// The files of the previous build that may be kept, by path.
    private let previous: [String: BuildState.Output]
    /// The previous build's pages, with the situation bodies they hold (none for a build that keeps nothing).
    let previousPages: PreviousPages
    /// The folders made so far, the files written so far, where their bodies sit, their frames by path, and the
    /// output folder's lock until `discard`.
    private let state: Locked<Progress>

    private typealias Progress = (
        folders: Set<String>, files: [PublishedFile], outputs: [BuildState.Output], places: [FragmentPlace],
        frames: [String: PageFrame], outputLock: OutputLock?, recorded: Bool
    )

    /// Creates a fresh staging folder inside `folder`; `outputLock` is the output folder's lock, held until
    /// `discard`. Files of `previous` (a state read under that lock) are kept where their bytes are the same.
    init(
        folder: String, formats: [OutputFormat], mode: Publisher.Mode, lock outputLock: OutputLock,
        previous: BuildState? = nil
    ) throws(PhrasebookError) {
        self.folder = folder
        self.formats = formats
        self.mode = mode
        previousState = previous
        self.previous = Dictionary(
            (previous?.outputs ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        previousPages = PreviousPages(folder: folder, previous: previous)
        state = Locked(([], [], [], [], [:], outputLock, false))
        path = folder + "/" + Self.prefix + "\(ProcessInfo.processInfo.processIdentifier)"
        try Self.makeFolder(path)
    }

    /// Makes one new folder (its parent must exist); never follows or reuses what is there.
    static func makeFolder(_ path: String) throws(PhrasebookError) {
        if mkdir(path, 0o755) != 0 { throw .outputFailed(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Writes `file` into the staging folder; refuses a path that could land outside the output folder.
    public func accept(_ file: OutputFile) throws(PhrasebookError) {
        try accept(file, recording: nil)
    }

    func accept(_ file: OutputFile, inputs: String) throws(PhrasebookError) {
        try accept(file, recording: inputs)
    }

    /// Writes `file`, or links the file in place when its bytes are the same, and records it with `inputs`.
    private func accept(_ file: OutputFile, recording inputs: String?) throws(PhrasebookError) {
        try Publisher.validate(file.path)
        let target = path + "/" + file.path
        let directory = (target as NSString).deletingLastPathComponent
        try makeFolder(directory, for: file.path)
        let digest = file.digest
        let kept = keep(file.path, digest: digest, at: target)
        var output: BuildState.Output
        if let kept { output = kept } else { output = try write(file, digest: digest, to: target) }
        output.inputs = inputs
        let places =
            file.lasting.isEmpty
            ? [] : FragmentIndex.locate(file.lasting, in: file.pieces, bodies: file.bodies, path: file.path)
        state.withLock {
            $0.files.append(PublishedFile(path: file.path, bytes: file.byteCount, kept: kept != nil))
            $0.outputs.append(output)
            $0.places += places
            $0.frames[file.path] = file.frame
        }
    }

    func keepUnchanged(_ path: String, inputs: String) throws(PhrasebookError) -> Bool {
        guard let old = previous[path], old.inputs == inputs else { return false }
        try Publisher.validate(path)
        let target = self.path + "/" + path
        try makeFolder((target as NSString).deletingLastPathComponent, for: path)
        guard let status = FileStatus.of(folder + "/" + path), status.sameOutput(as: old.status),
            link(folder + "/" + path, target) == 0
        else { return false }
        state.withLock {
            $0.files.append(PublishedFile(path: path, bytes: Int(status.size), kept: true, rendered: false))
            record(BuildState.Output(path: path, status: status, digest: old.digest, inputs: inputs), in: &$0)
        }
        return true
    }

    /// Writes `file` as a new file at `target`; its record.
    private func write(_ file: OutputFile, digest: String, to target: String) throws(PhrasebookError)
        -> BuildState.Output
    {
        if let binary = file.binary {
            try FileSystem.writeNew(binary, to: target)
        } else if let reason = Self.write(file, to: target) {
            throw .outputFailed(path: folder + "/" + file.path, reason: reason)
        }
        guard let status = FileStatus.of(target) else {
            throw .outputFailed(path: folder + "/" + file.path, reason: "the file just written is gone")
        }
        return BuildState.Output(path: file.path, status: status, digest: digest)
    }

    /// Keeps every file the previous build wrote into `format`'s folder as it is (a hard link; a copy where
    /// links are impossible), instead of the format being rendered again. The caller has made sure that the
    /// format's inputs did not change and that every one of those files is still as written.
    func keepAll(_ format: OutputFormat) throws(PhrasebookError) {
        for old in previous.values.sorted(by: { $0.path < $1.path }) where old.path.hasPrefix(format.folder + "/") {
            try Publisher.validate(old.path)
            let target = path + "/" + old.path
            try makeFolder((target as NSString).deletingLastPathComponent, for: old.path)
            if link(folder + "/" + old.path, target) != 0 {
                try FileSystem.writeNew(try FileSystem.contents(of: folder + "/" + old.path), to: target)
            }
            guard let status = FileStatus.of(target) else {
                throw .outputFailed(path: folder + "/" + old.path, reason: "the file just kept is gone")
            }
            state.withLock {
                $0.files.append(PublishedFile(path: old.path, bytes: Int(status.size), kept: true, rendered: false))
                $0.outputs.append(
                    BuildState.Output(path: old.path, status: status, digest: old.digest, inputs: old.inputs))
                $0.places += previousPages.index.pages[old.path] ?? []
                $0.frames[old.path] = previousPages.index.frames[old.path]
            }
        }
    }

    /// Hard-links the file already in place at `path` into `target` when the previous build wrote it with the
    /// bytes `digest` names (``OutputFile/digest``) and it is still as written; its record, or `nil` when it must be written.
    private func keep(_ path: String, digest: String, at target: String) -> BuildState.Output? {
        guard let old = previous[path], old.digest == digest, let status = FileStatus.of(folder + "/" + path),
            status.sameOutput(as: old.status), link(folder + "/" + path, target) == 0
        else { return nil }
        return BuildState.Output(path: path, status: status, digest: digest)
    }

    /// Makes `directory` once; under the lock, so that no thread writes into a folder another is still making.
    private func makeFolder(_ directory: String, for file: String) throws(PhrasebookError) {
        try state.withLock { (state) throws(PhrasebookError) in
            guard !state.folders.contains(directory) else { return }
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .outputFailed(path: folder + "/" + file, reason: error.localizedDescription)
            }
            state.folders.insert(directory)
        }
    }

    /// The files written so far, sorted by path.
    public var written: [PublishedFile] { state.withLock { $0.files.sorted { $0.path < $1.path } } }

    /// The records of the files written so far, sorted by path: the outputs of the build's `BuildState`.
    var outputs: [BuildState.Output] { state.withLock { $0.outputs.sorted { $0.path < $1.path } } }

    /// Writes `buildState`, and where the bodies of the pages written sit (``FragmentIndex``), into the staging
    /// folder, to be committed with the output they describe.
    func record(_ buildState: BuildState) throws(PhrasebookError) {
        let index =
            buildState == .unknown ? FragmentIndex() : state.withLock { FragmentIndex($0.places, frames: $0.frames) }
        try index.write(to: path + "/" + FragmentIndex.name)
        try buildState.write(to: path + "/" + BuildState.name)
        state.withLock { $0.recorded = true }
    }

    /// Whether `record` (or `keepRecord`) was called.
    var hasRecord: Bool { state.withLock { $0.recorded } }

    /// Counts among this build's records the previous build's files in the folders of the formats it does not
    /// write (`build --format text` leaves `html/` and `markdown/` as they are): the commit does not touch them,
    /// so the next build of every format keeps them where their bytes are the same, instead of writing them all
    /// again. Nothing of a previous build by another tool, and nothing when this build replaces every format.
    func carryOverOtherFormats() {
        guard mode == .replace, let previousState, previousState.tool == BuildState.toolIdentity else { return }
        let written = Set(formats.map(\.folder))
        let others = previousState.outputs.filter { !written.contains(String($0.path.prefix { $0 != "/" })) }
        state.withLock { progress in
            for output in others { record(output, in: &progress) }
        }
    }

    /// Records `output`, a file of the previous build that stays as it is, with the bodies and the frame the
    /// previous fragment index places in it.
    private func record(_ output: BuildState.Output, in progress: inout Progress) {
        progress.outputs.append(output)
        progress.places += previousPages.index.pages[output.path] ?? []
        progress.frames[output.path] = previousPages.index.frames[output.path]
    }

    /// Keeps the previous build's state and fragment index, as they are, for a build that adds to its formats
    /// (`build --role`): every file it did not write is still the one that state records, and the files it wrote
    /// are new files, which that state's records no longer match (so the next build renders, and keeps the rest
    /// where unchanged). Whether there was such a state to keep; none is recorded then.
    func keepRecord() -> Bool {
        guard mode == .merge, FileSystem.kind(folder + "/" + BuildState.name) == .file,
            FileSystem.kind(folder + "/" + FragmentIndex.name) == .file
        else { return false }
        let names = [BuildState.name, FragmentIndex.name]
        guard names.allSatisfy({ link(folder + "/" + $0, path + "/" + $0) == 0 }) else {
            for name in names { unlink(path + "/" + name) }
            return false
        }
        state.withLock { $0.recorded = true }
        return true
    }

    /// Writes the text of `file` as UTF-8 straight from its pieces' storage, into a new file (never through a
    /// file already there: a kept file is a link to the published one); the reason when it fails.
    private static func write(_ file: OutputFile, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var failure: String?
        file.forEachPiece { bytes in
            var offset = 0
            while failure == nil, offset < bytes.count, let base = bytes.baseAddress {
                let count = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if count < 0 { failure = String(cString: strerror(errno)) } else { offset += count }
            }
        }
        return failure
    }

    /// Removes the staging folder and whatever is still in it (after a commit: what it replaced), and releases
    /// the output folder's lock.
    public func discard() {
        FileSystem.removeTree(path)
        state.withLock { $0.outputLock = nil }
    }

    /// Discards the staging folder of a build that failed, and puts the output folder back as the build found it:
    /// its lock file and times, or no folder where there was none (``OutputLock/putBack()``).
    public func abandon() {
        FileSystem.removeTree(path)
        state.withLock {
            $0.outputLock?.putBack()
            $0.outputLock = nil
        }
    }
}

/// A file a build wrote: its path inside the output folder and its size.
public struct PublishedFile: Sendable, Hashable {
    /// The path relative to the output folder, with `/` separators.
    public var path: String
    /// Its size in bytes.
    public var bytes: Int
    /// Whether it is the previous build's file, kept because its bytes did not change.
    public var kept = false
    /// Whether this build rendered it; `false` for a file kept because what it is made from did not change.
    public var rendered = true
}
