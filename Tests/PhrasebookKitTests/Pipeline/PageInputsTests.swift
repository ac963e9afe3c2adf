import Foundation
import Testing

@testable import PhrasebookKit

/// An incremental build renders again only the pages whose inputs changed (``PageInputs``); the others are the
/// previous build's files, kept without rendering. (That the result is what a clean build makes is
/// `IncrementalBuildTests`' property.)
@Suite("Incremental builds: only the pages an edit shows on are rendered")
struct PageInputsTests {
    /// A scratch copy of the shipped content, built once into a fresh output folder.
    private func builtProject() throws -> (content: String, pipeline: Pipeline) {
        let built = try ShippedBuild()
        #expect(built.first.files.allSatisfy { $0.rendered })
        return (built.content, built.pipeline)
    }

    private func edit(_ path: String, _ old: String, _ new: String) throws {
        try ShippedBuild.edit(path, old, new)
    }

    /// The paths a build rendered.
    private func rendered(_ result: Pipeline.BuildResult) -> Set<String> {
        Set(result.files.filter(\.rendered).map(\.path))
    }

    @Test("a phrase's text edited: its situation's pages and the handbooks of its roles, no other page")
    func phraseText() throws {
        let (content, pipeline) = try builtProject()
        try edit(content + "/situations/ask-to-wait.xml", "and call back once it's done.</en>", "and call back.</en>")
        let result = try pipeline.build(RenderOptions())
        let rendered = rendered(result)
        for path in ["html/situations/ask-to-wait.html", "markdown/situations/ask-to-wait.md", "text/handbook.txt"] {
            #expect(rendered.contains(path), "\(path)")
        }
        let situationPages = rendered.filter { $0.contains("/situations/") }
        #expect(situationPages == ["html/situations/ask-to-wait.html", "markdown/situations/ask-to-wait.md"])
        #expect(!rendered.contains("html/index.html"), "the home page shows titles only")
        let book = try #require(try pipeline.check().book)
        for role in book.roles {
            let sees = BookView(book: book, role: role).situations.contains { $0.situation.id == "ask-to-wait" }
            for path in ["html/roles/\(role.id).html", "markdown/roles/\(role.id).md", "text/roles/\(role.id).txt"] {
                #expect(rendered.contains(path) == sees, "\(path): the role \(sees ? "sees" : "does not see") it")
            }
        }
        #expect(result.files.count { !$0.rendered } > 100)
        #expect(!rendered.contains { $0.contains("/cards/") }, "a guideline is not on the pocket cards")
    }

