import Foundation
import Testing

/// Where an export may go: never into the content folder (it would replace a content file or add one the next
/// load reads), and to standard output with `-`.
@Suite("Exports: never into the content folder; - prints")
struct ExportPlacementTests {
    @Test(
        "an export onto a content file, into the content folder or through a link into it is refused, exit 2, nothing changed",
        arguments: [
            ["--xliff", "1.2", "--language", "ko", "--output", "phrasebook.xml"],
            ["--xliff", "2.0", "--language", "ko", "--output", "situations/silent-call.xml"],
            ["--xliff", "2.0", "--language", "ko", "--language", "en", "--output", "xliff/"],
            ["--xliff", "1.2", "--language", "ko", "--output", "."],
            ["--tbx", "taboos.xml"],
            ["--tbx", "glossary.tbx"],
        ])
    func refused(arguments: [String]) throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let before = TestPaths.snapshot(content)
        let paths = Set(["--output", "--tbx"])
        let placed = arguments.enumerated().map { index, argument in
            index > 0 && paths.contains(arguments[index - 1]) ? content + "/" + argument : argument
        }
        let result = try PhrasebookCommand.run(["export", "--content", content] + placed)
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("it is in the content folder \(content)"), "\(result.err)")
        #expect(result.err.contains("no file was written"), "\(result.err)")
        #expect(TestPaths.snapshot(content) == before)
        #expect(!FileManager.default.fileExists(atPath: content + "/xliff"))

        let outside = TestPaths.scratch()
        try FileManager.default.createSymbolicLink(atPath: outside + "/link", withDestinationPath: content)
        let linked = try PhrasebookCommand.run(
            [
                "export", "--content", content, "--xliff", "1.2", "--language", "ko", "--output",
                outside + "/link/ko.xlf",
            ])
        #expect(linked.status == 2, "\(linked.err)")
        #expect(TestPaths.snapshot(content) == before)
    }

    @Test("--output - prints the XLIFF file, the same bytes as the file written; several languages need a folder")
    func standardOutput() throws {
        let folder = TestPaths.scratch()
        let printed = try PhrasebookCommand.run([
            "export", "--content", TestPaths.content, "--xliff", "2.0", "--language", "ko", "--output", "-",
        ])
        #expect(printed.status == 0, "\(printed.err)")
        let written = try PhrasebookCommand.run([
            "export", "--content", TestPaths.content, "--xliff", "2.0", "--language", "ko", "--output",
            folder + "/ko.xlf",
        ])
        #expect(written.status == 0, "\(written.err)")
        #expect(printed.out == (try String(contentsOfFile: folder + "/ko.xlf", encoding: .utf8)))
        #expect(!FileManager.default.fileExists(atPath: "-"))
        let both = try PhrasebookCommand.run([
            "export", "--content", TestPaths.content, "--xliff", "2.0", "--language", "ko", "--language", "en",
            "--output", "-",
        ])
        #expect(both.status == 2, "\(both.err)")
        #expect(both.err.contains("--output - prints one language"))
        #expect(written.err.contains(" units (ko) into "))

        let named = try PhrasebookCommand.run([
            "export", "--content", TestPaths.content, "--xliff", "1.2", "--language", "ko", "--language", "en",
            "--output", folder + "/two.xlf",
        ])
        #expect(named.status == 2, "\(named.err)")
        #expect(named.err.contains("names a file") && named.err.contains("ko.xlf, en.xlf"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/two.xlf"), "no folder named like a file")
    }
}

@Suite("Export and import refuse content with errors, and say so")
struct RefusedForErrorsTests {
    @Test("with an error in the content, export and import print it and say nothing was exported or imported")
    func saysWhy() throws {
        let folder = try ContentFixture(
            situations: ["s": ContentFixture.situation("s", attributes: " roles=\"nobody\"", body: "")]
        ).write()
        defer { ContentFixture.remove(folder) }
        let scratch = TestPaths.scratch()
        let exported = try PhrasebookCommand.run([
            "export", "--content", folder, "--xliff", "1.2", "--language", "ko", "--output", scratch + "/ko.xlf",
        ])
        #expect(exported.status == 1)
        #expect(exported.err.contains("[unknown-role]"))
        #expect(exported.err.contains("phrasebook: nothing was exported: the content has errors; fix them first"))
        #expect(!FileManager.default.fileExists(atPath: scratch + "/ko.xlf"))
        try TestPaths.write("<xliff/>", to: scratch + "/in.xlf")
        let imported = try PhrasebookCommand.run(["import", "--content", folder, "--dry-run", scratch + "/in.xlf"])
        #expect(imported.status == 1)
        #expect(imported.err.contains("phrasebook: nothing was imported: the content has errors; fix them first"))
    }
}
