import Foundation
import Mustache
import Testing

@testable import PhrasebookKit

@Suite("check reports what build would")
struct CheckAsBuildTests {
    static func pipeline(_ content: String, templates: String = TestPaths.templates) -> Pipeline {
        Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: TestPaths.scratch() + "/Output")
    }

    @Test("check prints the card-overflow notes a build prints")
    func cardOverflowNotes() throws {
        let long = String(repeating: "您好，欢迎光临，请问有什么可以帮您？", count: 30)
        let fixture = CheckExamples.phrase(zh: long, attributes: "card=\"true\"")
        let (checked, built) = try fixture.withFolder { folder in
            let pipeline = Self.pipeline(folder)
            return (try pipeline.checkAsBuild(), try pipeline.build(RenderOptions()).diagnostics)
        }
        #expect(!checked.with("card-overflow").isEmpty)
        #expect(checked == built)
    }

    @Test("A template naming a value its page lacks fails check, not only build: plain, triple and dotted names")
    func brokenTemplatesFailCheck() throws {
        for tag in ["{{nonsense}}", "{{{situation.bodyy}}}", "{{situation.titleTextt}}"] {
            let templates = try TestPaths.copyOfTemplates()
            let file = templates + "/html/situation.mustache"
            try TestPaths.write(try String(contentsOfFile: file, encoding: .utf8) + tag, to: file)
            let name = tag.trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
            let error = try CheckExamples.phrase(zh: "您好。").withFolder { folder in
                #expect(throws: PhrasebookError.self) { try Self.pipeline(folder, templates: templates).checkAsBuild() }
                do {
                    _ = try Self.pipeline(folder, templates: templates).build(RenderOptions())
                    return ""
                } catch {
                    return "\(error)"
                }
            }
            #expect(error.contains("situation.mustache") && error.contains(name), "\(tag): \(error)")
        }
    }

    @Test("Templates left to swift-mustache get a note at the tag, from check, build and an up-to-date build alike")
    func notCompiledTemplatesGetANote() throws {
        let templates = try TestPaths.copyOfTemplates()
        let file = templates + "/markdown/situation.mustache"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(text + "  {{$extra}}{{/extra}}\n", to: file)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let (checked, built, again) = try CheckExamples.phrase(zh: "您好。").withFolder { folder in
            let pipeline = Self.pipeline(folder, templates: templates)
            return (
                try pipeline.checkAsBuild(), try pipeline.build(RenderOptions()).diagnostics,
                try pipeline.build(RenderOptions()).diagnostics
            )
        }
        let notes = built.with(TemplateSet.notCompiledCode)
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .note)
        #expect(notes.first?.location == SourceLocation(file: file, line: line, column: 3))
        #expect(notes.first?.message.hasPrefix("template inheritance") == true)
        #expect(notes.first?.message.contains("every markdown template") == true)
        #expect(checked == built && again == built)

        let shipped = try CheckExamples.phrase(zh: "您好。").withFolder { folder in
            try Self.pipeline(folder).build(RenderOptions()).diagnostics
        }
        #expect(shipped.with(TemplateSet.notCompiledCode).isEmpty, "the shipped templates are compiled")
    }

    @Test("After a build, check renders only what changed since, and reports what a check from nothing does")
    func checkAfterBuildRendersOnlyWhatChanged() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        let pipeline = Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        let built = try pipeline.build(RenderOptions())
        let before = TestPaths.snapshot(output)
        let bookkeeping = [".phrasebook-lock", ".phrasebook-build-state", ".phrasebook-fragments"].map {
            FileManager.default.contents(atPath: output + "/" + $0)
        }

        let unchanged = try pipeline.checkAsBuildCounting(RenderOptions())
        #expect(unchanged.rendered == 0, "nothing changed: the build's diagnostics, nothing rendered")
        #expect(unchanged.diagnostics == built.diagnostics)

        try TestPaths.replace(
            "the caller is silent", with: "nobody speaks", in: content + "/situations/silent-call.xml")
        let fresh = Pipeline(
            contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch() + "/Output")
        let everything = try fresh.checkAsBuildCounting(RenderOptions())
        let edited = try pipeline.checkAsBuildCounting(RenderOptions())
        #expect(edited.diagnostics == everything.diagnostics)
        #expect(
            edited.rendered > 0 && edited.rendered < everything.rendered,
            "\(edited.rendered) of \(everything.rendered)")
        #expect(TestPaths.snapshot(output) == before, "check writes nothing into the output folder")
        let after = [".phrasebook-lock", ".phrasebook-build-state", ".phrasebook-fragments"].map {
            FileManager.default.contents(atPath: output + "/" + $0)
        }
        #expect(after == bookkeeping, "not even its lock")
    }

    @Test("A template broken after a build fails check, though the build before it passed")
    func templateBrokenAfterBuild() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let templates = try TestPaths.copyOfTemplates()
        let pipeline = Pipeline(
            contentFolder: content, templatesFolder: templates, outputFolder: TestPaths.scratch() + "/Output")
        _ = try pipeline.build(RenderOptions())
        let file = templates + "/html/situation.mustache"
        try TestPaths.write(try String(contentsOfFile: file, encoding: .utf8) + "{{nonsense}}", to: file)
        #expect(throws: PhrasebookError.self) { try pipeline.checkAsBuild() }
    }

    @Test("Dotted names the templates use are found in the page's values; section lookups still fall through")
    func dottedNamesOfShippedTemplates() throws {
        #expect(
            StrictContext.dottedNames(in: "{{{situation.body}}} {{#book.title}}{{/book.title}} {{>a.b}} {{! x.y }}")
                == ["situation.body", "book.title"])
        let context = StrictContext(
            ["role": ["label": "x"], "top": 1], dottedNames: ["role.label", "role.missing"])
        let role = try #require(context.child(named: "role") as? any Mustache.MustacheParent)
        #expect(role.child(named: "label") as? String == "x")
        #expect(role.child(named: "top") == nil)
        #expect(role.child(named: "missing") == nil)
        #expect(context.misses == ["role.missing"])
    }
}
