import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Output folder: the tool replaces only what it made")
struct OutputFolderSafetyTests {
    private func pipeline(into output: String, templates: String = TestPaths.templates) -> Pipeline {
        Pipeline(contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: output)
    }

    /// Whether `error` is a refusal whose path or reason mentions `word`.
    private func refused(_ error: any Error, mentioning word: String) -> Bool {
        guard case PhrasebookError.refusedOutput(let path, let reason) = error else { return false }
        return path.contains(word) || reason.contains(word)
    }

    @Test("the templates folder, the content folder, a folder holding them, / and the home folder are refused")
    func forbiddenFolders() throws {
        let templates = try TestPaths.copyOfTemplates()
        let before = TestPaths.snapshot(templates)
        let root = (templates as NSString).deletingLastPathComponent
        let content = try TestPaths.copy(ofFixture: "minimal")
        for (output, word) in [
            (templates, "templates"), (templates + "/html", "templates"), (root, "contains"), (content, "content"),
            ("/", "root"), (NSHomeDirectory(), "home"),
        ] {
            let pipeline = Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
            #expect("refused \(output)") {
                try pipeline.build(RenderOptions())
            } throws: { refused($0, mentioning: word) }
        }
        #expect(TestPaths.snapshot(templates) == before)
        #expect(FileSystem.kind("/.phrasebook-lock") == .missing)
    }

    @Test(
        "a folder inside a format folder another build made is refused; beside the formats, or below a stray manifest, it is not"
    )
    func insideAnotherOutput() throws {
        let output = TestPaths.scratch() + "/Output"
        _ = try pipeline(into: output).build(RenderOptions())
        let before = TestPaths.snapshot(output)
        for inner in [output + "/html/assets", output + "/html/new-site", output + "/markdown/x"] {
            #expect("refused \(inner)") {
                try pipeline(into: inner).build(RenderOptions())
            } throws: { refused($0, mentioning: "a folder another build made") }
        }
        #expect(TestPaths.snapshot(output) == before)
        #expect(try pipeline(into: output).build(RenderOptions()).upToDate, "the outer output is whole")
        // Beside the formats (a user's folder the outer build keeps), and in a folder that merely holds a manifest
        // (a build into /tmp leaves one there, and serve's preview folders are made below /tmp).
        #expect(try pipeline(into: output + "/mine/deeper").build(RenderOptions()).published)
        #expect(try pipeline(into: output).build(RenderOptions()).upToDate, "a folder beside the formats is kept")
        let stray = TestPaths.scratch()
        try TestPaths.write("# phrasebook\nhtml/\n", to: stray + "/" + OutputManifest.name)
        #expect(try pipeline(into: stray + "/preview").build(RenderOptions()).published)
    }

    @Test("an output path that is a file is refused as such, and the file stays")
    func outputIsAFile() throws {
        let output = TestPaths.scratch() + "/Output"
        try TestPaths.write("my notes", to: output)
        #expect {
            try pipeline(into: output).build(RenderOptions())
        } throws: { refused($0, mentioning: "it is a file, not a folder") }
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "my notes")
        let command = try PhrasebookCommand.run([
            "build", "--content", TestPaths.fixture("minimal"), "--output", output,
        ])
        #expect(command.status == 2)
        #expect(!command.err.contains("previous output"), "\(command.err)")
    }

    @Test("a format folder the tool did not make (a user's ~/html) is refused and kept")
    func foreignFormatFolder() throws {
        let output = TestPaths.scratch() + "/home"
        try TestPaths.write("my page", to: output + "/html/index.html")
        #expect {
            try pipeline(into: output).build(RenderOptions())
        } throws: { refused($0, mentioning: "/html") }
        #expect(TestPaths.snapshot(output) == ["html/index.html": Data("my page".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["html"], "nothing added beside it")
    }

    @Test("a file a user put into a format folder makes the build refuse, naming it; the file stays")
    func userFileInFormatFolder() throws {
        let output = TestPaths.scratch() + "/Output"
        _ = try pipeline(into: output).build(RenderOptions())
        try TestPaths.write("mine", to: output + "/html/assets/custom.css")
        let before = TestPaths.snapshot(output)
        for options in [RenderOptions(), RenderOptions(role: "counter-clerk")] {
            #expect {
                try pipeline(into: output).build(options)
            } throws: { refused($0, mentioning: "html/assets/custom.css") }
        }
        #expect(TestPaths.snapshot(output) == before)
    }

    @Test("files a user keeps beside the format folders survive every build")
    func userFilesBesideFormats() throws {
        let output = TestPaths.scratch() + "/Output"
        try TestPaths.write("readme", to: output + "/README.md")
        try TestPaths.write("notes", to: output + "/notes/today.txt")
        _ = try pipeline(into: output).build(RenderOptions())
        _ = try pipeline(into: output).build(RenderOptions(formats: [.html]))
        _ = try pipeline(into: output).build(RenderOptions(role: "hotline-agent"))
        let files = TestPaths.snapshot(output)
        #expect(files["README.md"] == Data("readme".utf8))
        #expect(files["notes/today.txt"] == Data("notes".utf8))
        #expect(files["html/index.html"] != nil)
    }

    @Test("a link inside the output folder is never followed: a role build refuses it and writes nothing outside")
    func linkOutOfOutput() throws {
        let scratch = TestPaths.scratch()
        let output = scratch + "/Output"
        let elsewhere = scratch + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        _ = try pipeline(into: output).build(RenderOptions())
        try FileManager.default.removeItem(atPath: output + "/html/roles")
        try FileManager.default.createSymbolicLink(
            atPath: output + "/html/roles", withDestinationPath: "../../elsewhere")
        #expect {
            try pipeline(into: output).build(RenderOptions(role: "counter-clerk"))
        } throws: { refused($0, mentioning: "html/roles") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test("a second build into a locked folder is refused, naming the process that holds the lock")
    func lock() throws {
        let output = TestPaths.scratch() + "/Output"
        let holder = try Publisher(folder: output).stage([.html], mode: .replace)
        #expect {
            try pipeline(into: output).build(RenderOptions())
        } throws: { error in
            guard case PhrasebookError.outputLocked(_, let named) = error else { return false }
            // Since when, in UTC, as ISO 8601.
            let since = named.components(separatedBy: "since ").last ?? ""
            return named.contains("pid \(getpid())")
                && since.wholeMatch(of: /20\d\d-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-6]\dZ/) != nil
        }
        let refused = try PhrasebookCommand.run([
            "build", "--content", TestPaths.fixture("minimal"), "--output", output,
        ])
        #expect(refused.status == 2)
        #expect(refused.err.contains("another phrasebook build is writing into this folder (pid \(getpid())"))
        holder.discard()
        #expect(try pipeline(into: output).build(RenderOptions()).published)
    }

    @Test("staging folders of builds that died are removed, without following links inside them")
    func staleStaging() throws {
        let scratch = TestPaths.scratch()
        let output = scratch + "/Output"
        try TestPaths.write("precious", to: scratch + "/elsewhere/keep.txt")
        try TestPaths.write("half", to: output + "/.phrasebook-staging-999999/html/index.html")
        try FileManager.default.createDirectory(
            atPath: output + "/.phrasebook-old-999998", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: output + "/.phrasebook-old-999998/link", withDestinationPath: scratch + "/elsewhere")
        _ = try pipeline(into: output).build(RenderOptions())
        let names = try FileManager.default.contentsOfDirectory(atPath: output)
        #expect(!names.contains { $0.hasPrefix(".phrasebook-staging") || $0.hasPrefix(".phrasebook-old") })
        #expect(TestPaths.snapshot(scratch + "/elsewhere") == ["keep.txt": Data("precious".utf8)])
    }

    @Test("through an output folder that is a link, the staging folders of builds that died are removed too")
    func staleStagingThroughALink() throws {
        let scratch = TestPaths.scratch()
        let real = scratch + "/site"
        try TestPaths.write("half", to: real + "/.phrasebook-staging-999999/html/index.html")
        try FileManager.default.createSymbolicLink(atPath: scratch + "/Output", withDestinationPath: real)
        #expect(try pipeline(into: scratch + "/Output").build(RenderOptions()).published)
        let names = try FileManager.default.contentsOfDirectory(atPath: real)
        #expect(!names.contains { $0.hasPrefix(".phrasebook-staging") }, "\(names)")
        #expect(names.contains("html") && FileSystem.kind(scratch + "/Output") == .other, "built, the link kept")
    }
}
