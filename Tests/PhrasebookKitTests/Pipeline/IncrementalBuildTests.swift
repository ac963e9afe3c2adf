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

    /// One incremental build folder: run as `phrasebook build` runs (no memory), or as `phrasebook serve` does
    /// (one ``RenderMemory`` kept over the whole sequence of builds, so that fragments come from earlier builds).
    private struct Run {
        let output = TestPaths.scratch() + "/Output"
        let memory: RenderMemory?
        /// The output the last build left, as checked.
        var verified: [String: Data] = [:]

        var name: String { memory == nil ? "" : ", with memory" }
    }

    /// Both runs follow the same edits; each edit's clean build is made once and compared with both.
    @Test("after random edits of the shipped content and templates, an incremental build equals a clean one")
    func randomEdits() throws {
        let (content, templates) = try scratchProject()
        var edits = RandomContentEdit(content: content, templates: templates, generator: SplitMix64(seed: Self.seed))
        var runs = [Run(memory: nil), Run(memory: RenderMemory())]
        func pipeline(_ output: String) -> Pipeline {
            Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
        }
        for index in runs.indices {
            #expect(try pipeline(runs[index].output).build(RenderOptions(), memory: runs[index].memory).published)
            runs[index].verified = TestPaths.snapshot(runs[index].output)
        }
        var kinds: [RandomContentEdit.Kind] = []
        for round in 1...Self.rounds {
            if kinds.isEmpty { kinds = edits.shuffledKinds() }
            let edit = try edits.apply(kinds.removeFirst())
            var clean: (diagnostics: [String], files: [String: Data])?
            for index in runs.indices {
                let run = runs[index]
                let context = "seed \(Self.seed), round \(round), \(edit)\(run.name)"
                let result = try pipeline(run.output).build(RenderOptions(), memory: run.memory)
                #expect(result.published, "\(context)")
                #expect(result.upToDate == edit.hasPrefix("nothing"), "\(context)")
                if result.upToDate {
                    #expect(
                        TestPaths.snapshot(run.output) == run.verified,
                        "\(context): an up-to-date build changed the output")
                    continue
                }
                if clean == nil {
                    let folder = TestPaths.scratch() + "/Output"
                    let cleanResult = try pipeline(folder).build(RenderOptions(), clean: true)
                    clean = (cleanResult.diagnostics.map(\.formatted), TestPaths.snapshot(folder))
                    FileSystem.removeTree(folder)
                }
                let expected = clean?.files ?? [:]
                #expect(
                    result.diagnostics.map(\.formatted) == clean?.diagnostics,
                    "\(context): the diagnostics differ from a clean build's")
                let found = TestPaths.snapshot(run.output)
                #expect(Set(found.keys) == Set(expected.keys), "\(context)")
                for (path, bytes) in expected where found[path] != bytes {
                    Issue.record("\(path) differs from a clean build's; \(context)")
                }
                #expect(
                    try pipeline(run.output).build(RenderOptions(), memory: run.memory).upToDate,
                    "\(context): a second build has nothing to do")
                runs[index].verified = found
            }
        }
    }
}
