import Foundation

/// Notices changes in a set of folders by comparing fingerprints (every file's path, size, modification and
/// status-change times and inode, by `lstat`), polled: portable, and cheap for a content and templates folder of
/// a few hundred files.
public struct FolderWatcher: Sendable {
    /// A folder's state at one moment.
    public struct Fingerprint: Sendable, Equatable {
        fileprivate var entries: [String: FileStatus]
    }

    /// The folders watched.
    public let folders: [String]

    /// A watcher of `folders`.
    public init(folders: [String]) {
        self.folders = folders
    }

    /// The folders' fingerprint now: their regular files. Hidden files (editors' swap files, `.DS_Store`) are
    /// left out.
    public func fingerprint() -> Fingerprint {
        var entries: [String: FileStatus] = [:]
        for folder in folders {
            let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = folder + "/" + name
                if let status = FileStatus.of(path) { entries[path] = status }
            }
        }
        return Fingerprint(entries: entries)
    }

    /// Calls `changed` each time the folders differ from the last look, polling every `interval` seconds,
    /// until the task is cancelled. A change is reported once the folders have stayed the same for `settle`
    /// seconds more, so that an editor's save in several writes (milliseconds apart) makes one rebuild.
    public func watch(
        every interval: Double = 0.05, settle: Double = 0.02, changed: @Sendable () async -> Void
    ) async {
        var last = fingerprint()
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            var now = fingerprint()
            guard now != last else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(settle * 1_000_000_000))
                let settled = fingerprint()
                if settled == now { break }
                now = settled
            }
            last = now
            await changed()
        }
    }
}
