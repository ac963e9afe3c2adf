import Foundation
import Testing

@testable import PhrasebookKit

/// The steps of a whole-book commit, in order, before its commit point.
private let commitSteps = ["journal", "html", "markdown", "text", "manifest", "fragments", "state", "commit"]

/// The commit is all or nothing: stopped at any step, by a failure or a kill, the output is the previous one
/// (or, once the journal is gone, the new one), never a mix.
@Suite("Commit: all of the new output or all of the previous one")
struct CommitAtomicityTests {
    /// A copy of the minimal fixture whose greeting reads differently, so every format changes.
    private func changedContent() throws -> String {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let file = content + "/situations/counter-welcome.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(text.replacingOccurrences(of: "您好", with: "您好！"), to: file)
        return content
    }

    /// The files of a build of `content` into a fresh folder.
    private func built(_ content: String, _ options: RenderOptions = RenderOptions()) throws -> [String: Data] {
        let output = TestPaths.scratch() + "/Output"
        _ = try Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output).build(
            options)
        return TestPaths.snapshot(output)
    }

    /// A fresh output folder holding a build of the minimal fixture, its files, and the files of `options` rendered
    /// from `changedContent()`, ready to publish over it.
    private func previousAndNext(_ options: RenderOptions) throws -> (
        output: String, before: [String: Data], files: [OutputFile]
    ) {
        let output = TestPaths.scratch() + "/Output"
        _ = try Pipeline(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: TestPaths.templates, outputFolder: output
        ).build(RenderOptions())
        let pipeline = Pipeline(
            contentFolder: try changedContent(), templatesFolder: TestPaths.templates, outputFolder: output)
        let files = try pipeline.render(try #require(try pipeline.check().book), options)
        return (output, TestPaths.snapshot(output), files)
    }

    /// Every hidden name the commit may leave in `output`, besides the lock, the manifest, the build state and
    /// the places of its bodies.
    private func leftovers(_ output: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output).filter {
            $0.hasPrefix(".phrasebook-")
                && ![".phrasebook-lock", ".phrasebook-manifest", BuildState.name, FragmentIndex.name].contains($0)
        }
    }

    @Test("a failure injected at each step of the commit leaves the previous output, whole", arguments: commitSteps)
    func failureAtStep(step: String) throws {
        let (output, before, files) = try previousAndNext(RenderOptions())
        let publisher = Publisher(folder: output, fault: FaultInjection(action: .fail, step: step))
        #expect(throws: PhrasebookError.self) { try publisher.publish(files, formats: OutputFormat.allCases) }
        #expect(TestPaths.snapshot(output) == before)
        #expect(try leftovers(output) == [])
    }

    @Test("a failure in a one-role build's commit leaves the previous output, whole", arguments: ["html", "text"])
    func roleFailure(step: String) throws {
        let (output, before, files) = try previousAndNext(RenderOptions(role: "counter-clerk"))
        let publisher = Publisher(folder: output, fault: FaultInjection(action: .fail, step: step))
        #expect(throws: PhrasebookError.self) {
            try publisher.publish(files, formats: OutputFormat.allCases, mode: .merge)
        }
        #expect(TestPaths.snapshot(output) == before)
        try Publisher(folder: output).publish(files, formats: OutputFormat.allCases, mode: .merge)
        try Publisher(folder: output).publish([], formats: [.markdown], mode: .merge)
        let after = TestPaths.snapshot(output)
        #expect(after["html/roles/counter-clerk.html"] != before["html/roles/counter-clerk.html"])
        #expect(after["html/roles/hotline-agent.html"] == before["html/roles/hotline-agent.html"])
        #expect(
            Set(after.keys.filter { $0.hasPrefix("markdown/") })
                == Set(before.keys.filter { $0.hasPrefix("markdown/") }))
    }

    @Test(
        "a build killed at each step of the commit: the next command puts the previous output back, or keeps the new",
        arguments: commitSteps + ["cleanup"])
    func killAtStep(step: String) throws {
        let content = try changedContent()
        let previous = try built(TestPaths.fixture("minimal"))
        let new = try built(content)
        #expect(previous != new)
        let output = TestPaths.scratch() + "/Output"
        let first = try PhrasebookCommand.run(["build", "--content", TestPaths.fixture("minimal"), "--output", output])
        #expect(first.status == 0, "\(first.err)")
        let killed = try PhrasebookCommand.run(
            ["build", "--content", content, "--output", output], environment: ["PHRASEBOOK_FAULT": "kill:\(step)"])
        #expect(killed.killed && killed.status == SIGKILL)
        let journal = FileSystem.kind(output + "/.phrasebook-journal") != .missing
        #expect(journal == (step != "journal" && step != "cleanup"), "journal after a kill at \(step)")
        let next = try PhrasebookCommand.run(["check", "--content", content, "--output", output])
        #expect(next.status == 0, "\(next.err)")
        #expect(TestPaths.snapshot(output) == (step == "cleanup" ? new : previous))
        #expect(try leftovers(output) == [])
        let again = try PhrasebookCommand.run(["build", "--content", content, "--output", output])
        #expect(again.status == 0, "\(again.err)")
        #expect(TestPaths.snapshot(output) == new)
        #expect(try leftovers(output) == [])
    }

    @Test("a format folder that cannot be replaced fails the build, and the formats swapped before it go back")
    func readOnlyFormatFolder() throws {
        let output = TestPaths.scratch() + "/Output"
        _ = try Pipeline(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: TestPaths.templates,
            outputFolder: output
        ).build(RenderOptions())
        let before = TestPaths.snapshot(output)
        try #require(ReadOnlyFolder.set(output + "/text", readOnly: true))
        defer { _ = ReadOnlyFolder.set(output + "/text", readOnly: false) }
        let pipeline = Pipeline(
            contentFolder: try changedContent(), templatesFolder: TestPaths.templates, outputFolder: output)
        #expect {
            try pipeline.build(RenderOptions())
        } throws: { error in
            guard case PhrasebookError.outputFailed(let path, _) = error else { return false }
            return path.hasSuffix("/text") && "\(error)".contains("untouched")
        }
        #expect(TestPaths.snapshot(output) == before)
        #expect(try leftovers(output) == [])
    }
}

/// A folder that cannot be renamed: immutable (`chattr +i`) for root, whom permissions do not stop; without write
/// permission for anyone else.
enum ReadOnlyFolder {
    /// Makes `path` read-only or writable again; whether it worked.
    static func set(_ path: String, readOnly: Bool) -> Bool {
        if getuid() != 0 { return chmod(path, readOnly ? 0o555 : 0o755) == 0 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [readOnly ? "+i" : "-i", path]
        guard (try? ProcessStart.serialized({ try process.run() })) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
