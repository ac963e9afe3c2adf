import Foundation
import Mustache
import Testing

@testable import PhrasebookKit

@Suite("Templates: the guard against partials nested without end")
struct PartialNestingTests {
    /// `templates` rendered from `page` by swift-mustache alone and inside the guard, over the same values.
    private func renderBothWays(_ templates: [String: String], page: String = "page") throws -> (String, String) {
        let values: [String: Any] = ["name": "N", "list": ["a", "b"], "yes": true]
        var bare = MustacheLibrary()
        var guarded = MustacheLibrary()
        for (index, name) in templates.keys.sorted().enumerated() {
            bare.register(try MustacheTemplate(string: templates[name]!), named: name)
            guarded.register(
                try MustacheTemplate(string: PartialNesting.wrap(templates[name]!, index: index)), named: name)
        }
        let root = StrictContext(values, templateCount: templates.count)
        return (
            try #require(bare.render(values, withTemplate: page)),
            try #require(guarded.render(root, withTemplate: page))
        )
    }

    @Test(
        "the guard leaves the output as it was, byte for byte, whatever the template's last line",
        arguments: [
            "text\nwithout a line break at the end",
            "text with one\n",
            "{{#list}}\n- {{.}}\n{{/list}}",
            "{{#list}}\n- {{.}}\n  {{/list}}",
            "{{#list}}\n- {{.}}\n{{/list}}\n",
            "crlf\r\n{{#list}}\r\n{{.}}\r\n{{/list}}\r\n",
            "{{! a comment alone }}",
            "{{#yes}}yes{{/yes}}",
            "{{name}}",
            "",
            "<ul>\n  {{>item}}",
            "<ul>\n  {{>item}}\n</ul>\n",
        ])
    func invisible(page: String) throws {
        let (bare, guarded) = try renderBothWays(["page": page, "item": "<li>{{name}}</li>\n<li>again</li>\n"])
        #expect(guarded == bare)
    }

    @Test("a recursion through a section over data that ends renders; the guard counts only what is open")
    func finiteRecursion() throws {
        var library = MustacheLibrary()
        library.register(
            try MustacheTemplate(
                string: PartialNesting.wrap("{{#children}}({{name}}{{>tree}}){{/children}}", index: 0)),
            named: "tree")
        var node: [String: Any] = ["name": "leaf", "children": [[String: Any]]()]
        for depth in 0..<(PartialNesting.limit - 2) {
            node = ["name": "\(depth)", "children": [node, ["name": "x", "children": [[String: Any]]()]]]
        }
        let root = StrictContext(["children": [node]], templateCount: 1)
        let output = try #require(library.render(root, withTemplate: "tree"))
        #expect(root.nestingOverflow == nil)
        #expect(output.contains("(leaf)"))
    }

    @Test("the innermost repeating cycle is named, from the first template by name")
    func cycleNaming() {
        #expect(
            PartialNesting.cycle(in: ["page", "phrase", "phrase", "phrase", "renderings"]) == ["phrase", "phrase"])
        #expect(
            PartialNesting.cycle(in: ["page", "texts", "phrase", "texts", "phrase"]) == ["phrase", "texts", "phrase"])
        #expect(PartialNesting.cycle(in: ["a", "b", "c"]) == ["a", "b", "c"])
    }

    @Test("only the templates that can include themselves, directly or through others, are guarded")
    func onlyRecursiveTemplatesAreGuarded() throws {
        let sources = [
            "a": "{{#x}}{{>b}}{{/x}}", "b": "{{^y}}{{>a}}{{/y}}", "c": "{{>a}}{{>c2}}", "c2": "text",
            "d": "{{#items}}{{>d}}{{/items}}", "e": "{{<c}}{{/c}}",
        ]
        #expect(TemplateSet.recursiveTemplates(in: sources) == ["a", "b", "d"])
        for format in ["html", "markdown", "text"] {
            let shipped = try FileManager.default.contentsOfDirectory(atPath: TestPaths.templates + "/" + format)
                .filter { $0.hasSuffix(".mustache") }
                .reduce(into: [String: String]()) { sources, file in
                    let text = try? String(contentsOfFile: TestPaths.templates + "/\(format)/\(file)", encoding: .utf8)
                    sources[String(file.dropLast(".mustache".count))] = text
                }
            let recursive = TemplateSet.recursiveTemplates(in: shipped)
            #expect(recursive == (format == "text" ? [] : ["dialogue-items"]), "\(format): \(recursive)")
            #expect(!shipped.isEmpty)
        }
    }
}
