import Foundation
import Testing

@testable import PhrasebookKit

/// The typed contexts (Rendering/Contexts/) answer exactly their keys, and a name they lack is still reported
/// as unknown, in a fragment and through a dotted name alike.
@Suite("Typed page contexts")
struct TypedContextTests {
    static let summary = SituationSummary(
        id: "s", title: [], titleText: "S", titleAllText: "S", href: "s.html", phraseCount: 2, isCurrent: false)

    @Test("A context answers its own keys and those it includes, and nothing else")
    func keysAreExactlyTheTable() {
        let situation = SituationWithBody(summary: Self.summary, pieces: ["<p>"])
        #expect(situation.child(named: "body") as? String == "<p>")
        #expect(situation.child(named: "phraseCount") as? Int == 2)
        #expect(situation.child(named: "bodyy") == nil)
        #expect(Set(situation.members.keys) == Set(SituationSummary.keys.readers.keys).union(["body"]))
    }

    @Test("A name the phrase fragment's typed context lacks fails the build, plain or dotted")
    func unknownNamesInFragments() throws {
        for tag in ["{{#texts}}{{textt}}{{/texts}}", "{{{book.titleTextt}}}"] {
            let templates = try TestPaths.copyOfTemplates()
            let file = templates + "/html/phrase.mustache"
            try TestPaths.write(try String(contentsOfFile: file, encoding: .utf8) + tag, to: file)
            let pipeline = Pipeline(
                contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: "")
            let book = try #require(try pipeline.check().book)
            let error = #expect(throws: PhrasebookError.self) { try pipeline.render(book, RenderOptions()) }
            let name = tag.contains("textt") ? "textt" : "book.titleTextt"
            #expect("\(error.map { "\($0)" } ?? "")".contains("unknown name '\(name)'"), "\(tag)")
        }
    }
}
