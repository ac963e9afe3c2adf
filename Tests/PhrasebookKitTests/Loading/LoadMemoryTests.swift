import Foundation
import Testing

@testable import PhrasebookKit

/// A load with a `LoadMemory` (what `serve` keeps between saves) reads only the situation files whose bytes
/// changed, checks only a book that changed, and gives what a load from nothing gives.
@Suite("Loading again with a memory")
struct LoadMemoryTests {
    /// Everything a loaded book makes, all formats rendered in memory, with the check's diagnostics.
    private func made(_ content: String, memory: LoadMemory?) throws -> ([Diagnostic], [String: String]) {
        let pipeline = Pipeline(
            contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch() + "/Out")
        let (book, diagnostics) = try pipeline.check(memory: memory)
        let files = try pipeline.render(try #require(book), RenderOptions())
        return (diagnostics, Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) }))
    }

    @Test("an edit is read from its file alone, and the book, its diagnostics and pages are those of a fresh load")
    func onlyTheEditedFileIsRead() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        // An unknown check-ignore code in the file that stays: its diagnostic must survive being kept.
        try TestPaths.replace(
            "<situation ", with: "<situation check-ignore=\"no-such-code\" ",
            in: content + "/situations/counter-welcome.xml")
        let memory = LoadMemory()
        #expect(try ContentLoader(folder: content).load(memory: memory).keptFiles == 0)
        #expect(try ContentLoader(folder: content).load(memory: memory).keptFiles == 2, "nothing changed")

        try TestPaths.replace(
            "the caller is silent", with: "nobody speaks", in: content + "/situations/silent-call.xml")
        let again = try ContentLoader(folder: content).load(memory: memory)
        #expect(again.keptFiles == 1, "only the edited file is read")
        #expect(
            again.book?.situation("silent-call")?.when?.rendering("en")?.text == "The call connects but nobody speaks.")

        let remembered = try made(content, memory: memory)
        let fresh = try made(content, memory: nil)
        #expect(remembered.0 == fresh.0)
        #expect(remembered.0.contains { $0.message.contains("no-such-code") }, "\(remembered.0)")
        #expect(remembered.1 == fresh.1)
    }

    @Test("a book whose files did not change is not checked again; one that changed is")
    func checkKeptByContentHash() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let memory = LoadMemory()
        let pipeline = Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: "")
        let first = try pipeline.loadAndCheck(memory: memory)
        let hash = try #require(first.book?.contentHash)
        #expect(memory.diagnostics(contentHash: hash) == first.diagnostics)
        let marked = Diagnostic(.note, "kept", "the memory's answer", at: SourceLocation(file: "x", line: 1, column: 1))
        memory.keep(first.diagnostics + [marked], of: try #require(first.book))
        #expect(
            try pipeline.loadAndCheck(memory: memory).diagnostics == first.diagnostics + [marked], "not checked again")
        try TestPaths.replace(
            "Silent call</en>", with: "Silent  call</en>", in: content + "/situations/silent-call.xml")
        let second = try pipeline.loadAndCheck(memory: memory)
        #expect(second.book?.contentHash != hash)
        #expect(second.diagnostics != first.diagnostics, "the edit's white space is reported: checked again")
        #expect(
            second.diagnostics.map(\.formatted)
                == Checker().check(try ContentLoader(folder: content).load()).map(\.formatted))
        // The text checks looked at the changed file only: in the other, the memory's (planted) finding is taken.
        let other = content + "/situations/counter-welcome.xml"
        let planted = Diagnostic(
            .warning, "white-space", "planted", at: SourceLocation(file: other, line: 1, column: 1))
        memory.keep(second.diagnostics + [planted], of: try #require(second.book))
        try TestPaths.replace(
            "Silent  call</en>", with: "Silent call</en>", in: content + "/situations/silent-call.xml")
        #expect(try pipeline.loadAndCheck(memory: memory).diagnostics.contains(planted))
    }
}
