import Foundation
import PhrasebookTestSupport
import Testing

/// `phrasebook-bench`, which Performance.md's figures come from: run end to end on a small book, so that a change
/// to the templates or the pipeline that breaks one of its runs fails here, not on the day someone measures.
@Suite("The benchmark runs end to end")
struct BenchmarkCommandTests {
    @Test("phrasebook-bench on a 100-phrase book prints its row of figures and the template engine's speed")
    func smallBook() throws {
        try TestPaths.withScratch { workspace in
            // From the package's folder, as Performance.md runs it (its Templates/ and Schema/ by default).
            let run = try PhrasebookCommand.run(
                ["--sizes", "100", "--runs", "1", "--workspace", workspace], program: "phrasebook-bench",
                in: TestPaths.repository)
            // A stage that fails ends the run with an error and a non-zero status (the engine's run did).
            #expect(run.status == 0 && !run.killed, "\(run.err)")
            #expect(run.out.split(separator: "\n").contains { $0.hasPrefix("| 100 | 5 |") }, "\(run.out)")
            #expect(run.out.contains("Template engine alone"), "\(run.out)")
        }
    }
}
