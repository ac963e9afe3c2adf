import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells a waiting `FolderWatcher` as soon as the system reports a change under its folders (Linux's inotify, on
/// every folder under them, folders added later included), so that a save is noticed at once instead of at the
/// next poll. Only a hint: the watcher's fingerprints still decide whether anything changed. Where inotify is
/// missing (another system, or the limit of watches reached), `init` returns nil and the watcher polls.
final class ChangeNotifier {
    private let bell = Doorbell()
    private let source: any DispatchSourceRead

    /// Watches `folders` and every folder under them; nil where the system cannot report changes.
    init?(folders: [String]) {
        #if canImport(Glibc)
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            guard Self.watchAll(folders, with: descriptor) else {
                close(descriptor)
                return nil
            }
            let source = DispatchSource.makeReadSource(
                fileDescriptor: descriptor, queue: DispatchQueue(label: "phrasebook.folder-watcher"))
            source.setEventHandler { [bell] in
                if Self.drain(descriptor) { _ = Self.watchAll(folders, with: descriptor) }
                bell.ring()
            }
            source.setCancelHandler { close(descriptor) }
            source.resume()
            self.source = source
        #else
            return nil
        #endif
    }

    deinit {
        source.cancel()
    }

    /// Returns at the next change reported (at once if one came since the last wait), after `seconds`, or when
    /// the task is cancelled.
    func wait(upTo seconds: Double) async {
        await bell.wait(upTo: seconds)
    }

    #if canImport(Glibc)
        /// What is reported: a file written, closed after writing, its status changed, or a name made, moved or
        /// removed in a folder watched; the folder itself removed or moved.
        private static let events = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF
                | IN_MOVE_SELF)

        /// Adds a watch on `folders` and on every folder under them (adding one again changes nothing); whether the
        /// top folders could all be watched.
        private static func watchAll(_ folders: [String], with descriptor: Int32) -> Bool {
            var watched = true
            for folder in folders {
                if inotify_add_watch(descriptor, folder, events) < 0 { watched = false }
                let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
                for name in names {
                    var status = stat()
                    let path = folder + "/" + name
                    if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                        _ = inotify_add_watch(descriptor, path, events)
                    }
                }
            }
            return watched
        }

        /// Reads every event waiting; whether one of them was about a folder (made or moved in: it needs a watch).
        private static func drain(_ descriptor: Int32) -> Bool {
            var folderEvent = false
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { return folderEvent }
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = buffer.withUnsafeBytes {
                        $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    }
                    if event.mask & UInt32(IN_ISDIR) != 0 { folderEvent = true }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                }
            }
        }
    #endif
}
