import Foundation
import Testing

@Suite("stats counts nothing when a file did not load")
struct StatsUnreadFileTests {
    @Test("a situation that does not parse makes stats exit 1, naming the file, and print no counts")
    func unparseableSituation() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(
            "<?xml version=\"1.0\"?>\n<situation id=\"silent-call\">\n  <title>",
            to: content + "/situations/silent-call.xml")
        let result = try PhrasebookCommand.run(["stats", "--content", content])
        #expect(result.status == 1)
        #expect(result.err.contains("silent-call.xml:"))
        #expect(result.err.contains("[xml-syntax]"))
        #expect(result.out.isEmpty)
        let clean = try PhrasebookCommand.run(["stats", "--content", TestPaths.fixture("minimal")])
        #expect(clean.status == 0)
        #expect(!clean.out.isEmpty)
    }
}
