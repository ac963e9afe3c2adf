import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Staging: files written as they are rendered")
struct StagingTests {
    @Test("files handed over from every core at once all land, in folders made on the way")
    func concurrentWrites() throws {
        for round in 0..<5 {
            let output = TestPaths.scratch() + "/Output"
            let files = (0..<400).map { index in
                OutputFile(path: "html/folder-\(index % 40)/page-\(index).html", contents: "\(round) \(index) 页")
            }
            let publisher = Publisher(folder: output)
            let staging = try publisher.stage([.html], mode: .replace)
            defer { staging.discard() }
            _ = try ParallelMap.map(files) { file throws(PhrasebookError) in try staging.accept(file) }
            try publisher.commit(staging)
            let written = TestPaths.snapshot(output).filter { !$0.key.hasPrefix(".") }
            #expect(written.count == files.count)
            for file in files { #expect(written[file.path] == Data(file.contents.utf8)) }
            #expect(staging.written.map(\.path) == files.map(\.path).sorted())
            #expect(
                staging.written.first?.bytes
                    == files.first { $0.path == staging.written.first?.path }?.contents.utf8.count)
        }
    }

    @Test("a discarded staging folder leaves the output folder as it was")
    func discardKeepsOutput() throws {
        let output = TestPaths.scratch() + "/Output"
        try Publisher(folder: output).publish([OutputFile(path: "text/a.txt", contents: "old")], formats: [.text])
        let before = TestPaths.snapshot(output)
        let staging = try Publisher(folder: output).stage([.text], mode: .replace)
        try staging.accept(OutputFile(path: "text/a.txt", contents: "new"))
        staging.discard()
        #expect(TestPaths.snapshot(output) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [
                ".phrasebook-build-state", ".phrasebook-fragments", ".phrasebook-lock", ".phrasebook-manifest", "text",
            ])
    }
}
