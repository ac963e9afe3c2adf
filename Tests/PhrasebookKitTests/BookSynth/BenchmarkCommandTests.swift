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
            let run = try PhrasebookCommand.run(
                ["--sizes", "100", "--runs", "1", "--workspace", workspace], program: "phrasebook-bench")
            #expect(run.status == 0 && !run.killed, "\(run.err)")
            let row = try #require(run.out.split(separator: "\n").first { $0.hasPrefix("| 100 |") }, "\(run.out)")
            // phrases, situations, then a figure in every column (a failed stage would leave one out).
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.count >= 19 && !cells.contains(""), "\(row)")
            #expect(run.out.contains("Template engine alone"), "\(run.out)")
        }
    }
}
