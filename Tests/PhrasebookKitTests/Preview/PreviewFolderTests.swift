import Foundation
import Testing

@testable import PhrasebookKit

/// `phrasebook serve`'s preview folder: locked while its serve runs, removed by the next serve when left over.
@Suite("Preview folders: a running serve's kept, a left-over one removed by the next serve")
struct PreviewFolderTests {
    @Test("Left over and not empty (or empty for over a minute): removed; locked, freshly empty or a link: kept")
    func leftOver() throws {
        try TestPaths.withScratch { temporary in
            let files = FileManager.default
            let running = try PreviewFolder(in: temporary)
            try Data("site".utf8).write(to: URL(fileURLWithPath: running.path + "/index.html"))
            let name = { (suffix: String) in temporary + "/phrasebook-preview-" + suffix }
            try files.createDirectory(atPath: name("killed") + "/html", withIntermediateDirectories: true)
            try Data("old".utf8).write(to: URL(fileURLWithPath: name("killed") + "/html/index.html"))
            try files.createDirectory(atPath: name("fresh1"), withIntermediateDirectories: false)
            try files.createDirectory(atPath: name("stale1"), withIntermediateDirectories: false)
            try files.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -120)], ofItemAtPath: name("stale1"))
            let elsewhere = temporary + "/elsewhere"
            try files.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
            try Data("keep".utf8).write(to: URL(fileURLWithPath: elsewhere + "/keep.txt"))
            try files.createSymbolicLink(atPath: name("linked"), withDestinationPath: elsewhere)
            try files.createDirectory(
                atPath: temporary + "/phrasebook-preview-other-name", withIntermediateDirectories: false)
            try Data("x".utf8).write(to: URL(fileURLWithPath: temporary + "/phrasebook-preview-other-name/x"))

            let removed = withExtendedLifetime(running) { PreviewFolder.removeLeftOver(in: temporary) }
            #expect(removed == [name("killed"), name("stale1")])
            let left = try files.contentsOfDirectory(atPath: temporary).sorted()
            let runningName = String(running.path.split(separator: "/").last ?? "")
            #expect(
                left
                    == [
                        "elsewhere", "phrasebook-preview-fresh1", "phrasebook-preview-linked",
                        "phrasebook-preview-other-name", runningName,
                    ].sorted())
            #expect(files.fileExists(atPath: elsewhere + "/keep.txt"))
            #expect(files.fileExists(atPath: running.path + "/index.html"))
        }
    }

    @Test("A serve's folder is made new each time (mkdtemp), in the temporary folder, and removed on stop")
    func madeNewAndRemoved() throws {
        try TestPaths.withScratch { temporary in
            let first = try PreviewFolder(in: temporary)
            let second = try PreviewFolder(in: temporary)
            #expect(first.path != second.path)
            #expect(
                first.path.hasPrefix(temporary + "/phrasebook-preview-") && first.path.count == temporary.count + 26)
            first.remove()
            #expect(!FileManager.default.fileExists(atPath: first.path))
            #expect(FileManager.default.fileExists(atPath: second.path))
        }
    }

    @Test("A folder whose serve ended is removed by the next")
    func removedOnceUnlocked() throws {
        try TestPaths.withScratch { temporary in
            var ended: PreviewFolder? = try PreviewFolder(in: temporary)
            let path = ended?.path ?? ""
            try Data("site".utf8).write(to: URL(fileURLWithPath: path + "/index.html"))
            #expect(withExtendedLifetime(ended) { PreviewFolder.removeLeftOver(in: temporary) }.isEmpty)
            ended = nil
            #expect(PreviewFolder.removeLeftOver(in: temporary) == [path])
        }
    }
}
