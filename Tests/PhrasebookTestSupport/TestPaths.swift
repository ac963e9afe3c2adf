import Foundation

/// Places the tests read from and write to: the repository, its fixtures and templates, and scratch folders.
public enum TestPaths {
    /// The repository root: the nearest folder above this file that holds `Package.swift`. The one way the
    /// tests find it.
    public static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// The repository's templates.
    public static var templates: String { repository + "/Templates" }

    /// The shipped content.
    public static var content: String { repository + "/Content" }

    /// A fixture content folder under Tests/PhrasebookTestSupport/Fixtures.
    public static func fixture(_ name: String) -> String {
        repository + "/Tests/PhrasebookTestSupport/Fixtures/" + name
    }

    /// A new, empty scratch folder inside this test run's folder (``runFolder``), which removes itself with
    /// everything in it when the run ends; `withScratch` removes one as soon as its test is done with it.
    public static func scratch() -> String {
        let path = runFolder + "/" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `body` on a new scratch folder and removes the folder when it returns or throws.
    public static func withScratch<T>(_ body: (String) throws -> T) rethrows -> T {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    /// The folder of this test run's scratch folders, `phrasebook-tests-<pid>` in the temporary folder. Made
    /// on first use, when the folders of runs whose process is gone (killed, crashed) are removed too: those of
    /// no process of that number here, untouched for an hour (a run in another process namespace sharing the
    /// temporary folder has a pid this one cannot see, and makes scratch folders in its own all the time);
    /// removed after exit (``removeAfterExit(_:)``).
    public static let runFolder: String = {
        let temporary = FileManager.default.temporaryDirectory.path
        let prefix = "phrasebook-tests-"
        let anHourAgo = Date().addingTimeInterval(-3600)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where name.hasPrefix(prefix)
        {
            let path = temporary + "/" + name
            let changed = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH,
                let changed, changed < anHourAgo
            {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let folder = temporary + "/" + prefix + "\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { TestPaths.removeAfterExit(TestPaths.runFolder) }
        return folder
    }()

    /// Removes `folder` by an `rm -rf` of its own, its output to /dev/null, not waited for: a whole run leaves some
    /// 600 MB in tens of thousands of files, whose unlinking kept the run from ending for most of a minute
    /// (Documentation/Performance.md, "CI's time: the Python tests beside swift test"). Removed here when the `rm`
    /// cannot be started.
    static func removeAfterExit(_ folder: String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            let mode = descriptor == 0 ? O_RDONLY : O_WRONLY
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", mode, 0)
        }
        let words = ["rm", "-rf", folder]
        var arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        arguments.append(nil)
        defer {
            for argument in arguments { free(argument) }
        }
        var pid = pid_t()
        if posix_spawn(&pid, "/bin/rm", &actions, nil, &arguments, environ) != 0 {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// A scratch copy of fixture `name`, to change without touching the original.
    public static func copy(ofFixture name: String) throws -> String {
        let destination = scratch() + "/content"
        try FileManager.default.copyItem(atPath: fixture(name), toPath: destination)
        return destination
    }

    /// A scratch copy of the repository's templates, to change without touching the originals.
    public static func copyOfTemplates() throws -> String {
        let destination = scratch() + "/Templates"
        try FileManager.default.copyItem(atPath: templates, toPath: destination)
        return destination
    }

    /// Writes `text` to `path`, creating folders.
    public static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Replaces every `old` in the text file at `path` with `new`; fails the test when there is none.
    public static func replace(_ old: String, with new: String, in path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard text.contains(old) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: ["missing": old, "in": path])
        }
        try write(text.replacingOccurrences(of: old, with: new), to: path)
    }

    /// Every file below `folder` with its bytes, keyed by relative path; the lock file (which names its last
    /// holder), the build state (which records file times and inodes) and the places of the situation bodies
    /// (whose keys hold the folders' names as given) left out.
    public static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        let bookkeeping: Set = [".phrasebook-lock", ".phrasebook-build-state", ".phrasebook-fragments"]
        for name in names where !bookkeeping.contains(name) {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
