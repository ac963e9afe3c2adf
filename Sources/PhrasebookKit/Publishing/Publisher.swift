import Foundation

/// Writes rendered files into the output folder without ever leaving it half-written or touching what it did not
/// make. A build takes the folder's lock (`OutputLock`), writes everything into a staging folder inside it
/// (`Staging`), and commits: each format folder, and the manifest of what the tool made (`OutputManifest`), is
/// swapped whole with its staged replacement, under a journal (`CommitJournal`) that the next run rolls back if
/// the build dies half-way. A failed swap rolls the others back at once. Documentation/Architecture.md, "Publishing".
public struct Publisher: Sendable {
    /// How a build's files meet what a format folder already holds.
    public enum Mode: Sendable {
        /// The build makes the whole format: files it no longer makes disappear.
        case replace
        /// The build adds to the format (a one-role build): its files replace their namesakes, the rest stays.
        case merge
    }

    /// The output folder; when the path given is a symbolic link, the folder it leads to (every step here lists
    /// and renames without following links, which would otherwise find nothing to recover through it).
    public let folder: String
    /// The test hook (`PHRASEBOOK_FAULT`).
    let fault: FaultInjection?

    /// A publisher for `folder`.
    public init(folder: String) {
        self.init(folder: folder, fault: FaultInjection.environment)
    }

    /// A publisher for `folder` with an injected fault (tests).
    init(folder: String, fault: FaultInjection?) {
        self.folder =
            FileSystem.kind(folder) == .other ? URL(fileURLWithPath: folder).resolvingSymlinksInPath().path : folder
        self.fault = fault
    }

    /// Locks the output folder, finishes whatever an interrupted build left, checks that the tool may replace
    /// (or add to) the folders of `formats`, and opens a staging folder to write the build's files into. With
    /// `keeping`, the previous build's state is read under the lock and its files are kept where unchanged.
    public func stage(_ formats: [OutputFormat], mode: Mode, keeping: Bool = false) throws(PhrasebookError) -> Staging {
        let lock = try acquire(formats)
        let previous = keeping && mode == .replace ? BuildState.read(folder: folder) : nil
        return try Staging(folder: folder, formats: formats, mode: mode, lock: lock, previous: previous)
    }

