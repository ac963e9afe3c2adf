import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Building end to end")
struct BuildTests {
    private func build(_ content: String, into output: String, _ options: RenderOptions = RenderOptions()) throws
        -> Pipeline.BuildResult
    {
        try Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output).build(options)
    }

    @Test("a build writes the output layout of product.md")
    func layout() throws {
        let output = TestPaths.scratch() + "/Output"
        let result = try build(TestPaths.fixture("minimal"), into: output)
        #expect(result.published)
        let files = Set(TestPaths.snapshot(output).keys)
        for expected in [
            "html/index.html", "html/situations/silent-call.html", "html/situations/counter-welcome.html",
            "html/roles/hotline-agent.html", "html/roles/counter-clerk.html", "html/taboos.html",
            "html/cards/hotline-agent.html", "html/assets/style.css", "html/assets/phrasebook.js",
            "markdown/README.md", "markdown/situations/silent-call.md", "markdown/roles/counter-clerk.md",
            "text/handbook.txt", "text/roles/hotline-agent.txt", "text/cards/hotline-agent.txt",
        ] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        #expect(!files.contains { $0.contains(".phrasebook-staging") }, "staging left behind")
        #expect(!files.contains { $0.contains(".phrasebook-journal") }, "journal left behind")
    }

    @Test("the same input gives byte-identical output")
    func deterministic() throws {
        let first = TestPaths.scratch() + "/Output"
        let second = TestPaths.scratch() + "/Output"
        _ = try build(TestPaths.fixture("minimal"), into: first)
        _ = try build(TestPaths.fixture("minimal"), into: second)
        let a = TestPaths.snapshot(first)
        #expect(!a.isEmpty)
        #expect(a == TestPaths.snapshot(second))
    }

    @Test("a build with errors leaves the previous output exactly as it was")
    func failedBuildKeepsOutput() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        _ = try build(content, into: output)
        let before = TestPaths.snapshot(output)
        let file = content + "/situations/counter-welcome.xml"
        let broken = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(
            of: "您好", with: "您好{nobody}")
        try TestPaths.write(broken, to: file)
        let result = try build(content, into: output)
        #expect(!result.published)
        #expect(result.diagnostics.contains { $0.code == "unknown-placeholder" })
        #expect(TestPaths.snapshot(output) == before)
    }

    /// The minimal fixture built into a scratch output folder, that folder's files, and a copy of the templates
    /// to break.
    private func builtWithTemplatesCopy() throws -> (output: String, before: [String: Data], templates: String) {
        let output = TestPaths.scratch() + "/Output"
        _ = try build(TestPaths.fixture("minimal"), into: output)
        return (output, TestPaths.snapshot(output), try TestPaths.copyOfTemplates())
    }

    @Test("a broken template fails the build before anything is written")
    func brokenTemplateKeepsOutput() throws {
        let (output, before, templates) = try builtWithTemplatesCopy()
        try TestPaths.write("{{#book}}unclosed", to: templates + "/markdown/index.mustache")
        let pipeline = Pipeline(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: output)
        #expect {
            try pipeline.build(RenderOptions())
        } throws: { error in
            guard case PhrasebookError.brokenTemplate(let path, _, _, _) = error else { return false }
            return path.hasSuffix("markdown/index.mustache")
        }
        #expect(TestPaths.snapshot(output) == before)
    }

    @Test("content with errors and a broken template: the content's errors are reported, as the templates come after")
    func contentErrorsBeforeBrokenTemplate() throws {
        let (output, before, templates) = try builtWithTemplatesCopy()
        try TestPaths.write("{{#book}}unclosed", to: templates + "/html/index.mustache")
        let content = try TestPaths.copy(ofFixture: "minimal")
        let file = content + "/situations/counter-welcome.xml"
        let broken = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(
            of: "您好", with: "您好{nobody}")
        try TestPaths.write(broken, to: file)
        let result = try Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
            .build(RenderOptions())
        #expect(!result.published)
        #expect(result.diagnostics.contains { $0.code == "unknown-placeholder" })
        #expect(TestPaths.snapshot(output) == before)
    }

    @Test("a missing Templates/html/assets folder fails the build (exit 2, the folder named), nothing written")
    func missingAssetsKeepOutput() throws {
        let (output, before, templates) = try builtWithTemplatesCopy()
        try FileManager.default.removeItem(atPath: templates + "/html/assets")
        let result = try PhrasebookCommand.run([
            "build", "--content", TestPaths.fixture("minimal"), "--templates", templates, "--output", output,
        ])
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("folder not found: \(templates)/html/assets"), "\(result.err)")
        #expect(TestPaths.snapshot(output) == before)
    }

    @Test(
        "a role build into a folder without the whole book says its page's and Markdown's links need it; with it, not")
    func roleBuildAlone() throws {
        let output = TestPaths.scratch() + "/Output"
        let content = TestPaths.fixture("minimal")
        let alone = try PhrasebookCommand.run([
            "build", "--content", content, "--role", "hotline-agent", "--output", output,
        ])
        #expect(alone.status == 0, "\(alone.err)")
        #expect(
            alone.err.contains(
                "note: html/roles/hotline-agent.html and markdown/roles/hotline-agent.md link to the rest of the book"),
            "\(alone.err)")
        #expect(alone.err.contains("phrasebook build --output \(output)"))
        #expect(try PhrasebookCommand.run(["build", "--content", content, "--output", output]).status == 0)
        let withSite = try PhrasebookCommand.run([
            "build", "--content", content, "--role", "hotline-agent", "--output", output,
        ])
        #expect(withSite.status == 0, "\(withSite.err)")
        #expect(!withSite.err.contains("to the rest of the book"), "\(withSite.err)")
        let markdownAlone = try PhrasebookCommand.run([
            "build", "--content", content, "--role", "hotline-agent", "--format", "markdown", "--output",
            TestPaths.scratch() + "/Markdown",
        ])
        #expect(
            markdownAlone.err.contains("note: markdown/roles/hotline-agent.md links to the rest of the book"),
            "\(markdownAlone.err)")
        let textAlone = try PhrasebookCommand.run([
            "build", "--content", content, "--role", "hotline-agent", "--format", "text", "--output",
            TestPaths.scratch() + "/Text",
        ])
        #expect(!textAlone.err.contains("rest of the book"), "the text handbook has no links: \(textAlone.err)")
    }

    @Test("a role build replaces that role's files with new ones and leaves every other file as it was")
    func roleBuild() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        _ = try build(content, into: output)
        let before = TestPaths.snapshot(output)
        let situation = content + "/situations/silent-call.xml"
        let edited = try String(contentsOfFile: situation, encoding: .utf8)
            .replacingOccurrences(of: "<en>Silent call</en>", with: "<en>Silent caller</en>")
        try TestPaths.write(edited, to: situation)
        let result = try build(content, into: output, RenderOptions(role: "hotline-agent"))
        let after = TestPaths.snapshot(output)
        // Besides the role's own files, a role build writes only the shared assets its pages link to (unchanged).
        let roleFiles = Set(result.files.map(\.path)).filter { $0.contains("hotline-agent") }
        #expect(Set(result.files.map(\.path)).subtracting(roleFiles).allSatisfy { $0.hasPrefix("html/assets/") })
        #expect(!roleFiles.isEmpty)
        for path in roleFiles where !path.contains("/cards/") {
            #expect(
                after[path].map { String(decoding: $0, as: UTF8.self).contains("Silent caller") } == true, "\(path)")
        }
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, bytes) in before where !roleFiles.contains(path) {
            #expect(after[path] == bytes, "\(path) changed in a build of another role")
        }
        #expect(throws: PhrasebookError.self) { try build(content, into: output, RenderOptions(role: "nobody")) }
    }

    @Test("the shipped content passes check --strict and builds")
    func shippedContentBuilds() throws {
        let output = TestPaths.scratch() + "/Output"
        let result = try Pipeline(
            contentFolder: TestPaths.content, templatesFolder: TestPaths.templates, outputFolder: output
        )
        .build(RenderOptions(), strict: true)
        #expect(result.diagnostics.filter { $0.severity != .note }.map(\.formatted) == [])
        #expect(result.published)
    }
}
