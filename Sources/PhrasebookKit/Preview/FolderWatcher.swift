import Foundation

/// Notices changes in a set of folders by comparing fingerprints (every file's path, size, modification and
/// status-change times and inode, by `lstat`): cheap for a content and templates folder of a few hundred files.
/// Looked at when the system reports a change (`ChangeNotifier`) and, as a fallback, at intervals.
public struct FolderWatcher: Sendable {
    /// A folder's state at one moment.
    public struct Fingerprint: Sendable, Equatable {
        fileprivate var entries: [String: FileStatus]

        /// The files (as `folder/name`, the folder as watched) added, removed or changed since `earlier`, sorted.
        public func paths(changedSince earlier: Fingerprint) -> [String] {
            Set(entries.keys).union(earlier.entries.keys).filter { entries[$0] != earlier.entries[$0] }.sorted()
        }
    }

    /// The folders watched.
    public let folders: [String]

    /// A watcher of `folders`.
    public init(folders: [String]) {
        self.folders = folders
    }

    /// The folders' fingerprint now: their regular files, and what their links lead to. A folder that is a link
    /// (`Content -> /srv/book/Content`) is looked into where it leads now, so that a link switched to another
    /// folder is a change too. Hidden files (editors' swap files, `.DS_Store`) are left out.
    public func fingerprint() -> Fingerprint {
        var entries: [String: FileStatus] = [:]
        for folder in folders {
            let real = Self.resolved(folder)
            let names = (FileManager.default.enumerator(atPath: real)?.allObjects as? [String]) ?? []
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = real + "/" + name
                if let status = FileStatus.ofFile(followingLinks: path) {
                    entries[folder + "/" + name] = status
                }
            }
        }
        return Fingerprint(entries: entries)
    }

    /// `folder` with its links followed: the folder it is now.
    static func resolved(_ folder: String) -> String {
        URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    }

    /// Calls `changed` with the files that differ (``Fingerprint/paths(changedSince:)``) each time the folders differ
    /// from the last look, until the task is cancelled (and not after: a change seen as it is cancelled is not
    /// reported). The folders
    /// are looked at as soon as the system reports a change under them (`ChangeNotifier`), and every `interval`
    /// seconds besides (by default once a second, or every 50 ms where the system reports nothing). A change is
    /// reported once the folders have stayed the same for `settle` seconds more, so that an editor's save in
    /// several writes (milliseconds apart) makes one rebuild.
    ///
    /// `baseline`, when given, is the fingerprint the first look compares with (taken before the first build, so
    /// that a save made while it ran is a change); by default the folders as they are when the watch begins.
    public func watch(
        from baseline: Fingerprint? = nil, every interval: Double? = nil, settle: Double = 0.02,
        changed: @Sendable ([String]) async -> Void
    ) async {
        let notifier = ChangeNotifier(folders: folders.map(Self.resolved))
        let pause = interval ?? (notifier == nil ? 0.05 : 1)
        var last = baseline ?? fingerprint()
        while !Task.isCancelled {
            if let notifier {
                await notifier.wait(upTo: pause)
            } else {
                try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
            }
            var now = fingerprint()
            guard now != last else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(settle * 1_000_000_000))
                let settled = fingerprint()
                if settled == now { break }
                now = settled
            }
            // A change seen as the watch is cancelled is not acted on: the caller is stopping.
            guard !Task.isCancelled else { return }
            let paths = now.paths(changedSince: last)
            last = now
            await changed(paths)
        }
    }
}
