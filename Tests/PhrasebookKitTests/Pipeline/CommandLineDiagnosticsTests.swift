import Foundation
import Testing

/// What the command line says when it is used wrongly: each message names what to fix.
extension CommandLineTests {
    @Test("A misspelt command gets 'did you mean', exit status 2")
    func misspeltCommand() throws {
        let result = try run(["biuld"])
        #expect(result.status == 2)
        #expect(result.err.contains("unknown command 'biuld'; did you mean 'build'?"))
    }

    @Test("Options written before the command are said in the order they take, exit status 2")
    func optionBeforeCommand() throws {
        let result = try run(["--content", "Book", "check", "--notes"])
        #expect(result.status == 2)
        #expect(
            result.err.hasSuffix("options come after the command: phrasebook check --content Book --notes\n"),
            "\(result.err)")
        #expect(try run(["--help"]).status == 0)
    }

    @Test("Help about a command that does not exist is exit status 2 with 'did you mean'; about one that does, 0")
    func helpAboutUnknownCommand() throws {
        let unknown = try run(["help", "biuld"])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("unknown command 'biuld'; did you mean 'build'?"), "\(unknown.err)")
        #expect(unknown.out.isEmpty)
        let known = try run(["help", "build"])
        #expect(known.status == 0)
        #expect(known.out.contains("USAGE: phrasebook build"))
        #expect(try run(["help"]).status == 0)
    }

    @Test("An empty --output (or --content, --templates) names the option, exit status 2")
    func emptyFolderOption() throws {
        for option in ["--output", "--content", "--templates"] {
            let result = try run(["build", option, ""])
            #expect(result.status == 2)
            #expect(result.err.contains("\(option) names no folder"), "\(result.err)")
        }
    }

    @Test("Run outside a project, the error says where it looked and what to do")
    func outsideProject() throws {
        let folder = TestPaths.scratch()
        let result = try run(["check"], in: folder)
        #expect(result.status == 2)
        #expect(result.err.contains("looked for"))
        #expect(result.err.contains("/Content/phrasebook.xml"))
        #expect(result.err.contains("--content DIR"))
    }

    @Test("Under --diagnostics json a command that cannot run still prints an array: one command-failed error")
    func jsonWhenCannotRun() throws {
        let folder = TestPaths.scratch()
        for arguments in [
            ["check", "--diagnostics", "json"], ["build", "--diagnostics=json", "--output", ""],
            ["review", "--id", "nope", "--diagnostics", "json"],
        ] {
            let result = try run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            let entries = try #require(
                try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]], "\(arguments)")
            #expect(entries.count == 1)
            #expect(entries.first?["code"] as? String == "command-failed")
            #expect(entries.first?["severity"] as? String == "error")
            let message = try #require(entries.first?["message"] as? String)
            #expect(!message.isEmpty && result.err.contains(message), "\(arguments): \(result.err)")
        }
        #expect(try run(["check"], in: folder).out == "", "text: nothing on standard output")
    }

    @Test("stats honours --strict and --diagnostics json: the problems and exit status 1 (JSON: no counts)")
    func statsHonoursDiagnosticOptions() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write("<taboos><taboo id=\"t\"><zh> 我不管。</zh></taboo></taboos>", to: content + "/taboos.xml")
        #expect(try run(["stats", "--content", content]).status == 0)
        let strict = try run(["stats", "--content", content, "--strict"])
        #expect(strict.status == 1)
        #expect(
            strict.err.contains("[white-space]") && strict.out.contains("chapter")
                && !strict.out.contains("not counted"))
        let json = try run(["stats", "--content", content, "--strict", "--diagnostics", "json"])
        #expect(json.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(entries.contains { $0["code"] as? String == "white-space" })
        try TestPaths.write("<taboos><taboo id=\"Bad\"><zh>x</zh></taboo></taboos>", to: content + "/taboos.xml")
        #expect(try run(["stats", "--content", content]).status == 1)
    }
}

extension CommandLineTests {
    @Test("stats writes a title's bidi and C1 controls escaped, in the table and in JSON (a warning, not an error)")
    func statsEscapesTitles() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.replace(
            "<title><zh>无声电话", with: "<title><zh>&#x202E;静&#x85;无声电话", in: content + "/situations/silent-call.xml")
        let raw = { (text: String) in text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x85 } }
        let table = try run(["stats", "--content", content])
        #expect(table.status == 0)
        #expect(!raw(table.out))
        #expect(table.out.contains("\\u{202E}静\\u{85}无声电话"))
        let json = try run(["stats", "--content", content, "--format", "json"])
        #expect(json.status == 0)
        #expect(!raw(json.out))
        #expect(json.out.contains(#"\u202e静\u0085无声电话"#))
    }

    @Test("Help text wraps cleanly: no line over 80 columns, sentences not broken mid-line")
    func helpWraps() throws {
        for command in [[], ["build"], ["check"], ["stats"], ["export"], ["review"], ["import"], ["serve"]] {
            let help = try run(command + ["--help"]).out
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(command): \(lines.filter { $0.count > 80 })")
            #expect(help.contains("USAGE: phrasebook"))
        }
        let build = try run(["build", "--help"]).out
        #expect(build.contains("the previous output stays exactly as it was. Output layout: html/, markdown/,\n"))
    }
}