    @Test("a card phrase edited: the card sheets of the roles that see it, no other role's")
    func cardPhrase() throws {
        let (content, pipeline) = try builtProject()
        let file = content + "/situations/ask-to-wait.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let phrase = try #require(text.range(of: "<phrase id=\"ask-to-wait-look-up\""))
        let english = try #require(text.range(of: "</en>", range: phrase.upperBound..<text.endIndex))
        try TestPaths.write(text.replacingCharacters(in: english, with: " Thank you.</en>"), to: file)
        let rendered = rendered(try pipeline.build(RenderOptions()))
        let book = try #require(try pipeline.check().book)
        for role in book.roles {
            let sees = BookView(book: book, role: role).phrases.contains { $0.id == "ask-to-wait-look-up" }
            for path in ["html/cards/\(role.id).html", "text/cards/\(role.id).txt"] {
                #expect(rendered.contains(path) == sees, "\(path): the role \(sees ? "sees" : "does not see") it")
            }
        }
    }

    @Test("a situation's title edited: the pages whose navigation shows it too")
    func situationTitle() throws {
        let (content, pipeline) = try builtProject()
        try edit(content + "/situations/ask-to-wait.xml", "Asking the customer to wait</en>", "Asking to wait</en>")
        let rendered = rendered(try pipeline.build(RenderOptions()))
        for path in [
            "html/situations/ask-to-wait.html", "html/situations/return-after-hold.html",
            "html/index.html", "html/search.html", "markdown/situations/check-and-call-back.md",
        ] {
            #expect(rendered.contains(path), "\(path)")
        }
    }

    @Test("a template edit renders only the pages that use it")
    func templateEdit() throws {
        let templates = try TestPaths.copyOfTemplates()
        let content = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        let pipeline = Pipeline(
            contentFolder: content, templatesFolder: templates, outputFolder: TestPaths.scratch() + "/Output")
        _ = try pipeline.build(RenderOptions())
        let phrase = templates + "/markdown/phrase.mustache"
        try TestPaths.write(try String(contentsOfFile: phrase, encoding: .utf8) + "(edited)\n", to: phrase)
        let markdown = rendered(try pipeline.build(RenderOptions()))
        #expect(
            markdown.contains("markdown/situations/ask-to-wait.md") && markdown.contains("markdown/roles/team-lead.md"))
        #expect(markdown.allSatisfy { $0.hasPrefix("markdown/") }, "only Markdown is rendered")
        let index = templates + "/html/index.mustache"
        try TestPaths.write(try String(contentsOfFile: index, encoding: .utf8) + "(edited)\n", to: index)
        let html = rendered(try pipeline.build(RenderOptions())).filter { $0.hasSuffix(".html") }
        #expect(html == ["html/index.html"])
    }

    /// Every page is rendered by the templates its kind names (``PageInputs``), no other: with a mark added at
    /// the end of every template, the marks found in each page are those of its kind's templates and partials.
    @Test("the templates a kind of page names are all the templates its pages show")
    func templatesOfEachKind() throws {
        let templates = try TestPaths.copyOfTemplates()
        let names = (FileManager.default.enumerator(atPath: templates)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") }
        for name in names {
            let path = templates + "/" + name
            try TestPaths.write(try String(contentsOfFile: path, encoding: .utf8) + "@@\(name)@@\n", to: path)
        }
        let output = TestPaths.scratch() + "/Output"
        _ = try Pipeline(contentFolder: TestPaths.content, templatesFolder: templates, outputFolder: output).build(
            RenderOptions())
        let sets: [String: TemplateSet] = try Dictionary(
            uniqueKeysWithValues: OutputFormat.allCases.map { format in
                (format.folder, try TemplateSet(folder: templates + "/" + format.folder, required: []))
            })
        let kinds: [(prefix: String, format: String, kind: String)] = [
            ("html/situations/", "html", "situation"), ("html/roles/", "html", "role"),
            ("html/book/", "html", "book"), ("html/cards/", "html", "cards"), ("html/index.html", "html", "index"),
            ("html/search.html", "html", "search"), ("html/taboos.html", "html", "taboos"),
            ("html/glossary.html", "html", "glossary"), ("markdown/situations/", "markdown", "situation"),
            ("markdown/roles/", "markdown", "role"), ("text/handbook.txt", "text", "handbook"),
            ("text/roles/", "text", "role"), ("text/cards/", "text", "cards"),
        ]
        let tables = [
            "html": HTMLRenderer.pageTemplates, "markdown": MarkdownRenderer.pageTemplates,
            "text": TextRenderer.pageTemplates,
        ]
        var checked = 0
        for (path, data) in TestPaths.snapshot(output) {
            guard let kind = kinds.first(where: { path.hasPrefix($0.prefix) }),
                let named = tables[kind.format]?[kind.kind], let set = sets[kind.format]
            else { continue }
            let allowed = Set(set.digests(reachableFrom: named).keys.map { ($0 as NSString).lastPathComponent })
            // The names between two @@: every template whose marker the page shows, found in one pass.
            let shown = Set(String(decoding: data, as: UTF8.self).components(separatedBy: "@@").dropFirst().dropLast())
            for name in names where shown.contains(name) {
                #expect(
                    name.hasPrefix(kind.format + "/") && allowed.contains((name as NSString).lastPathComponent),
                    "\(path) shows \(name), which its kind (\(kind.kind)) does not name")
            }
            checked += 1
        }
        #expect(checked > 150)
    }

    @Test("a page changed by hand is rendered again even though its inputs did not change")
    func changedByHand() throws {
        let (content, pipeline) = try builtProject()
        let page = pipeline.outputFolder + "/html/situations/answer-call.html"
        let original = try Data(contentsOf: URL(fileURLWithPath: page))
        try TestPaths.write("changed by hand", to: page)
        try edit(content + "/situations/ask-to-wait.xml", "and call back once it's done.</en>", "and call back.</en>")
        let result = try pipeline.build(RenderOptions())
        #expect(rendered(result).contains("html/situations/answer-call.html"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == original)
    }
}
