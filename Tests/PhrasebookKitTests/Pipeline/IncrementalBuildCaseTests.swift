import Foundation
import Testing

@testable import PhrasebookKit

/// What an incremental build does in each case: nothing when nothing changed, only the changed files otherwise,
/// everything under `--clean`, and never trusting a file's status where its bytes could differ.
@Suite("Incremental builds: what is kept, what is written")
struct IncrementalBuildCaseTests {
    /// A scratch copy of the minimal fixture and a pipeline building it into a fresh folder with the repository's
    /// templates (or `templates`).
    private func project(templates: String = TestPaths.templates) throws -> (content: String, pipeline: Pipeline) {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        return (content, Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output))
    }

    /// A project with a copy of the templates, built, then one phrase's text edited (an edit build follows); the
    /// output's files after the build.
    private func builtThenEdited() throws -> (
        content: String, templates: String, pipeline: Pipeline, before: [String: Data]
    ) {
        let templates = try TestPaths.copyOfTemplates()
        let (content, pipeline) = try project(templates: templates)
        _ = try pipeline.build(RenderOptions())
        let before = TestPaths.snapshot(pipeline.outputFolder)
        try TestPaths.replace("<en>Goodbye", with: "<en>Goodbye now", in: content + "/situations/counter-welcome.xml")
        return (content, templates, pipeline, before)
    }

    /// The inode and modification time of every output file, by path.
    private func statuses(_ result: Pipeline.BuildResult, in folder: String) -> [String: [Int64]] {
        Dictionary(
            uniqueKeysWithValues: result.files.compactMap { file in
                FileStatus.of(folder + "/" + file.path).map { (file.path, [Int64($0.inode), $0.modified]) }
            })
    }

    /// Whether `pipeline`'s output folder holds what a clean build of its content makes (bookkeeping aside).
    private func equalsCleanBuild(_ pipeline: Pipeline) throws -> Bool {
        let clean = Pipeline(
            contentFolder: pipeline.contentFolder, templatesFolder: pipeline.templatesFolder,
            outputFolder: TestPaths.scratch() + "/Clean")
        _ = try clean.build(RenderOptions(), clean: true)
        return TestPaths.snapshot(pipeline.outputFolder) == TestPaths.snapshot(clean.outputFolder)
    }

    @Test("a build with nothing changed is up to date, writes nothing and reports the same diagnostics")
    func nothingChanged() throws {
        let (_, pipeline) = try project()
        let first = try pipeline.build(RenderOptions())
        let before = statuses(first, in: pipeline.outputFolder)
        let second = try pipeline.build(RenderOptions())
        #expect(second.upToDate && second.published)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.files.map(\.path) == first.files.map(\.path))
        #expect(statuses(second, in: pipeline.outputFolder) == before)
        #expect(!(try pipeline.build(RenderOptions(), clean: true)).upToDate)
    }

    @Test("other options, strictness and a one-role build are not the build the state records")
    func optionsMatter() throws {
        let (_, pipeline) = try project()
        _ = try pipeline.build(RenderOptions())
        #expect(!(try pipeline.build(RenderOptions(textWidth: 60))).upToDate)
        #expect(try pipeline.build(RenderOptions(textWidth: 60)).upToDate)
        #expect(!(try pipeline.build(RenderOptions(role: "counter-clerk", textWidth: 60))).upToDate)
        #expect(!(try pipeline.build(RenderOptions(textWidth: 60))).upToDate, "after a one-role build")
        let strict = try pipeline.build(RenderOptions(textWidth: 60), strict: true)
        #expect(strict.upToDate && strict.published, "notes never fail, not even under --strict")
    }

    @Test("after a one-role build, a build of the whole book writes only that role's files again")
    func afterOneRoleBuild() throws {
        let (_, pipeline) = try project()
        let first = try pipeline.build(RenderOptions())
        let before = statuses(first, in: pipeline.outputFolder)
        let role = try pipeline.build(RenderOptions(role: "counter-clerk"))
        let roleFiles = Set(role.files.map(\.path))
        #expect(
            !roleFiles.isEmpty && roleFiles.allSatisfy { $0.contains("counter-clerk") || $0.hasPrefix("html/assets/") })
        let whole = try pipeline.build(RenderOptions())
        #expect(!whole.upToDate, "the role's files are new files: the state no longer describes them")
        let rewritten = Set(whole.files.filter { !$0.kept }.map(\.path))
        let others = rewritten.subtracting(roleFiles).sorted()
        let onlyTheRoles = others.isEmpty && rewritten == roleFiles
        #expect(onlyTheRoles, "\(others.count) other files written again, such as \(others.prefix(3))")
        let after = statuses(whole, in: pipeline.outputFolder)
        for (path, status) in before where !roleFiles.contains(path) {
            #expect(after[path] == status, "\(path) was written again")
        }
        #expect(try pipeline.build(RenderOptions()).upToDate)
    }

    @Test("a one-role build with other options, then a whole build: the role's files are the whole build's again")
    func oneRoleBuildWithOtherOptions() throws {
        let (_, pipeline) = try project()
        _ = try pipeline.build(RenderOptions())
        _ = try pipeline.build(RenderOptions(role: "counter-clerk", textWidth: 60, edition: "draft-2"))
        let whole = try pipeline.build(RenderOptions())
        #expect(!whole.upToDate)
        #expect(try equalsCleanBuild(pipeline))
    }

    @Test("after a build of one format, a build of every format keeps the other formats' files as they were")
    func afterOneFormatBuild() throws {
        let (content, pipeline) = try project()
        let first = try pipeline.build(RenderOptions())
        let before = statuses(first, in: pipeline.outputFolder)
        try TestPaths.replace("<en>Goodbye", with: "<en>Goodbye now", in: content + "/situations/counter-welcome.xml")
        let text = try pipeline.build(RenderOptions(formats: [.text]))
        #expect(text.files.allSatisfy { $0.path.hasPrefix("text/") })
        let whole = try pipeline.build(RenderOptions())
        let rewritten = whole.files.filter { !$0.kept }.map(\.path)
        #expect(!rewritten.isEmpty && rewritten.allSatisfy { !$0.hasPrefix("text/") }, "\(rewritten)")
        let after = statuses(whole, in: pipeline.outputFolder)
        for (path, status) in before where path.hasPrefix("html/") && !rewritten.contains(path) {
            #expect(after[path] == status, "\(path) was written again")
        }
        #expect(try equalsCleanBuild(pipeline))
    }

    @Test("a template edit rewrites only the files it changes and keeps the others as they were")
    func templateEdit() throws {
        let templates = try TestPaths.copyOfTemplates()
        let (_, pipeline) = try project(templates: templates)
        let first = try pipeline.build(RenderOptions())
        let before = statuses(first, in: pipeline.outputFolder)
        let cards = templates + "/text/cards.mustache"
        try TestPaths.write(try String(contentsOfFile: cards, encoding: .utf8) + "(end)\n", to: cards)
        let second = try pipeline.build(RenderOptions())
        #expect(!second.upToDate)
        let rewritten = Set(second.files.filter { !$0.kept }.map(\.path))
        #expect(!rewritten.isEmpty && rewritten.allSatisfy { $0.hasPrefix("text/cards/") })
        let after = statuses(second, in: pipeline.outputFolder)
        for (path, status) in before where !rewritten.contains(path) {
            #expect(after[path] == status, "\(path) was written again")
        }
    }

    @Test("a situation's roles changed: every page whose navigation marks it is written again, as a clean build")
    func situationRoles() throws {
        let (content, pipeline) = try project()
        _ = try pipeline.build(RenderOptions())
        var before = "hotline-agent"
        for roles in ["hotline-agent counter-clerk", "counter-clerk", "hotline-agent"] {
            try TestPaths.replace(
                "id=\"silent-call\" roles=\"\(before)\"", with: "id=\"silent-call\" roles=\"\(roles)\"",
                in: content + "/situations/silent-call.xml")
            before = roles
            _ = try pipeline.build(RenderOptions())
            #expect(try equalsCleanBuild(pipeline), "roles=\"\(roles)\"")
        }
    }

    @Test("an edit that keeps the size and sets the modification time back is still seen")
    func sameSizeSameTime() throws {
        let (content, pipeline) = try project()
        _ = try pipeline.build(RenderOptions())
        let file = content + "/situations/counter-welcome.xml"
        let old = try #require(FileStatus.of(file))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(text.replacingOccurrences(of: "Please have a seat.", with: "Please take a seat."), to: file)
        var times = [
            timespec(tv_sec: Int(old.modified / 1_000_000_000), tv_nsec: Int(old.modified % 1_000_000_000)),
            timespec(tv_sec: Int(old.modified / 1_000_000_000), tv_nsec: Int(old.modified % 1_000_000_000)),
        ]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        #expect(FileStatus.of(file)?.size == old.size && FileStatus.of(file)?.modified == old.modified)
        let result = try pipeline.build(RenderOptions())
        #expect(!result.upToDate)
        let situation = try String(
            contentsOfFile: pipeline.outputFolder + "/markdown/situations/counter-welcome.md", encoding: .utf8)
        #expect(situation.contains("Please take a seat."))
    }

    @Test("an output file changed by hand is written again, and the build is not up to date")
    func outputChangedByHand() throws {
        let (_, pipeline) = try project()
        _ = try pipeline.build(RenderOptions())
        let page = pipeline.outputFolder + "/markdown/README.md"
        let original = try #require(FileManager.default.contents(atPath: page))
        try TestPaths.write("changed by hand\n", to: page)
        let result = try pipeline.build(RenderOptions())
        #expect(!result.upToDate)
        #expect(FileManager.default.contents(atPath: page) == original)
        #expect(result.files.first { $0.path == "markdown/README.md" }?.kept == false)
    }

    @Test("a build that fails leaves the previous state, which still describes the previous output")
    func failedBuildKeepsState() throws {
        let (content, pipeline) = try project()
        _ = try pipeline.build(RenderOptions())
        let state = FileManager.default.contents(atPath: pipeline.outputFolder + "/" + BuildState.name)
        let file = content + "/situations/counter-welcome.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(text.replacingOccurrences(of: "<en>Goodbye", with: "<en>Goodbye <b>"), to: file)
        #expect(!(try pipeline.build(RenderOptions())).published)
        #expect(FileManager.default.contents(atPath: pipeline.outputFolder + "/" + BuildState.name) == state)
        try TestPaths.write(text, to: file)
        #expect(try pipeline.build(RenderOptions()).upToDate, "the content is back as the output was built")
    }

    @Test("an edit build that fails while the search data is made beside its pages leaves the output as it was")
    func failureBesideTheSearchData() throws {
        // The HTML renders again with the previous pages' bodies, so its search data is made on another thread
        // while the situation pages render, and one of them fails.
        let (content, templates, pipeline, before) = try builtThenEdited()
        let page = templates + "/html/situation.mustache"
        let original = try String(contentsOfFile: page, encoding: .utf8)
        try TestPaths.write(original + "{{noSuchValue}}", to: page)
        #expect(throws: PhrasebookError.self) { try pipeline.build(RenderOptions()) }
        #expect(TestPaths.snapshot(pipeline.outputFolder) == before)
        try TestPaths.write(original, to: page)
        let mended = try pipeline.build(RenderOptions())
        #expect(mended.published && mended.reusedBodies > 0, "an edit build, with bodies read back")
        let clean = TestPaths.scratch() + "/Clean"
        _ = try Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: clean).build(
            RenderOptions())
        #expect(TestPaths.snapshot(pipeline.outputFolder) == TestPaths.snapshot(clean))
    }

    @Test("an edit build renders its formats side by side, and reports the first format's error, as one by one")
    func formatsSideBySideFail() throws {
        let (_, templates, pipeline, before) = try builtThenEdited()
        for format in ["markdown", "html"] {
            let page = templates + "/\(format)/situation.mustache"
            try TestPaths.write(try String(contentsOfFile: page, encoding: .utf8) + "{{noSuchValue}}", to: page)
        }
        #expect {
            try pipeline.build(RenderOptions())
        } throws: { error in
            guard case PhrasebookError.brokenTemplate(let path, _, _, _) = error else { return false }
            return path.hasSuffix("html/situation.mustache")
        }
        #expect(TestPaths.snapshot(pipeline.outputFolder) == before)
    }
}
