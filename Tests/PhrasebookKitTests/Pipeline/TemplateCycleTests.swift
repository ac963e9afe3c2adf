import Foundation
import Testing

@Suite("Templates: partials that include each other")
struct TemplateCycleTests {
    /// Builds the minimal fixture with a copy of the templates changed by `edits` (path → text appended).
    private func build(appending edits: [String: String]) throws -> PhrasebookCommand.Result {
        let templates = try TestPaths.copyOfTemplates()
        for (path, text) in edits {
            let file = templates + "/" + path
            try TestPaths.write(try String(contentsOfFile: file, encoding: .utf8) + text, to: file)
        }
        let output = TestPaths.scratch() + "/Output"
        return try PhrasebookCommand.run([
            "build", "--content", TestPaths.fixture("minimal"), "--templates", templates, "--output", output,
        ])
    }

    @Test("a partial that includes itself is exit 2 naming the template, not a crash")
    func selfInclusion() throws {
        let result = try build(appending: ["html/phrase.mustache": "{{>phrase}}"])
        #expect(!result.killed)
        #expect(result.status == 2)
        #expect(result.err.contains("html/phrase.mustache:"))
        #expect(result.err.contains("phrase.mustache → phrase.mustache"))
    }

    @Test("partials a → b → a are exit 2 naming both templates and the cycle")
    func twoTemplateCycle() throws {
        let result = try build(appending: [
            "markdown/phrase.mustache": "\n{{> texts }}", "markdown/texts.mustache": "{{>phrase}}",
        ])
        #expect(!result.killed)
        #expect(result.status == 2)
        #expect(result.err.contains("phrase.mustache → texts.mustache → phrase.mustache"))
    }

    @Test("a partial including itself inside an inverted section is refused; inside a section over data it is not")
    func sections() throws {
        let inverted = try build(appending: ["html/phrase.mustache": "{{^isCard}}{{>phrase}}{{/isCard}}"])
        #expect(!inverted.killed)
        #expect(inverted.status == 2)
        #expect(inverted.err.contains("phrase.mustache → phrase.mustache"))
        let recursive = try build(appending: [:])
        #expect(recursive.status == 0, "dialogue-items includes itself inside {{#cases}}: \(recursive.err)")
    }

    @Test("a partial including itself inside a section whose value never runs out is exit 2, not a crash")
    func selfInclusionThroughSection() throws {
        // `book` is on every level of the context: the section is entered again at every depth.
        let result = try build(appending: ["html/phrase.mustache": "{{#book}}{{>phrase}}{{/book}}"])
        #expect(!result.killed, "\(result.err.prefix(300))")
        #expect(result.status == 2)
        #expect(result.err.contains("html/phrase.mustache:"))
        #expect(result.err.contains("phrase.mustache → phrase.mustache"))
    }

    @Test("partials a → b → a with one inclusion inside a section are exit 2 naming the cycle")
    func twoTemplateCycleThroughSection() throws {
        let result = try build(appending: ["markdown/texts.mustache": "{{#book}}{{>phrase}}{{/book}}"])
        #expect(!result.killed, "\(result.err.prefix(300))")
        #expect(result.status == 2)
        #expect(result.err.contains("phrase.mustache → texts.mustache → phrase.mustache"))
    }

    @Test("a template that changes the tag delimiters is refused: its partials could not be followed")
    func delimiterChange() throws {
        let result = try build(appending: ["html/phrase.mustache": "{{=<% %>=}}<%>phrase%>"])
        #expect(!result.killed, "\(result.err.prefix(300))")
        #expect(result.status == 2)
        #expect(result.err.contains("html/phrase.mustache:8:1:"))
        #expect(result.err.contains("delimiters"))
    }

    @Test("a template holding a noncharacter phrasebook marks places with is refused at it (exit 2, file:line:col)")
    func reservedNoncharacter() throws {
        // U+FDD0 begins the edition stamp's placeholder, U+FDD8 a handbook body's marker: Swift takes neither in
        // a literal, so they are put in by their numbers.
        for value in [0xFDD0, 0xFDD8, 0xFDEF] as [UInt32] {
            let character = String(Unicode.Scalar(value)!)
            let result = try build(appending: ["markdown/role.mustache": "ab" + character + "{{{body}}}"])
            #expect(!result.killed, "\(result.err.prefix(300))")
            #expect(result.status == 2)
            let hex = String(value, radix: 16, uppercase: true)
            #expect(result.err.contains("markdown/role.mustache:") && result.err.contains("U+\(hex)"), "\(result.err)")
        }
    }

    @Test("phrasebook check reports a cycle through a section as build does")
    func checkReportsCycleThroughSection() throws {
        let templates = try TestPaths.copyOfTemplates()
        let file = templates + "/html/phrase.mustache"
        try TestPaths.write(
            try String(contentsOfFile: file, encoding: .utf8) + "{{#book}}{{>phrase}}{{/book}}", to: file)
        let result = try PhrasebookCommand.run([
            "check", "--content", TestPaths.fixture("minimal"), "--templates", templates,
        ])
        #expect(!result.killed)
        #expect(result.status == 2)
        #expect(result.err.contains("phrase.mustache → phrase.mustache"))
    }
}
