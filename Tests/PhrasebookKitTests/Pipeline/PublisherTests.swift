import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Publishing")
struct PublisherTests {
    @Test("a path that would leave the output folder is refused and nothing is written")
    func refusesEscapingPaths() throws {
        let output = TestPaths.scratch() + "/Output"
        for path in ["../evil.txt", "/etc/evil", "html/../../evil", "html//x", ".phrasebook-staging-1/x"] {
            #expect(throws: PhrasebookError.self, "accepted \(path)") {
                try Publisher(folder: output).publish(
                    [OutputFile(path: "html/ok.html", contents: "ok"), OutputFile(path: path, contents: "x")],
                    formats: [.html])
            }
        }
        #expect(TestPaths.snapshot(output).isEmpty)
    }

    @Test("a whole-format publish removes files the build no longer makes and keeps other folders")
    func swapsFormatFolders() throws {
        let output = TestPaths.scratch() + "/Output"
        try TestPaths.write("keep", to: output + "/README.md")
        try Publisher(folder: output).publish(
            [OutputFile(path: "html/old.html", contents: "old"), OutputFile(path: "text/a.txt", contents: "a")],
            formats: [.html, .text])
        try Publisher(folder: output).publish([OutputFile(path: "html/new.html", contents: "new")], formats: [.html])
        #expect(
            TestPaths.snapshot(output).filter { !$0.key.hasPrefix(".") } == [
                "README.md": Data("keep".utf8), "html/new.html": Data("new".utf8), "text/a.txt": Data("a".utf8),
            ])
    }
}
