import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Content files replaced in one step")
struct AtomicFileTests {
    @Test("writes of one file from several threads all succeed, and leave no temporary file")
    func writersNeverMeet() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/situation.xml"
        try TestPaths.write("<situation/>", to: path)
        let failures = Locked([String]())
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            for round in 0..<200 {
                do {
                    try AtomicFile.replace(path, with: Array("<situation n='\(writer)-\(round)'/>".utf8))
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        let failed = failures.withLock { $0 }
        #expect(failed.isEmpty, "\(failed.count) writes failed, the first: \(failed.first ?? "")")
        let final = try String(contentsOfFile: path, encoding: .utf8)
        #expect(final.wholeMatch(of: /<situation n='[0-3]-199'\/>/) != nil, "\(final)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["situation.xml"])
    }

    @Test(
        "a file reached through a link is edited where it is, the link kept, its mode kept; a read-only one is refused")
    func linksAndReadOnly() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shared = folder + "/shared/situation.xml"
        try TestPaths.write("<situation/>", to: shared)
        #expect(chmod(shared, 0o640) == 0)
        let link = folder + "/content/situation.xml"
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: shared)
        try AtomicFile.replace(link, with: Array("<situation id='s'/>".utf8))
        #expect(FileSystem.kind(link) == .other, "still a link")
        #expect(try String(contentsOfFile: shared, encoding: .utf8) == "<situation id='s'/>")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: shared)[.posixPermissions] as? Int)
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/content") == ["situation.xml"])
        #expect(chmod(shared, 0o444) == 0)
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.replace(link, with: Array("<x/>".utf8)) }
        #expect(try String(contentsOfFile: shared, encoding: .utf8) == "<situation id='s'/>")
    }

    @Test("an editor's save between the caller's look and the rename is kept: the write is refused, nothing lost")
    func saveJustBeforeTheRename() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/situation.xml"
        try TestPaths.write("<situation/>", to: path)
        let change = AtomicFile.Change(path: path, old: Array("<situation/>".utf8), new: Array("<imported/>".utf8))
        #expect(throws: PhrasebookError.self) {
            try AtomicFile.writeAll([change]) { (_, changed) throws(AtomicFile.Failure) in
                try? "<situation><!-- saved --></situation>".write(toFile: changed, atomically: true, encoding: .utf8)
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<situation><!-- saved --></situation>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["situation.xml"])
    }

    @Test("a temporary file another run left beside the file neither stops an edit nor is removed by it")
    func leftoverTemporary() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/situation.xml"
        try TestPaths.write("<situation/>", to: path)
        // The name a run of this process id used before temporary names had a random part.
        let leftover = folder + "/.situation.xml.phrasebook-edit-\(getpid())"
        try TestPaths.write("half an edit", to: leftover)
        try AtomicFile.replace(path, with: Array("<situation id='s'/>".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<situation id='s'/>")
        #expect(try String(contentsOfFile: leftover, encoding: .utf8) == "half an edit")
    }

    @Test("when a file changed before a failed rename cannot be put back, the error names it")
    func putBackFailureNamed() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let first = scratch + "/one/a.xml"
        let second = scratch + "/two/b.xml"
        try TestPaths.write("a", to: first)
        try TestPaths.write("b", to: second)
        let changes = [
            AtomicFile.Change(path: first, old: Array("a".utf8), new: Array("A".utf8)),
            AtomicFile.Change(path: second, old: Array("b".utf8), new: Array("B".utf8)),
        ]
        let error = #expect(throws: PhrasebookError.self) {
            try AtomicFile.writeAll(changes) { (number, _) throws(AtomicFile.Failure) in
                guard number == 2 else { return }
                // The first file's folder is gone (a file stands in its place): its old bytes cannot go back.
                try? FileManager.default.removeItem(atPath: scratch + "/one")
                try? TestPaths.write("not a folder", to: scratch + "/one")
                throw AtomicFile.Failure(reason: "refused")
            }
        }
        guard case .contentEditFailed(let path, let reason) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(path == second)
        #expect(reason.contains("could not all be put back") && reason.contains(first), "\(reason)")
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "b")

        try TestPaths.write("a", to: scratch + "/three/a.xml")
        let undone = #expect(throws: PhrasebookError.self) {
            try AtomicFile.writeAll([
                AtomicFile.Change(path: scratch + "/three/a.xml", old: Array("a".utf8), new: Array("A".utf8)),
                AtomicFile.Change(path: second, old: Array("b".utf8), new: Array("B".utf8)),
            ]) { (number, _) throws(AtomicFile.Failure) in
                if number == 2 { throw AtomicFile.Failure(reason: "refused") }
            }
        }
        #expect("\(String(describing: undone))".contains("the files changed before it were put back"))
        #expect(try String(contentsOfFile: scratch + "/three/a.xml", encoding: .utf8) == "a")
    }
}
