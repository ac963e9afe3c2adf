import Foundation
import Testing

/// A template that does not parse is reported as a diagnostic line (file:line:column: error: …) in a template
/// author's words, placed where the author has to look; exit status 2, nothing written.
@Suite("Templates: syntax errors said and placed")
struct TemplateSyntaxErrorTests {
    /// `phrasebook build` (or `command`) of the minimal fixture with `html/index.mustache` replaced by `text`.
    private func build(index text: String, command: [String] = ["build"]) throws -> PhrasebookCommand.Result {
        let templates = try TestPaths.copyOfTemplates()
        try TestPaths.write(text, to: templates + "/html/index.mustache")
        return try PhrasebookCommand.run(
            command + [
                "--content", TestPaths.fixture("minimal"), "--templates", templates, "--output",
                TestPaths.scratch() + "/Output",
            ])
    }

    @Test("under --diagnostics json, build and check print the broken template as a JSON diagnostic too")
    func jsonDiagnostic() throws {
        for command in [["build"], ["check"]] {
            let result = try build(index: "<p>\n  {{#book}}\n</p>\n", command: command + ["--diagnostics", "json"])
            #expect(result.status == 2)
            let entries = try #require(
                try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]], "\(result.out)")
            #expect(entries.count == 1)
            let entry = try #require(entries.first)
            #expect((entry["file"] as? String)?.hasSuffix("html/index.mustache") == true)
            #expect(entry["line"] as? Int == 2 && entry["column"] as? Int == 3)
            #expect(entry["severity"] as? String == "error" && entry["code"] as? String == "template")
            #expect((entry["message"] as? String)?.contains("section 'book' opened here is never closed") == true)
            #expect(result.err.contains("html/index.mustache:2:3: error: [template]"), "the line stays: \(result.err)")
        }
    }

    @Test("a template that is a link to nothing, or not UTF-8, is named with why it cannot be read; a link is followed")
    func unreadableTemplate() throws {
        let templates = try TestPaths.copyOfTemplates()
        let index = templates + "/html/index.mustache"
        let kept = templates + "/kept-index.mustache"
        try FileManager.default.moveItem(atPath: index, toPath: kept)
        try FileManager.default.createSymbolicLink(atPath: index, withDestinationPath: kept)
        let run = {
            try PhrasebookCommand.run([
                "check", "--content", TestPaths.fixture("minimal"), "--templates", templates,
            ])
        }
        #expect(try run().status == 0, "a link to a template is read")
        try FileManager.default.removeItem(atPath: kept)
        let gone = try run()
        #expect(
            gone.status == 2
                && gone.err.contains("index.mustache: cannot read: it is a link to \(kept), which does not exist"),
            "\(gone.err)")
        try FileManager.default.removeItem(atPath: index)
        try Data([0x7B, 0x7B, 0xFF, 0x7D, 0x7D]).write(to: URL(fileURLWithPath: index))
        let latin = try run()
        #expect(latin.status == 2 && latin.err.contains("index.mustache: cannot read: it is not UTF-8"), "\(latin.err)")
    }

    @Test("check --content-only reads no template: a broken one is not reported, the content's problems are")
    func contentOnly() throws {
        let broken = try build(index: "<p>\n  {{#book}}\n</p>\n", command: ["check", "--content-only"])
        #expect(broken.status == 0, "\(broken.err)")
        #expect(!broken.err.contains("[template]") && broken.err.contains("0 errors"))
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write("<taboos><taboo id=\"Bad\"><zh>x</zh></taboo></taboos>", to: content + "/taboos.xml")
        let bad = try PhrasebookCommand.run([
            "check", "--content-only", "--content", content, "--templates", TestPaths.scratch() + "/none",
        ])
        #expect(bad.status == 1)
        #expect(bad.err.contains("taboos.xml:1:") && bad.err.contains("'Bad'"), "\(bad.err)")
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

    @Test(
        "an unfinished tag is placed at its start and said for what it is",
        arguments: [
            (
                "<p>{{ book title }}</p>\n", "1:4",
                "the tag '{{ book title }}' has a space in its name 'book title': a name is one word, its parts "
                    + "joined by dots (book.title)"
            ),
            (
                "<h1>\n  {{{ book.titleText}}\n</h1>\n", "2:3",
                "'{{{ book.titleText}}' opens with three braces and closes with two: write {{{book.titleText}}}, "
                    + "or {{book.titleText}} to have the value escaped"
            ),
            (
                "<p>{{#book}}{{title}</p>{{/book}}\n", "1:13",
                "the tag '{{title}</p>' is never closed before the next tag: add }}"
            ),
            ("<p>{{book.title</p>\n", "1:4", "the tag '{{book.title</p>' is never closed: add }}"),
        ])
    func unfinishedTag(template: String, place: String, reason: String) throws {
        let result = try build(index: template)
        #expect(result.status == 2)
        #expect(
            result.err.contains("html/index.mustache:\(place): error: [template] \(reason)\n"), "\(result.err)")
        #expect(!result.err.contains("unfinishedName"))
    }
}
