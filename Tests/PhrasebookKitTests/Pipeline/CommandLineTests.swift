import Foundation
import PhrasebookKit
import Testing

@Suite("The phrasebook command")
struct CommandLineTests {
    /// Runs the built `phrasebook` executable, in `directory` when given, and returns its status and output.
    func run(_ arguments: [String], in directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let result = try PhrasebookCommand.run(arguments, in: directory)
        return (result.status, result.out, result.err)
    }

    @Test("exit status 0 on clean content, 1 on content errors, 2 on a bad option or missing folder")
    func exitStatuses() throws {
        let fixture = TestPaths.fixture("minimal")
        #expect(try run(["check", "--content", fixture]).status == 0)
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write("<taboos><taboo id=\"Bad\"><zh>x</zh></taboo></taboos>", to: content + "/taboos.xml")
        let failing = try run(["check", "--content", content])
        #expect(failing.status == 1)
        #expect(failing.err.contains("taboos.xml:1:"))
        #expect(failing.err.contains("error: [schema]"))
        let output = TestPaths.scratch() + "/out"
        let refused = try run(["build", "--content", content, "--output", output])
        #expect(refused.status == 1)
        #expect(refused.err.hasSuffix("nothing was written: \(output)/ was not made\n"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: output))
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let again = try run(["build", "--content", content, "--output", output])
        #expect(again.status == 1)
        #expect(again.err.hasSuffix("nothing was written: \(output)/ is as the last build left it\n"), "\(again.err)")
        #expect(!FileManager.default.fileExists(atPath: output + "/html"))
        #expect(try run(["check", "--content", "/nonexistent"]).status == 2)
        #expect(try run(["build", "--no-such-option"]).status == 2)
        #expect(try run(["build", "--format", "pdf"]).status == 2)
    }

    @Test("--version prints the version alone, exit status 0")
    func version() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.out == PhrasebookVersion.current + "\n")
        #expect(result.err.isEmpty)
    }

    @Test("build --pronunciation ko writes the guide into the text outputs; a language without one is refused")
    func pronunciation() throws {
        let output = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let fixture = TestPaths.fixture("minimal")
        let templates = TestPaths.repository + "/Templates"
        let built = try run([
            "build", "--content", fixture, "--templates", templates, "--output", output, "--pronunciation", "ko",
        ])
        #expect(built.status == 0)
        let handbook = try String(contentsOfFile: output + "/text/handbook.txt", encoding: .utf8)
        #expect(handbook.contains("eoseo oseyo, ijjoge anjeuseyo."))
        let refused = try run([
            "build", "--content", fixture, "--templates", templates, "--output", output, "--pronunciation", "en",
        ])
        #expect(refused.status == 2)
        #expect(refused.err.contains("--pronunciation en"))
    }

    @Test("--diagnostics json prints a JSON array with file, line, column, severity, code and message")
    func jsonDiagnostics() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write("<taboos><taboo id=\"t\"><zh>{x}</zh></taboo></taboos>", to: content + "/taboos.xml")
        let result = try run(["check", "--content", content, "--diagnostics", "json"])
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let first = try #require(entries.first { $0["code"] as? String == "unknown-placeholder" })
        #expect(first["line"] as? Int == 1)
        #expect(first["severity"] as? String == "error")
        #expect((first["file"] as? String)?.hasSuffix("taboos.xml") == true)
    }

    @Test("export --tbx writes the shipped glossary as TBX; without a format to export it exits 2")
    func exportTBX() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/glossary.tbx"
        let result = try run(["export", "--content", TestPaths.content, "--tbx", path])
        #expect(result.status == 0, "\(result.err)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("type=\"TBX-Basic\""))
        #expect(written.contains("<conceptEntry id=\"after-sales\">"))
        let terms = written.components(separatedBy: "<conceptEntry ").count - 1
        #expect(terms > 0 && result.err == "wrote \(terms) terms into \(path)\n", "\(result.err)")
        let printed = try run(["export", "--content", TestPaths.content, "--tbx", "-"])
        #expect(printed.out == written)
        #expect(try run(["export", "--content", TestPaths.content]).status == 2)
    }

    @Test("review reads only the content: its help lists no --templates or --output")
    func reviewHelp() throws {
        let help = try run(["review", "--help"]).out
        #expect(help.contains("--content") && !help.contains("--templates") && !help.contains("--output"), "\(help)")
    }

    @Test(
        "export takes --xliff or --tbx, not both, no XLIFF option with --tbx and no empty --only: exit 2, nothing written",
        arguments: [
            (["--xliff", "1.2", "--language", "ko", "--output", "k.xlf", "--tbx", "g.tbx"], "not both"),
            (["--tbx", "g.tbx", "--language", "ko"], "--language is for --xliff"),
            (["--tbx", "g.tbx", "--output", "k.xlf"], "--output is for --xliff"),
            (["--tbx", "g.tbx", "--only", "missing"], "--only is for --xliff"),
            (["--tbx", "g.tbx", "--situation", "silent-call"], "--situation is for --xliff"),
            (["--tbx", "g.tbx", "--card-width", "30"], "--card-width is for --xliff"),
            (
                ["--xliff", "1.2", "--language", "ko", "--output", "k.xlf", "--tbx-version", "2"],
                "--tbx-version is for --tbx"
            ),
            (["--tbx", "g.tbx", "--tbx-version", "4"], "--tbx-version"),
            (["--xliff", "1.2", "--language", "ko", "--output", "k.xlf", "--only", ""], "--only needs at least one"),
            (["--xliff", "1.2", "--language", "ko", "--output", "k.xlf", "--only", ","], "--only needs at least one"),
        ])
    func exportOneThing(arguments: [String], message: String) throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let placed = arguments.map { $0.hasSuffix(".xlf") || $0.hasSuffix(".tbx") ? folder + "/" + $0 : $0 }
        let result = try run(["export", "--content", TestPaths.content] + placed)
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains(message), "\(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("--help explains the commands with examples")
    func help() throws {
        let result = try run(["build", "--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("--card-width"))
        #expect(result.out.contains("Examples:"))
    }

    @Test("stats counts phrases and renderings per chapter, role and language")
    func stats() throws {
        let result = try run(["stats", "--content", TestPaths.fixture("minimal")])
        #expect(result.status == 0)
        #expect(result.out.contains("chapter    opening"))
        #expect(result.out.contains("role       counter-clerk"))
        #expect(result.out.contains("ko translated/reviewed/stale"))
    }
}
