import Foundation
import Testing

@testable import PhrasebookKit

/// The watcher behind `phrasebook serve`: a save is noticed when the system reports it, not at the next poll.
/// Each test polls only every two minutes, so a change seen within the test's few seconds was reported by the
/// system (`ChangeNotifier`).
@Suite("The folder watcher: saves noticed as the system reports them")
struct FolderWatcherTests {
    /// Runs a watcher of `folder` that polls every two minutes, does `edit` once it is watching, and returns how
    /// many changes it reported within ten seconds (stopping at the first).
    private func changes(in folder: String, after edit: () throws -> Void) async throws -> Int {
        let reported = Locked(0)
        let watcher = Task {
            await FolderWatcher(folders: [folder]).watch(every: 120) { _ in reported.withLock { $0 += 1 } }
        }
        defer { watcher.cancel() }
        try await Task.sleep(nanoseconds: 300_000_000)  // the watcher has taken its first fingerprint
        try edit()
        for _ in 0..<200 where reported.withLock({ $0 }) == 0 {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return reported.withLock { $0 }
    }

    @Test("A save made before the watch began but after its baseline (during serve's first build) is reported")
    func saveBeforeTheWatchBegan() async throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let watcher = FolderWatcher(folders: [folder])
        let before = watcher.fingerprint()
        try TestPaths.write(try editedSilentCall(in: folder), to: folder + "/situations/silent-call.xml")
        let reported = Locked<[[String]]>([])
        let watching = Task {
            await watcher.watch(from: before, every: 0.05) { paths in reported.withLock { $0.append(paths) } }
        }
        defer { watching.cancel() }
        for _ in 0..<200 where reported.withLock({ $0 }).isEmpty {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        #expect(reported.withLock { $0 } == [[folder + "/situations/silent-call.xml"]], "the file saved, named")
    }

    @Test("The files named changed are those added, removed or edited, as the folder was given")
    func pathsChanged() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let watcher = FolderWatcher(folders: [folder])
        let before = watcher.fingerprint()
        try TestPaths.write(try editedSilentCall(in: folder), to: folder + "/situations/silent-call.xml")
        try FileManager.default.removeItem(atPath: folder + "/taboos.xml")
        try TestPaths.write("<x/>", to: folder + "/situations/new.xml")
        #expect(
            watcher.fingerprint().paths(changedSince: before) == [
                folder + "/situations/new.xml", folder + "/situations/silent-call.xml", folder + "/taboos.xml",
            ])
        #expect(watcher.fingerprint().paths(changedSince: watcher.fingerprint()).isEmpty)
    }

    @Test("A folder that is a link is watched where it leads, and so is a file that is a link, and a link switched")
    func linkedFolders() throws {
        let scratch = TestPaths.scratch()
        let real = try TestPaths.copy(ofFixture: "minimal")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: scratch + "/Content", withDestinationPath: real)
        let watcher = FolderWatcher(folders: [scratch + "/Content"])
        let first = watcher.fingerprint()
        #expect(first != FolderWatcher(folders: [scratch + "/none"]).fingerprint(), "the link is looked into")
        try TestPaths.write(try editedSilentCall(in: real), to: real + "/situations/silent-call.xml")
        let edited = watcher.fingerprint()
        #expect(edited != first, "an edit where the link leads")
        // A situation file that is itself a link: an edit of what it leads to.
        let elsewhere = TestPaths.scratch() + "/elsewhere.xml"
        try manager.moveItem(atPath: real + "/situations/counter-welcome.xml", toPath: elsewhere)
        try manager.createSymbolicLink(atPath: real + "/situations/counter-welcome.xml", withDestinationPath: elsewhere)
        let linked = watcher.fingerprint()
        Thread.sleep(forTimeInterval: 0.01)
        try TestPaths.write(try String(contentsOfFile: elsewhere, encoding: .utf8) + "\n", to: elsewhere)
        #expect(watcher.fingerprint() != linked, "an edit of a linked file's target")
        // The link switched to another copy of the book.
        let other = try TestPaths.copy(ofFixture: "minimal")
        let settled = watcher.fingerprint()
        try manager.removeItem(atPath: scratch + "/Content")
        try manager.createSymbolicLink(atPath: scratch + "/Content", withDestinationPath: other)
        #expect(watcher.fingerprint() != settled, "a link switched")
    }

    /// The minimal fixture's `silent-call.xml` in `folder` with its title changed: what a test saves.
    private func editedSilentCall(in folder: String) throws -> String {
        try String(contentsOfFile: folder + "/situations/silent-call.xml", encoding: .utf8)
            .replacingOccurrences(of: "Silent call", with: "Silent line")
    }

    #if os(Linux)
        @Test("A file saved in a watched folder is reported at once, not at the next poll")
        func saveReported() async throws {
            let folder = try TestPaths.copy(ofFixture: "minimal")
            let edited = try editedSilentCall(in: folder)
            let count = try await changes(in: folder) {
                try TestPaths.write(edited, to: folder + "/situations/silent-call.xml")
            }
            #expect(count == 1)
        }

        @Test("A save by rename, as editors make it (written aside, then renamed over the file), is reported at once")
        func renameReported() async throws {
            let folder = try TestPaths.copy(ofFixture: "minimal")
            let edited = try editedSilentCall(in: folder)
            let count = try await changes(in: folder) {
                let aside = folder + "/situations/.silent-call.xml.tmp"
                try TestPaths.write(edited, to: aside)
                guard rename(aside, folder + "/situations/silent-call.xml") == 0 else {
                    throw CocoaError(.fileWriteUnknown)
                }
            }
            #expect(count == 1)
        }

        @Test("A file saved in a folder made after the watch began is reported too")
        func newFolderWatched() async throws {
            let folder = try TestPaths.copy(ofFixture: "minimal")
            let count = try await changes(in: folder) {
                try FileManager.default.createDirectory(
                    atPath: folder + "/situations/more", withIntermediateDirectories: false)
                Thread.sleep(forTimeInterval: 0.5)  // the empty folder is looked at (no change) before the file comes
                try TestPaths.write("<situations/>", to: folder + "/situations/more/new.xml")
            }
            #expect(count == 1)
        }
    #endif

    @Test(
        "A ring while nobody waits is kept for the next wait; a wait without one ends after its time",
        .timeLimit(.minutes(10)))
    func doorbell() async {
        let bell = Doorbell()
        bell.ring()
        #expect(await bell.wait(upTo: 3600) == .rung, "the ring was kept")
        #expect(await bell.wait(upTo: 0.1) == .timedOut)
    }

    @Test("Cancelling the waiting task ends its wait", .timeLimit(.minutes(10)))
    func doorbellCancelled() async {
        let bell = Doorbell()
        let waiting = Task { await bell.wait(upTo: 3600) }
        waiting.cancel()
        #expect(await waiting.value == .cancelled)
    }
}
