import Foundation
import Testing

@Suite("stats with a file that did not load")
struct StatsUnreadFileTests {
    @Test("a situation that does not parse: its errors, exit 1, and the counts of the rest naming the file left out")
    func unparseableSituation() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(
            "<?xml version=\"1.0\"?>\n<situation id=\"silent-call\">\n  <title>",
            to: content + "/situations/silent-call.xml")
        let result = try PhrasebookCommand.run(["stats", "--content", content])
        #expect(result.status == 1)
        #expect(result.err.contains("silent-call.xml:"))
        #expect(result.err.contains("[xml-syntax]"))
        #expect(result.out.contains("chapter"), "the counts of what loaded: \(result.out)")
        #expect(!result.out.contains("situation  silent-call"))
        #expect(result.out.hasSuffix("not counted: \(content)/situations/silent-call.xml, which has errors\n"))
        let json = try PhrasebookCommand.run(["stats", "--content", content, "--format", "json"])
        #expect(json.status == 1)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any], "\(json.out)")
        #expect(document["notCounted"] as? [String] == ["\(content)/situations/silent-call.xml"])
        #expect((document["rows"] as? [Any])?.isEmpty == false)
        let clean = try PhrasebookCommand.run(["stats", "--content", TestPaths.fixture("minimal")])
        #expect(clean.status == 0)
        #expect(!clean.out.isEmpty && !clean.out.contains("not counted"))
        let cleanJSON = try PhrasebookCommand.run([
            "stats", "--content", TestPaths.fixture("minimal"), "--format", "json",
        ])
        #expect(!cleanJSON.out.contains("notCounted"))
    }

    /// `phrasebook stats` of a copy of the minimal fixture whose file `name` is `text`, and the copy's path.
    private func stats(with text: String, in name: String) throws -> (PhrasebookCommand.Result, content: String) {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(text, to: content + "/" + name)
        return (try PhrasebookCommand.run(["stats", "--content", content]), content)
    }

    @Test("a taboos.xml that does not load is named as not counted too")
    func unparseableTaboos() throws {
        let (result, content) = try stats(with: "<taboos", in: "taboos.xml")
        #expect(result.status == 1)
        #expect(result.out.hasSuffix("not counted: \(content)/taboos.xml, which has errors\n"), "\(result.out)")
    }

    @Test("a book whose phrasebook.xml does not load: only its errors, exit 1")
    func unreadableBook() throws {
        let (result, _) = try stats(with: "<?xml version=\"1.0\"?>\n<phrasebook>", in: "phrasebook.xml")
        #expect(result.status == 1)
        #expect(result.err.contains("phrasebook.xml:"))
        #expect(result.out.isEmpty)
    }
}
