import Foundation
import Testing

/// A template that does not parse is reported as a diagnostic line (file:line:column: error: …) in a template
/// author's words, placed where the author has to look; exit status 2, nothing written.
@Suite("Templates: syntax errors said and placed")
struct TemplateSyntaxErrorTests {
    /// `phrasebook build` of the minimal fixture with `html/index.mustache` replaced by `text`.
    private func build(index text: String) throws -> PhrasebookCommand.Result {
        let templates = try TestPaths.copyOfTemplates()
        try TestPaths.write(text, to: templates + "/html/index.mustache")
        return try PhrasebookCommand.run([
            "build", "--content", TestPaths.fixture("minimal"), "--templates", templates, "--output",
            TestPaths.scratch() + "/Output",
        ])
    }

    @Test("an unclosed section is reported at its opening tag, named, with the closing tag to add")
    func unclosedSection() throws {
        let result = try build(index: "<p>\n  {{#book}}\n  {{#chapters}}{{title}}{{/chapters}}\n</p>\n")
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("/"), "\(result.err)")
        #expect(
            result.err.contains(
                "html/index.mustache:2:3: error: [template] section 'book' opened here is never closed; add {{/book}}"),
            "\(result.err)")
        #expect(!result.err.contains("expectedSectionEnd"))
        #expect(!result.err.contains("phrasebook: error:"))
    }

    @Test("a closing tag for another section is reported at itself, naming the section open and where")
    func wrongClose() throws {
        let result = try build(index: "{{#book}}\n{{#chapters}}x{{/book}}\n{{/chapters}}\n")
        #expect(result.status == 2)
        #expect(
            result.err.contains(
                "html/index.mustache:2:15: error: [template] {{/book}} closes section 'chapters' (opened at line 2, column 1); close 'chapters' first with {{/chapters}}"
            ), "\(result.err)")
        #expect(!result.err.contains("sectionCloseNameIncorrect"))
    }

    @Test("a tag that is not finished is said in words")
    func unfinishedTag() throws {
        let result = try build(index: "<p>{{ book title }}</p>\n")
        #expect(result.status == 2)
        #expect(result.err.contains("html/index.mustache:1:"), "\(result.err)")
        #expect(result.err.contains("error: [template] a tag is not finished"), "\(result.err)")
        #expect(!result.err.contains("unfinishedName"))
    }
}
