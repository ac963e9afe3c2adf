import Foundation
import Testing

/// An export is one file (or one per language) written beside nothing of the tool's: when it cannot be written,
/// the message says what was and was not written, never that "the previous output is untouched", which is a
/// build's promise about its output folder.
@Suite("Exports: a failed write says what was written", .serialized)
struct ExportFailureTests {
    /// A new folder that cannot be written into (immutable for root), with `files` in it.
    private func readOnlyFolder(holding files: [String: String] = [:]) throws -> String {
        let folder = TestPaths.scratch()
        for (name, text) in files { try TestPaths.write(text, to: folder + "/" + name) }
        try #require(ReadOnlyFolder.set(folder, readOnly: true))
        return folder
    }

    private func export(_ arguments: [String]) throws -> PhrasebookCommand.Result {
        try PhrasebookCommand.run(["export", "--content", TestPaths.content] + arguments)
    }

    private func expectHonest(
        _ result: PhrasebookCommand.Result, path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 2, "\(result.err)", sourceLocation: sourceLocation)
        #expect(
            result.err.contains("phrasebook: error: \(path): cannot write"), "\(result.err)",
            sourceLocation: sourceLocation)
        #expect(!result.err.contains("previous output"), "\(result.err)", sourceLocation: sourceLocation)
        #expect(!result.err.contains("Error Domain"), "\(result.err)", sourceLocation: sourceLocation)
    }

    @Test("a TBX export into a folder it cannot write is exit 2 saying no file was written")
    func tbxNewFile() throws {
        let folder = try readOnlyFolder()
        defer { _ = ReadOnlyFolder.set(folder, readOnly: false) }
        let result = try export(["--tbx", folder + "/glossary.tbx"])
        expectHonest(result, path: folder + "/glossary.tbx")
        #expect(result.err.contains("no file was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    @Test("a TBX export that cannot replace an earlier file says the earlier file is as it was, and it is")
    func tbxEarlierFile() throws {
        let folder = try readOnlyFolder(holding: ["glossary.tbx": "earlier"])
        defer { _ = ReadOnlyFolder.set(folder, readOnly: false) }
        let result = try export(["--tbx", folder + "/glossary.tbx"])
        expectHonest(result, path: folder + "/glossary.tbx")
        #expect(result.err.contains("the file there is as it was"))
        #expect(try String(contentsOfFile: folder + "/glossary.tbx", encoding: .utf8) == "earlier")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["glossary.tbx"])
    }

    @Test("an XLIFF export that cannot be written says so (not 'cannot edit'), exit 2")
    func xliffFile() throws {
        let folder = try readOnlyFolder()
        defer { _ = ReadOnlyFolder.set(folder, readOnly: false) }
        let result = try export(["--xliff", "2.0", "--language", "ko", "--output", folder + "/ko.xlf"])
        expectHonest(result, path: folder + "/ko.xlf")
        #expect(!result.err.contains("cannot edit"))
        #expect(result.err.contains("no file was written"))
    }

    @Test("an XLIFF export into a folder that cannot be made is exit 2 naming it, not a raw system error")
    func xliffFolder() throws {
        let folder = try readOnlyFolder()
        defer { _ = ReadOnlyFolder.set(folder, readOnly: false) }
        let result = try export([
            "--xliff", "2.0", "--language", "ko", "--language", "en", "--output", folder + "/xliff/",
        ])
        expectHonest(result, path: folder + "/xliff/")
        #expect(result.err.contains("no file was written"))
    }
}
