import BookSynth
import Foundation
import Testing

@testable import PhrasebookKit

/// Incremental builds are clean builds made faster: after any sequence of edits, the output of a build into a
/// folder holding the previous output is byte for byte that of a clean build into an empty one, and it reports
/// the same diagnostics.
@Suite("Incremental builds: the same bytes as a clean build")
struct IncrementalBuildTests {
    /// How many rounds of random edits the property test makes: `PHRASEBOOK_INCREMENTAL_ROUNDS`, else one per
    /// kind of edit (each kind once).
    private static var rounds: Int {
        ProcessInfo.processInfo.environment["PHRASEBOOK_INCREMENTAL_ROUNDS"].flatMap { Int($0) }
            ?? RandomContentEdit.Kind.allCases.count
    }

    /// The seed of the edits: `PHRASEBOOK_INCREMENTAL_SEED`, else a fixed one.
    private static var seed: UInt64 {
        ProcessInfo.processInfo.environment["PHRASEBOOK_INCREMENTAL_SEED"].flatMap { UInt64($0) } ?? 20_261_201
    }

    /// Scratch copies of the shipped content and templates.
    private func scratchProject() throws -> (content: String, templates: String) {
        let folder = TestPaths.scratch()
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: folder + "/Content")
        try FileManager.default.copyItem(atPath: TestPaths.templates, toPath: folder + "/Templates")
        return (folder + "/Content", folder + "/Templates")
    }

    /// Run as `phrasebook build` runs (no memory) and as `phrasebook serve` does (one ``RenderMemory`` kept over
    /// the whole sequence of builds, so that fragments come from earlier builds).
    @Test(
        "after random edits of the shipped content and templates, an incremental build equals a clean one",
        arguments: [false, true])
    func randomEdits(remembering: Bool) throws {
        let (content, templates) = try scratchProject()
        var edits = RandomContentEdit(content: content, templates: templates, generator: SplitMix64(seed: Self.seed))
        let output = TestPaths.scratch() + "/Output"
        let incremental = Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
        let memory = remembering ? RenderMemory() : nil
        #expect(try incremental.build(RenderOptions(), memory: memory).published)
        var kinds: [RandomContentEdit.Kind] = []
        var verified = TestPaths.snapshot(output)
        for round in 1...Self.rounds {
            if kinds.isEmpty { kinds = edits.shuffledKinds() }
            let edit = try edits.apply(kinds.removeFirst())
            let context = "seed \(Self.seed), round \(round), \(edit)\(remembering ? ", with memory" : "")"
            let result = try incremental.build(RenderOptions(), memory: memory)
            #expect(result.published, "\(context)")
            #expect(result.upToDate == edit.hasPrefix("nothing"), "\(context)")
            if result.upToDate {
                #expect(TestPaths.snapshot(output) == verified, "\(context): an up-to-date build changed the output")
                continue
            }
            let clean = TestPaths.scratch() + "/Output"
            let cleanResult = try Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: clean)
                .build(RenderOptions(), clean: true)
            #expect(
                result.diagnostics.map(\.formatted) == cleanResult.diagnostics.map(\.formatted),
                "\(context): the diagnostics differ from a clean build's")
            let expected = TestPaths.snapshot(clean)
            let found = TestPaths.snapshot(output)
            #expect(Set(found.keys) == Set(expected.keys), "\(context)")
            for (path, bytes) in expected where found[path] != bytes {
                Issue.record("\(path) differs from a clean build's; \(context)")
            }
            #expect(
                try incremental.build(RenderOptions(), memory: memory).upToDate,
                "\(context): a second build has nothing to do")
            FileSystem.removeTree(clean)
            verified = found
        }
    }
}
