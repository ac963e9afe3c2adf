import Foundation
import Testing

/// The shared helpers of Tests/PhrasebookTestSupport: one repository root, scratch folders that go away.
@Suite("Test support")
struct TestSupportTests {
    @Test("The repository root holds Package.swift, the templates and the fixtures")
    func repositoryRoot() {
        for path in ["/Package.swift", "/Templates/html", "/Content/phrasebook.xml"] {
            #expect(FileManager.default.fileExists(atPath: TestPaths.repository + path), "\(path)")
        }
        #expect(FileManager.default.fileExists(atPath: TestPaths.fixture("minimal") + "/phrasebook.xml"))
    }

    @Test("Every scratch folder is inside the run's folder, which the run removes; withScratch removes its own")
    func scratchFoldersGoAway() throws {
        let kept = TestPaths.scratch()
        let fixture = try ContentFixture(situations: [:]).write()
        for folder in [kept, fixture] {
            #expect(folder.hasPrefix(TestPaths.runFolder + "/"), "\(folder)")
        }
        ContentFixture.remove(fixture)
        #expect(!FileManager.default.fileExists(atPath: (fixture as NSString).deletingLastPathComponent))
        let used = try TestPaths.withScratch { folder in
            try TestPaths.write("x", to: folder + "/a/b.txt")
            return folder
        }
        #expect(!FileManager.default.fileExists(atPath: used))
    }
}
