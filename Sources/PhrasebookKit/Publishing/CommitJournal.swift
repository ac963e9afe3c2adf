import Foundation

/// The record of a commit in progress, `<output>/.phrasebook-journal`: which entries of the output folder are
/// being swapped with their staged replacements, and how to recognise each replacement (its inode). It is written
/// whole (temporary file, flushed, renamed) before the first swap and removed after the last; that removal is the
/// moment the new output counts as published. A build killed in between leaves the journal behind, and the next
/// run of any command rolls the swaps back, so the output is the previous one, whole.
struct CommitJournal: Codable, Equatable {
    /// The journal's file name inside the output folder.
    static let name = ".phrasebook-journal"

    /// One entry swapped into place.
    struct Step: Codable, Equatable {
        /// The entry's name in the output folder (`html`, `.phrasebook-manifest`).
        var name: String
        /// The inode of the staged replacement, the same after it is renamed.
        var stagedInode: UInt64
        /// Whether the output folder held an entry of that name before the commit.
        var existed: Bool
    }

    /// The staging folder's name inside the output folder.
    var staging: String
    /// The swaps, in the order they are made.
    var steps: [Step]

    /// Writes the journal into `folder` in one step (a temporary file, flushed, then renamed).
    func write(into folder: String) throws(PhrasebookError) {
        let temporary = folder + "/" + Self.name + ".tmp"
        FileSystem.removeTree(temporary)
        let data: Data
        do { data = try JSONEncoder().encode(self) } catch {
            throw .internalFailure("journal: \(error)")
        }
        try FileSystem.writeNew(data, to: temporary)
        try FileSystem.rename(temporary, folder + "/" + Self.name)
        FileSystem.sync(folder: folder)
    }

    /// The journal left in `folder`, if any.
    static func read(folder: String) throws(PhrasebookError) -> CommitJournal? {
        let path = folder + "/" + name
        guard FileSystem.kind(path) != .missing else { return nil }
        guard let data = FileSystem.read(path), let journal = try? JSONDecoder().decode(Self.self, from: data),
            !journal.staging.contains("/"), journal.staging.hasPrefix(Staging.prefix),
            journal.steps.allSatisfy({ !$0.name.contains("/") && $0.name != ".." && !$0.name.isEmpty })
        else {
            throw .refusedOutput(
                path: path, reason: "an unreadable commit journal; check the output folder, then delete the journal")
        }
        return journal
    }

    /// Removes the journal from `folder` and flushes the folder.
    static func remove(from folder: String) throws(PhrasebookError) {
        if unlink(folder + "/" + name) != 0 && errno != ENOENT {
            throw .outputFailed(path: folder + "/" + name, reason: String(cString: strerror(errno)))
        }
        FileSystem.sync(folder: folder)
    }

    /// Undoes every swap that happened, last first: each replacement found in place (by its inode) goes back
    /// into the staging folder and what it replaced returns, wherever the interrupted swap left it.
    func rollBack(in folder: String) throws(PhrasebookError) {
        let stagingPath = folder + "/" + staging
        for step in steps.reversed() {
            let current = folder + "/" + step.name
            let staged = stagingPath + "/" + step.name
            let previous = staged + ".previous"
            if FileSystem.inode(current) == step.stagedInode {
                try FileSystem.moveNoReplace(current, staged + ".new")
            }
            guard step.existed, FileSystem.kind(current) == .missing else { continue }
            if FileSystem.kind(previous) != .missing {
                try FileSystem.moveNoReplace(previous, current)
            } else if let inode = FileSystem.inode(staged), inode != step.stagedInode {
                try FileSystem.moveNoReplace(staged, current)
            }
        }
        FileSystem.sync(folder: folder)
    }
}
