import Foundation
import Synchronization
import Testing

@testable import PhrasebookKit

@Suite("The output lock: refusing a second build touches no other file")
struct OutputLockTests {
    @Test("a refused lock closes its own descriptor once: files other threads write meanwhile stay open")
    func refusalClosesOnce() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let holder = try OutputLock(folder: folder)
        let stop = Atomic(false)
        let failed = Atomic(0)
        let written = Atomic(0)
        // Writers keep a file open, open the next before closing it and write to each: the lowest number free,
        // which a descriptor the refusal just closed is, goes to them at once, and a second close of that number
        // makes their next write fail.
        let writers = DispatchGroup()
        for number in 0..<2 {
            DispatchQueue.global().async(group: writers) {
                let path = folder + "/writer-\(number)"
                let byte: [UInt8] = [0x41]
                var current = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
                while !stop.load(ordering: .relaxed) {
                    let next = open(path, O_WRONLY | O_CLOEXEC)
                    if write(current, byte, 1) != 1 { failed.add(1, ordering: .relaxed) }
                    close(current)
                    current = next
                    written.add(1, ordering: .relaxed)
                }
                close(current)
            }
        }
        var refusals = 0
        // 20,000 refusals or three seconds, whichever comes first; but on a busy machine, where the writers may have
        // had no turn by then, on until there are enough rounds of both to tell (at most 60 seconds).
        let deadline = Date().addingTimeInterval(3)
        let latest = Date().addingTimeInterval(60)
        func enough() -> Bool { refusals > 1000 && written.load(ordering: .relaxed) > 1000 }
        func done() -> Bool { enough() && (refusals >= 20_000 || Date() >= deadline) }
        while !done(), Date() < latest, failed.load(ordering: .relaxed) == 0 {
            do {
                _ = try OutputLock(folder: folder)
            } catch {
                guard case .outputLocked = error else { throw error }
                refusals += 1
            }
        }
        stop.store(true, ordering: .relaxed)
        writers.wait()
        let failures = failed.load(ordering: .relaxed)
        #expect(failures == 0, "writes failed after \(refusals) refusals: a descriptor was closed under a writer")
        if failures == 0 {
            #expect(enough(), "too few rounds to tell")
        }
        withExtendedLifetime(holder) {}
    }

    @Test(
        "a build that fails its checks, or finds nothing to do, leaves the lock file as it was; a broken template makes no folder"
    )
    func failedBuildsTouchNothing() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        let pipeline = Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        #expect(try pipeline.build(RenderOptions()).published)
        let lock = output + "/" + OutputLock.name
        let before = try #require(FileManager.default.contents(atPath: lock))
        let stamp = try #require(try FileManager.default.attributesOfItem(atPath: lock)[.modificationDate] as? Date)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try pipeline.build(RenderOptions()).upToDate)
        let welcome = content + "/situations/counter-welcome.xml"
        try TestPaths.write(
            try String(contentsOfFile: welcome, encoding: .utf8).replacingOccurrences(of: "</situation>", with: ""),
            to: welcome)
        #expect(try !pipeline.build(RenderOptions()).published)
        #expect(FileManager.default.contents(atPath: lock) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: lock)[.modificationDate] as? Date == stamp)

        let templates = try TestPaths.copyOfTemplates()
        try TestPaths.write("{{#broken}}", to: templates + "/html/situation.mustache")
        let fresh = TestPaths.scratch() + "/Fresh"
        #expect(throws: PhrasebookError.self) {
            try Pipeline(contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: fresh)
                .build(RenderOptions())
        }
        #expect(FileSystem.kind(fresh) == .missing, "the output folder is not made")
    }

    @Test(
        "a build whose template turns out broken while it renders leaves the folder as it found it: files, lock file, times; and makes no folder"
    )
    func renderFailureTouchesNothing() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        #expect(
            try Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
                .build(RenderOptions()).published)
        let templates = try TestPaths.copyOfTemplates()
        let page = templates + "/html/situation.mustache"
        try TestPaths.write(
            try String(contentsOfFile: page, encoding: .utf8) + "{{situation.noSuchValue}}", to: page)
        let lock = output + "/" + OutputLock.name
        let files = TestPaths.snapshot(output)
        let times = [output, lock].map(Self.modified)
        Thread.sleep(forTimeInterval: 0.05)
        #expect {
            try Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
                .build(RenderOptions(), clean: true)
        } throws: { "\($0)".contains("noSuchValue") }
        #expect(TestPaths.snapshot(output) == files)
        #expect(FileManager.default.contents(atPath: lock) != nil)
        #expect([output, lock].map(Self.modified) == times, "the folder's and the lock file's times")

        let fresh = TestPaths.scratch() + "/Fresh"
        #expect(throws: PhrasebookError.self) {
            try Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: fresh).build(RenderOptions())
        }
        #expect(FileSystem.kind(fresh) == .missing, "no folder, and no lock file, where there was none")
    }

    /// The modification time of `path`, in nanoseconds.
    private static func modified(_ path: String) -> Int {
        var status = stat()
        guard lstat(path, &status) == 0 else { return -1 }
        return status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec
    }
}
