import Foundation
import Testing

@testable import PhrasebookKit

/// `phrasebook serve` builds into the same folder on every save; the build state it wrote last is not decoded
/// again, and a state file changed by anyone else is.
@Suite("The build state a process wrote or read is decoded again only when its file changed")
struct BuildStateMemoryTests {
    @Test("After a build, its state is known without decoding; a rewritten file is decoded again, to the same state")
    func remembered() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        let pipeline = Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        _ = try pipeline.build(RenderOptions(formats: [.html]))

        var state: BuildState?
        #expect(WorkCount.counting { state = BuildState.read(folder: output) } == 0, "the build remembered it")
        let written = try #require(state)

        let path = output + "/" + BuildState.name
        let bytes = try #require(FileManager.default.contents(atPath: path))
        try FileManager.default.removeItem(atPath: path)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(WorkCount.counting { state = BuildState.read(folder: output) } == bytes.count, "decoded again")
        #expect(state == written)
        #expect(WorkCount.counting { state = BuildState.read(folder: output) } == 0, "and known from then on")

        let file = content + "/situations/silent-call.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(text.replacingOccurrences(of: "Silent call", with: "Silent line"), to: file)
        _ = try pipeline.build(RenderOptions(formats: [.html]))
        #expect(WorkCount.counting { state = BuildState.read(folder: output) } == 0)
        #expect(state != written, "the next build's state, not the one before")
        let decoded = try JSONDecoder().decode(
            BuildState.self, from: try #require(FileManager.default.contents(atPath: path)))
        #expect(state == decoded)
    }
}
