import Foundation

/// Notices changes in a set of folders by comparing fingerprints (every file's path, size and modification
/// time), polled: portable, and cheap for a content and templates folder of a few hundred files.
public struct FolderWatcher: Sendable {
    /// A folder's state at one moment.
    public struct Fingerprint: Sendable, Equatable {
        fileprivate var entries: [String: [Int]]
    }

    /// The folders watched.
    public let folders: [String]

    /// A watcher of `folders`.
    public init(folders: [String]) {
        self.folders = folders
    }

    /// The folders' fingerprint now. Hidden files (editors' swap files, `.DS_Store`) are left out.
    public func fingerprint() -> Fingerprint {
        var entries: [String: [Int]] = [:]
        let manager = FileManager.default
        for folder in folders {
            let names = (manager.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = folder + "/" + name
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                    attributes[.type] as? FileAttributeType == .typeRegular
                else { continue }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                entries[path] = [size, Int(modified * 1_000_000)]
            }
        }
        return Fingerprint(entries: entries)
    }

    /// Calls `changed` each time the folders differ from the last look, polling every `interval` seconds,
    /// until the task is cancelled. A change is reported once the folders have stayed the same for one more
    /// interval, so an editor's save in several writes makes one rebuild.
    public func watch(every interval: Double = 0.05, changed: @Sendable () async -> Void) async {
        var last = fingerprint()
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            var now = fingerprint()
            guard now != last else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                let settled = fingerprint()
                if settled == now { break }
                now = settled
            }
            last = now
            await changed()
        }
    }
}
