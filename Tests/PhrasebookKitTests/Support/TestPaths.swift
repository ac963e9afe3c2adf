import Foundation

/// Places the tests read from and write to: the repository, its fixtures and templates, and scratch folders.
enum TestPaths {
    /// The repository root, found from this file's path.
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The repository's templates.
    static var templates: String { repository + "/Templates" }

    /// The shipped content.
    static var content: String { repository + "/Content" }

    /// A fixture content folder under Tests/PhrasebookKitTests/Fixtures.
    static func fixture(_ name: String) -> String {
        repository + "/Tests/PhrasebookKitTests/Fixtures/" + name
    }

    /// A new, empty scratch folder; removed by `ScratchFolder.remove`.
    static func scratch() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("phrasebook-test-" + UUID().uuidString)
            .path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A scratch copy of fixture `name`, to change without touching the original.
    static func copy(ofFixture name: String) throws -> String {
        let destination = scratch() + "/content"
        try FileManager.default.copyItem(atPath: fixture(name), toPath: destination)
        return destination
    }

    /// A scratch copy of the repository's templates, to change without touching the originals.
    static func copyOfTemplates() throws -> String {
        let destination = scratch() + "/Templates"
        try FileManager.default.copyItem(atPath: templates, toPath: destination)
        return destination
    }

    /// Writes `text` to `path`, creating folders.
    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Every file below `folder` with its bytes, keyed by relative path; the lock file (which names its last
    /// holder) and the build state (which records file times and inodes) left out.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        for name in names where name != ".phrasebook-lock" && name != ".phrasebook-build-state" {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
