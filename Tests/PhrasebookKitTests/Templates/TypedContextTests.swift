import Foundation
import Testing

@testable import PhrasebookKit

/// The typed contexts (Rendering/Contexts/) answer exactly their keys, and a name they lack is still reported
/// as unknown, in a fragment and through a dotted name alike.
@Suite("Typed page contexts")
struct TypedContextTests {
    static let summary = SituationSummary(
        id: "s", title: [], titleText: "S", titleAllText: "S", href: "s.html", phraseCount: 2, roleIds: "",
        roleCounts: "", isCurrent: false)

    @Test("A context answers its own keys and those it includes, and nothing else")
    func keysAreExactlyTheTable() {
        let situation = SituationWithBody(summary: Self.summary, pieces: ["<p>"])
        #expect(situation.child(named: "body") as? String == "<p>")
        #expect(situation.child(named: "phraseCount") as? Int == 2)
        #expect(situation.child(named: "bodyy") == nil)
        #expect(Set(situation.members.keys) == Set(SituationSummary.keys.readers.keys).union(["body"]))
    }

    @Test("A context finds a key by its name's number exactly as by its text, and a name is numbered once")
    func keysByNumber() {
        let situation = SituationWithBody(summary: Self.summary, pieces: ["<p>"])
        #expect(KeyName("body").number == KeyName("body").number)
        #expect(KeyName("body").number != KeyName("bodyy").number)
        let names = Array(SituationSummary.keys.readers.keys) + ["body", "bodyy", "isCurrentChapter", "", "a.b"]
        for name in names {
            let byText = situation.child(named: name).map { "\($0)" }
            let byNumber = situation.child(KeyName(name)).map { "\($0)" }
            #expect(byText == byNumber, "\(name)")
        }
        let strict = StrictContext(situation, over: ["shared": "s"])
        #expect(strict.child(KeyName("shared")) as? String == "s", "a name the context lacks, from the shared level")
        #expect(strict.child(KeyName("phraseCount")) as? Int == 2)
        #expect(strict.child(KeyName("nowhere")) == nil && strict.misses == ["nowhere"])
    }

    @Test("A dotted name's missing member is recorded at any depth, by number or by text")
    func dottedMisses() throws {
        let values: [String: Any] = ["a": ["b": ["c": 1] as [String: Any]] as [String: Any], "x": ["y": 2]]
        for byNumber in [true, false] {
            let root = StrictContext(values, dottedNames: DottedNames(["a.b.c", "a.b.d", "x.y", "x.z"]))
            func child(_ parent: Any?, _ name: String) -> Any? {
                let parent = try? #require(parent as? any NumberedParent)
                return byNumber ? parent?.child(KeyName(name)) : parent?.child(named: name)
            }
            let b = child(child(root, "a"), "b")
            #expect(child(b, "c") as? Int == 1)
            #expect(child(b, "d") == nil)
            #expect(child(child(root, "x"), "y") as? Int == 2)
            #expect(child(child(root, "x"), "z") == nil)
            #expect(root.misses == ["a.b.d", "x.z"], "byNumber: \(byNumber)")
        }
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
