import Foundation
import Testing

@testable import PhrasebookKit

/// A content file is read whole, through a link too; one larger than the limit is not read; a folder, a missing
/// file or a pipe is unreadable (never waited on).
@Suite("Reading a content file's bytes")
struct ContentFileBytesTests {
    @Test("a file's bytes, whole, empty or larger than one read, and through a symbolic link")
    func bytes() throws {
        try TestPaths.withScratch { scratch in
            let large = [UInt8]((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            for (name, content) in [
                ("empty.xml", [UInt8]()), ("small.xml", Array("<situation/>".utf8)), ("large.xml", large),
            ] {
                let path = scratch + "/" + name
                try Data(content).write(to: URL(fileURLWithPath: path))
                guard case .bytes(let read) = ContentFileBytes.read(path, limit: 1_000_000) else {
                    Issue.record("\(name) not read")
                    continue
                }
                #expect(read == content, "\(name)")
            }
            try FileManager.default.createSymbolicLink(atPath: scratch + "/link.xml", withDestinationPath: "small.xml")
            guard case .bytes(let linked) = ContentFileBytes.read(scratch + "/link.xml", limit: 100) else {
                Issue.record("the link was not followed")
                return
            }
            #expect(linked == Array("<situation/>".utf8))
        }
    }

    @Test("a file larger than the limit is not read, and its size is named")
    func tooLarge() throws {
        try TestPaths.withScratch { scratch in
            let path = scratch + "/big.xml"
            try Data(count: 101).write(to: URL(fileURLWithPath: path))
            guard case .tooLarge(let size) = ContentFileBytes.read(path, limit: 100) else {
                Issue.record("read past the limit")
                return
            }
            #expect(size == 101)
            guard case .bytes(let bytes) = ContentFileBytes.read(path, limit: 101) else {
                Issue.record("a file at the limit was refused")
                return
            }
            #expect(bytes.count == 101)
        }
    }

    @Test("a folder, a missing file, a named pipe and a link to nothing are unreadable, each with its reason")
    func unreadable() throws {
        try TestPaths.withScratch { scratch in
            #expect(mkfifo(scratch + "/pipe.xml", 0o600) == 0)
            try FileManager.default.createSymbolicLink(
                atPath: scratch + "/gone.xml", withDestinationPath: "../gone.xml")
            for (path, reason) in [
                (scratch, "it is not a file"), (scratch + "/missing.xml", "No such file"),
                (scratch + "/pipe.xml", "it is not a file"),
                (scratch + "/gone.xml", "it is a link to ../gone.xml, which does not exist"),
            ] {
                guard case .unreadable(let why) = ContentFileBytes.read(path, limit: 100) else {
                    Issue.record("\(path) was read")
                    continue
                }
                #expect(why.hasPrefix(reason), "\(why)")
            }
        }
    }
}