    /// Locks the output folder (made if missing), finishes whatever an interrupted build left and checks that the
    /// tool may replace the folders of `formats`; the lock is held until the result is released. `naming`: whether
    /// the lock file names this process (a build about to write), or is only locked (``OutputLock/init(folder:naming:)``).
    func acquire(_ formats: [OutputFormat], naming: Bool = true) throws(PhrasebookError) -> OutputLock {
        // Refused before anything (even the lock file) is created in a folder that is not ours; a folder with a
        // journal is checked after the roll-back, since half-swapped folders are not yet in the manifest.
        if FileSystem.kind(folder + "/" + CommitJournal.name) == .missing {
            try OutputManifest.read(folder: folder).verifyOwned(formats.map(\.folder), in: folder)
        }
        let before = naming ? OutputFolderBefore(folder: folder) : nil
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .outputFailed(path: folder, reason: error.localizedDescription)
        }
        let lock = try OutputLock(folder: folder, naming: naming, before: before)
        try Self.recover(folder)
        try OutputManifest.read(folder: folder).verifyOwned(formats.map(\.folder), in: folder)
        return lock
    }

    /// Publishes `files` at once: stages them, then commits. A refused path throws before anything is committed.
    public func publish(_ files: [OutputFile], formats: [OutputFormat], mode: Mode = .replace) throws(PhrasebookError) {
        let staging = try stage(formats, mode: mode)
        do {
            for file in files { try staging.accept(file) }
            try commit(staging)
        } catch {
            staging.abandon()
            throw error
        }
        staging.discard()
    }

    /// Puts what `staging` holds in place, all of it or (on any failure) none of it.
    public func commit(_ staging: Staging) throws(PhrasebookError) {
        let folders = staging.formats.map(\.folder)
        let previous = try OutputManifest.read(folder: folder)
        try previous.verifyOwned(folders, in: folder)
        var entries = previous.entries.filter { entry in
            !folders.contains(String(entry.prefix { $0 != "/" })) && FileSystem.kind(folder + "/" + entry) != .missing
        }
        for name in folders {
            let staged = staging.path + "/" + name
            if staging.mode == .merge { try Self.link(folder + "/" + name, into: staged) }
            if FileSystem.kind(staged) == .missing { try Staging.makeFolder(staged) }
            entries.formUnion(try OutputManifest.listing(of: staged, as: name + "/"))
        }
        try FileSystem.writeNew(
            Array(OutputManifest(entries: entries).text.utf8), to: staging.path + "/" + OutputManifest.name)
        if !staging.hasRecord, !staging.keepRecord() { try staging.record(.unknown) }
        let steps = (folders + [OutputManifest.name, FragmentIndex.name, BuildState.name]).map { name in
            CommitJournal.Step(
                name: name, stagedInode: FileSystem.inode(staging.path + "/" + name) ?? 0,
                existed: FileSystem.kind(folder + "/" + name) != .missing)
        }
        let journal = CommitJournal(staging: (staging.path as NSString).lastPathComponent, steps: steps)
        try fault?.reach("journal", in: folder)
        try journal.write(into: folder)
        do {
            for step in steps {
                try fault?.reach(Self.faultStep(step.name), in: folder)
                let staged = staging.path + "/" + step.name
                let current = folder + "/" + step.name
                if step.existed {
                    try FileSystem.exchange(staged, current)
                } else {
                    try FileSystem.moveNoReplace(staged, current)
                }
            }
            FileSystem.sync(folder: folder)
            try fault?.reach("commit", in: folder)
            try CommitJournal.remove(from: folder)
        } catch {
            do {
                try journal.rollBack(in: folder)
                try CommitJournal.remove(from: folder)
            } catch {
                throw .outputFailed(
                    path: folder,
                    reason:
                        "\(error); the commit was interrupted, and the next phrasebook run puts the previous output back"
                )
            }
            throw error
        }
        try? fault?.reach("cleanup", in: folder)
    }

    /// The name of the commit step that swaps `name`, for `PHRASEBOOK_FAULT`.
    private static func faultStep(_ name: String) -> String {
        switch name {
        case OutputManifest.name: "manifest"
        case BuildState.name: "state"
        case FragmentIndex.name: "fragments"
        default: name
        }
    }

    /// Finishes whatever an interrupted build left in the output folder: rolls back a half-done commit and
    /// removes staging folders of builds that died. Does nothing when there is nothing to do, or when another
    /// build holds the lock (that build does it).
    public func recover() throws(PhrasebookError) {
        let names = FileSystem.names(in: folder)
        guard names.contains(where: Self.isLeftover) || names.contains(CommitJournal.name) else { return }
        do {
            let lock = try OutputLock(folder: folder)
            try Self.recover(folder)
            withExtendedLifetime(lock) {}
        } catch {
            if case .outputLocked = error { return }
            throw error
        }
    }

    /// Whether `name` is what a build leaves only while it runs: a staging folder, a retired folder of older
    /// versions, a journal being written.
    private static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(Staging.prefix) || name.hasPrefix(".phrasebook-old-") || name == CommitJournal.name + ".tmp"
    }

    /// `recover` with the lock already held: every other build's staging folder is then one that died.
    private static func recover(_ folder: String) throws(PhrasebookError) {
        if let journal = try CommitJournal.read(folder: folder) {
            try journal.rollBack(in: folder)
            try CommitJournal.remove(from: folder)
        }
        for name in FileSystem.names(in: folder) where isLeftover(name) {
            FileSystem.removeTree(folder + "/" + name)
        }
    }

    /// Hard-links (or, where links are impossible, copies) every file of the format folder `current` that the
    /// build did not make into `staged`, so a one-role build's commit keeps the rest of the folder.
    private static func link(_ current: String, into staged: String) throws(PhrasebookError) {
        guard FileSystem.kind(current) == .folder else { return }
        if FileSystem.kind(staged) == .missing { try Staging.makeFolder(staged) }
        for entry in try OutputManifest.listing(of: current, as: "").sorted() where !entry.isEmpty {
            let source = current + "/" + entry
            let target = staged + "/" + entry
            if entry.hasSuffix("/") {
                if FileSystem.kind(target) == .missing { try Staging.makeFolder(target) }
            } else if FileSystem.kind(target) == .missing, Foundation.link(source, target) != 0 {
                try FileSystem.writeNew(try FileSystem.contents(of: source), to: target)
            }
        }
    }

    /// Refuses a path that could land outside the output folder or carry control characters into a name.
    static func validate(_ path: String) throws(PhrasebookError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let safe =
            !path.hasPrefix("/") && !components.isEmpty
            && !path.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".phrasebook-") }
        if !safe { throw .outputFailed(path: path, reason: "refusing a path outside the output folder") }
    }
}
