import Foundation
import PhrasebookTestSupport
import Testing

@testable import PhrasebookKit

/// A process that builds again and again (`phrasebook serve`) keeps the fragments of its last build
/// (`RenderMemory`): an edit renders its own situation's fragments again, and the output is what a clean build
/// makes.
@Suite("Render memory: fragments kept from build to build")
struct RenderMemoryTests {
    /// A scratch copy of the shipped content, an output folder, and a pipeline over them.
    private func project() throws -> (content: String, pipeline: Pipeline) {
        let folder = TestPaths.scratch()
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: folder + "/Content")
        let pipeline = Pipeline(
            contentFolder: folder + "/Content", templatesFolder: TestPaths.templates, outputFolder: folder + "/Output")
        return (folder + "/Content", pipeline)
    }

    /// Replaces the first `old` in `path` by `new`.
    private func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: old), "\(old) in \(path)")
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The files of `pipeline`'s output folder, and those of a clean build of the same folders.
    private func outputAndClean(_ pipeline: Pipeline, _ options: RenderOptions) throws -> (
        [String: Data], [String: Data]
    ) {
        let clean = TestPaths.scratch() + "/Output"
        defer { FileSystem.removeTree(clean) }
        _ = try Pipeline(
            contentFolder: pipeline.contentFolder, templatesFolder: pipeline.templatesFolder, outputFolder: clean
        ).build(options, clean: true)
        return (TestPaths.snapshot(pipeline.outputFolder), TestPaths.snapshot(clean))
    }

    @Test("one phrase edited: the other situations' fragments are reused, the output is a clean build's")
    func reusesWhatDidNotChange() throws {
        let (content, pipeline) = try project()
        let options = RenderOptions(formats: [.html, .markdown])
        let memory = RenderMemory()
        _ = try pipeline.build(options, memory: memory)
        let first = try #require(memory.lastReuse(.html))
        #expect(first.reused == 0 && first.rendered > 0, "\(first)")
        try edit(content + "/situations/complaint.xml", "</en>", " Thank you.</en>")
        #expect(try pipeline.build(options, memory: memory).published)
        let second = try #require(memory.lastReuse(.html))
        #expect(second.rendered > 0 && second.rendered * 5 < second.reused, "\(second)")
        #expect(second.rendered * 10 < first.rendered, "\(second) after \(first)")
        #expect(try #require(memory.lastReuse(.markdown)).reused > 0)
        let (found, expected) = try outputAndClean(pipeline, options)
        #expect(found == expected)
    }

    @Test("a handbook's frame is kept for the next render of its generation, and not counted as a fragment")
    func framesKept() {
        let memory = RenderMemory()
        let first = memory.begin(.html, generation: "g")
        #expect(first.frame("k") == nil)
        first.keepFrame("<main>frame</main>", for: "k")
        #expect(first.frame("k") == "<main>frame</main>")
        memory.keep(first)
        #expect(memory.lastReuse(.html) == RenderMemory.Reuse(reused: 0, rendered: 0))
        let second = memory.begin(.html, generation: "g")
        #expect(second.frame("k") == "<main>frame</main>")
        #expect(second.frame("other") == nil)
        memory.keep(second)
        #expect(memory.begin(.html, generation: "g").frame("k") == "<main>frame</main>", "kept while it is used")
        #expect(memory.begin(.html, generation: "h").frame("k") == nil, "another generation keeps nothing")
        #expect(memory.begin(.markdown, generation: "g").frame("k") == nil, "nor another format")
        #expect(FragmentStore(format: .html, generation: "g").frame("k") == nil)
    }

    @Test("a phrase another situation's dialogue quotes, edited: the quoting pages show the new text")
    func quotedPhrase() throws {
        let (content, pipeline) = try project()
        let options = RenderOptions(formats: [.html])
        let memory = RenderMemory()
        _ = try pipeline.build(options, memory: memory)
        // fault-report's dialogue quotes complaint-read-back, a phrase of complaint.xml.
        let quoting = try String(contentsOfFile: content + "/situations/fault-report.xml", encoding: .utf8)
        #expect(quoting.contains(#"phrase="complaint-read-back""#))
        let file = content + "/situations/complaint.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let phrase = try #require(text.range(of: #"<phrase id="complaint-read-back""#))
        let english = try #require(text.range(of: "</en>", range: phrase.upperBound..<text.endIndex))
        try text.replacingCharacters(in: english, with: " Quoted edit.</en>").write(
            toFile: file, atomically: true, encoding: .utf8)
        _ = try pipeline.build(options, memory: memory)
        let (found, expected) = try outputAndClean(pipeline, options)
        let page = try #require(found["html/situations/fault-report.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("Quoted edit."))
        #expect(found == expected)
    }

    @Test("a role renamed in phrasebook.xml: nothing is reused")
    func bookWideEdit() throws {
        let (content, pipeline) = try project()
        let options = RenderOptions(formats: [.html])
        let memory = RenderMemory()
        _ = try pipeline.build(options, memory: memory)
        try edit(content + "/phrasebook.xml", "<en>Hotline agent</en>", "<en>Phone agent</en>")
        _ = try pipeline.build(options, memory: memory)
        #expect(memory.lastReuse(.html)?.reused == 0)
        let (found, expected) = try outputAndClean(pipeline, options)
        #expect(found == expected)
    }
}
