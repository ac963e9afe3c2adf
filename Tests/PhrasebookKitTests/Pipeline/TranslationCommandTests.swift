import Foundation
import Testing

@testable import PhrasebookKit

@Suite("The translation commands: check digest, stats, review, export, import")
struct TranslationCommandTests {
    @Test("check prints errors and warnings in full and one line per note code; --notes and --min-severity list more")
    func checkDigest() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let path = content + "/situations/silent-call.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try TestPaths.write(
            text.replacingOccurrences(of: "<en>", with: "<en> ", range: text.range(of: "<en>")), to: path)
        let digest = try PhrasebookCommand.run(["check", "--content", content])
        #expect(digest.status == 0)
        #expect(digest.err.contains("warning: [white-space]"))
        #expect(digest.err.contains("note: [unreviewed-rendering] "))
        #expect(digest.err.contains("list them: phrasebook check --notes"))
        #expect(!digest.err.contains(": note: [unreviewed-rendering]"))
        let notes = try PhrasebookCommand.run(["check", "--content", content, "--notes"])
        #expect(notes.err.contains(": note: [unreviewed-rendering]"))
        #expect(try PhrasebookCommand.run(["check", "--content", content, "--min-severity", "note"]).err == notes.err)
        let errorsOnly = try PhrasebookCommand.run([
            "check", "--content", content, "--min-severity", "error", "--strict",
        ])
        #expect(errorsOnly.status == 1)
        #expect(errorsOnly.err.contains("warning: [white-space] 1 × "))
        #expect(errorsOnly.err.contains("list them: phrasebook check --min-severity warning"))
        #expect(try PhrasebookCommand.run(["check", "--content", content, "--strict"]).status == 1)
    }

    @Test("stats: a row per situation, chapter and role, titles in --language, percentages, --format json")
    func stats() throws {
        let table = try PhrasebookCommand.run(["stats", "--content", TestPaths.fixture("minimal"), "--language", "en"])
        #expect(table.status == 0)
        #expect(table.out.contains("situation  silent-call"))
        #expect(table.out.contains("Silent call"))
        #expect(table.out.contains("100%/0%/0%"))
        let json = try PhrasebookCommand.run(["stats", "--content", TestPaths.fixture("minimal"), "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(
            Set(rows.compactMap { $0["kind"] as? String }) == ["book", "all texts", "chapter", "situation", "role"])
        let situation = try #require(rows.first { $0["id"] as? String == "silent-call" })
        #expect(situation["title"] as? String == "无声电话")
        let ko = try #require((situation["languages"] as? [String: Any])?["ko"] as? [String: Any])
        #expect(ko["translatedPercent"] as? Double == 100)
        #expect(ko["unreviewed"] as? Int == situation["phrases"] as? Int)
        #expect(
            try PhrasebookCommand.run(["stats", "--content", TestPaths.fixture("minimal"), "--language", "fr"]).status
                == 2)
    }

    /// Rewrites the Korean of `counter-welcome-hello` in `content` in plain speech, which `korean-speech-level` flags.
    private static func makeWelcomeImpolite(in content: String) throws {
        let welcome = content + "/situations/counter-welcome.xml"
        try TestPaths.write(
            try String(contentsOfFile: welcome, encoding: .utf8).replacingOccurrences(
                of: "<ko>어서 오세요, 이쪽에 앉으세요.</ko>", with: "<ko>어서 와, 여기 앉아.</ko>"),
            to: welcome)
    }

    @Test("review --dry-run writes nothing; review marks one language; a second run finds it reviewed")
    func review() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let before = TestPaths.snapshot(content)
        let dryRun = try PhrasebookCommand.run(["review", "--content", content, "--language", "ko", "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.out.contains("unreviewed → source-hash=\""))
        #expect(dryRun.out.contains("ko: "))
        #expect(dryRun.out.contains("would be marked reviewed, 0 skipped, 0 already reviewed"))
        #expect(TestPaths.snapshot(content) == before)
        let marked = try PhrasebookCommand.run(["review", "--content", content, "--language", "ko"])
        #expect(marked.status == 0)
        let count = try #require(marked.out.split(separator: " ").dropFirst().first.flatMap { Int($0) })
        #expect(count > 0)
        #expect(marked.out.contains("ko: \(count) marked reviewed, 0 skipped, 0 already reviewed"))
        let again = try PhrasebookCommand.run(["review", "--content", content, "--language", "ko"])
        #expect(again.out.contains("ko: 0 marked reviewed, 0 skipped, \(count) already reviewed"))
        let check = try PhrasebookCommand.run(["check", "--content", content, "--notes"])
        #expect(!check.err.contains("the ko rendering"))
        #expect(try PhrasebookCommand.run(["review", "--content", content, "--language", "xx"]).status == 2)
    }

    @Test("review lists the words it approves, and says what the checks find in them; it approves them all the same")
    func reviewSaysWhatItApproves() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        try Self.makeWelcomeImpolite(in: content)
        let dryRun = try PhrasebookCommand.run([
            "review", "--content", content, "--language", "ko", "--id", "counter-welcome-hello", "--dry-run",
        ])
        #expect(dryRun.out.contains("ko 'counter-welcome-hello' “어서 와, 여기 앉아.”: unreviewed → "), "\(dryRun.out)")
        #expect(dryRun.err.contains("[korean-speech-level]"), "\(dryRun.err)")
        #expect(dryRun.err.contains("would mark reviewed with 1 problem"), "\(dryRun.err)")
        let marked = try PhrasebookCommand.run(["review", "--content", content, "--language", "en"])
        #expect(marked.status == 0 && !marked.err.contains("problem"), "the English has none: \(marked.err)")
        let korean = try PhrasebookCommand.run(["review", "--content", content, "--language", "ko"])
        #expect(korean.status == 0 && korean.err.contains("marked reviewed with 1 problem"), "\(korean.err)")
        #expect(!korean.err.contains("[unreviewed-rendering]"))
    }

    @Test(
        "a review whose write fails part-way leaves every content file as it was, and no temporary file",
        arguments: ["content-1", "content-2", "content-3"])
    func reviewFailsAsOne(step: String) throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let before = TestPaths.snapshot(content)
        let failed = try PhrasebookCommand.run(
            ["review", "--content", content, "--language", "ko"], environment: ["PHRASEBOOK_FAULT": "fail:\(step)"])
        #expect(failed.status != 0)
        #expect(failed.err.contains("injected failure at \(step)"), "\(failed.err)")
        #expect(TestPaths.snapshot(content) == before)
        let marked = try PhrasebookCommand.run(["review", "--content", content, "--language", "ko"])
        #expect(marked.status == 0)
        let after = TestPaths.snapshot(content)
        #expect(after.keys.filter { before[$0] != after[$0] }.count >= 3, "the review writes three files or more")
    }

    @Test("import of a folder or a missing file says which, exit 2, nothing written")
    func importWhatIsNotAFile() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let before = TestPaths.snapshot(content)
        try FileManager.default.createDirectory(atPath: scratch + "/xliff", withIntermediateDirectories: true)
        let folder = try PhrasebookCommand.run(["import", "--content", content, scratch + "/xliff"])
        #expect(folder.status == 2)
        #expect(folder.err.contains("xliff: cannot read: it is a folder; name the XLIFF files in it"), "\(folder.err)")
        let missing = try PhrasebookCommand.run(["import", "--content", content, scratch + "/ko.xlf"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("ko.xlf: cannot read: no such file"), "\(missing.err)")
        #expect(TestPaths.snapshot(content) == before)
    }

    @Test("export writes one file per language into a folder; import --dry-run writes nothing")
    func exportAndImport() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let exported = try PhrasebookCommand.run([
            "export", "--content", content, "--xliff", "2.0", "--language", "ko", "--language", "en", "--output",
            scratch + "/out",
        ])
        #expect(exported.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch + "/out").sorted() == ["en.xlf", "ko.xlf"])
        let path = scratch + "/out/en.xlf"
        let document = try String(contentsOfFile: path, encoding: .utf8)
        try TestPaths.write(
            document.replacingOccurrences(of: "<target>Silent call</target>", with: "<target>No voice</target>"),
            to: path)
        let before = TestPaths.snapshot(content)
        let dryRun = try PhrasebookCommand.run(["import", "--content", content, "--dry-run", path])
        #expect(dryRun.status == 0)
        #expect(dryRun.out.contains("text → \"No voice\""))
        #expect(dryRun.out.contains("en: 1 would change"))
        #expect(TestPaths.snapshot(content) == before)
        let imported = try PhrasebookCommand.run(["import", "--content", content, path, scratch + "/out/../out/en.xlf"])
        #expect(imported.status == 0, "a file named twice is read once: \(imported.err)")
        #expect(imported.out.contains("en: 1 changed"))
        #expect(
            try String(contentsOfFile: content + "/situations/silent-call.xml", encoding: .utf8).contains("No voice"))
        #expect(
            try PhrasebookCommand.run([
                "export", "--content", content, "--language", "ko", "--output", scratch + "/x.xlf",
            ]).status == 2)
        #expect(try PhrasebookCommand.run(["import", "--content", content, scratch + "/missing.xlf"]).status == 2)
    }

    @Test("a rendering holding a comment refuses the import as an error at the XLIFF unit, --dry-run too: exit 1")
    func uneditableRendering() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        #expect(
            try PhrasebookCommand.run([
                "export", "--content", content, "--xliff", "2.0", "--language", "en", "--output", scratch + "/en.xlf",
            ]).status == 0)
        try TestPaths.replace(
            "<en>Silent call</en>", with: "<en>Silent call<!-- TODO --></en>",
            in: content + "/situations/silent-call.xml")
        let path = scratch + "/en.xlf"
        try TestPaths.write(
            try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
                of: "<target>Silent call</target>", with: "<target>No voice</target>"),
            to: path)
        let before = TestPaths.snapshot(content)
        for dryRun in [true, false] {
            let run = try PhrasebookCommand.run(
                ["import", "--content", content] + (dryRun ? ["--dry-run"] : []) + [path])
            #expect(run.status == 1, "\(run.err)")
            #expect(run.err.contains("en.xlf:"), "\(run.err)")
            #expect(run.err.contains("[xliff-uneditable] unit 'situation.silent-call.title' (en)"), "\(run.err)")
            #expect(!run.out.contains("would change") && !run.err.contains("would change"))
            #expect(TestPaths.snapshot(content) == before)
        }
    }

    @Test("review and import under --diagnostics json print one JSON array on standard output, their lines on error")
    func reviewAndImportJSON() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try Self.makeWelcomeImpolite(in: content)
        func array(_ out: String) throws -> [[String: Any]] {
            let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8))
            return try #require(parsed as? [[String: Any]], "\(out)")
        }
        func review(_ language: String) -> [String] {
            ["review", "--content", content, "--language", language, "--diagnostics", "json"]
        }
        let dryRun = try PhrasebookCommand.run(review("ko") + ["--id", "counter-welcome-hello", "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(try array(dryRun.out).map { $0["code"] as? String } == ["korean-speech-level"])
        #expect(dryRun.err.contains("ko 'counter-welcome-hello' “어서 와, 여기 앉아.”: unreviewed → "), "\(dryRun.err)")
        #expect(dryRun.err.contains("would be marked reviewed"), "\(dryRun.err)")
        let clean = try PhrasebookCommand.run(review("en"))
        #expect(clean.status == 0)
        #expect(try array(clean.out).isEmpty, "no problem is still one document: []")
        #expect(clean.err.contains("en: "), "\(clean.err)")
        let exported = try PhrasebookCommand.run([
            "export", "--content", content, "--xliff", "2.0", "--language", "en", "--output", scratch + "/en.xlf",
        ])
        #expect(exported.status == 0)
        let path = scratch + "/en.xlf"
        try TestPaths.write(
            try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
                of: "<target>Silent call</target>", with: "<target>No voice</target>"),
            to: path)
        for extra in [["--dry-run"], []] {
            let imported = try PhrasebookCommand.run(
                ["import", "--content", content, "--diagnostics", "json"] + extra + [path])
            #expect(imported.status == 0)
            #expect(try array(imported.out).isEmpty, "\(extra): \(imported.out)")
            #expect(imported.err.contains("text → \"No voice\"") || extra.isEmpty, "\(imported.err)")
            #expect(imported.err.contains(extra.isEmpty ? "en: 1 changed" : "en: 1 would change"), "\(imported.err)")
        }
    }

    @Test("After an import, what the checks say of the imported texts is printed, and of no other text")
    func checksWhatWasImported() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // Another text the import does not touch has a warning too: it is not the translator's to see here.
        let silent = content + "/situations/silent-call.xml"
        let original = try String(contentsOfFile: silent, encoding: .utf8)
        try TestPaths.write(
            original.replacingOccurrences(
                of: "<en>Pause about 3 seconds.</en>", with: "<en>Pause about 3 seconds</en>"),
            to: silent)
        let path = scratch + "/ko.xlf"
        #expect(
            try PhrasebookCommand.run([
                "export", "--content", content, "--xliff", "2.0", "--language", "ko", "--output", path,
            ]).status == 0)
        let document = try String(contentsOfFile: path, encoding: .utf8)
        let casual = document.replacingOccurrences(
            of: "<target>어서 오세요, 이쪽에 앉으세요.</target>", with: "<target>어서 와, 여기 앉아.</target>"
        ).replacingOccurrences(of: "<target>문장 사이에 5초 정도 기다립니다.</target>", with: "<target>문장 사이에 3초 정도 기다립니다.</target>")
        #expect(casual != document)
        try TestPaths.write(casual, to: path)
        let imported = try PhrasebookCommand.run(["import", "--content", content, path])
        #expect(imported.status == 0 && imported.out.contains("ko: 2 changed"), "\(imported.out)\(imported.err)")
        #expect(imported.err.contains("counter-welcome.xml:"), "\(imported.err)")
        #expect(imported.err.contains("[korean-speech-level]"), "\(imported.err)")
        #expect(imported.err.contains("[number-mismatch]"), "a note, and the translator's to see: \(imported.err)")
        #expect(!imported.err.contains("[end-punctuation]"), "the text not imported: \(imported.err)")
        #expect(!imported.err.contains("[unreviewed-rendering]"), "\(imported.err)")
        #expect(imported.err.contains("the checks found 2 problems in the imported texts"), "\(imported.err)")
        let clean = try PhrasebookCommand.run(["import", "--content", content, path])
        #expect(clean.err.isEmpty, "nothing imported, nothing said: \(clean.err)")
    }

    @Test(
        "import --dry-run prints what the checks would find in the texts to import, as the import does; writes nothing",
        arguments: [[], ["--mark-reviewed"]])
    func dryRunChecksWhatItWouldImport(flags: [String]) throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // A missing rendering, so that the import adds one: the checks name its place in the file as the import leaves
        // it (line 11, where the <en> is now).
        let welcome = content + "/situations/counter-welcome.xml"
        try TestPaths.replace("\n    <ko>안녕히 가세요. 또 방문해 주세요.</ko>", with: "", in: welcome)
        let path = scratch + "/ko.xlf"
        #expect(
            try PhrasebookCommand.run([
                "export", "--content", content, "--xliff", "2.0", "--language", "ko", "--output", path,
            ]).status == 0)
        try TestPaths.replace("<target>어서 오세요, 이쪽에 앉으세요.</target>", with: "<target>어서 와, 여기 앉아.</target>", in: path)
        try TestPaths.replace(
            "<target>문장 사이에 5초 정도 기다립니다.</target>", with: "<target>문장 사이에 3초 정도 기다립니다.</target>", in: path)
        try TestPaths.replace(
            "<source>请慢走，欢迎再来。</source>", with: "<source>请慢走，欢迎再来。</source><target>잘 가. 또 와.</target>", in: path)

        let before = Self.filesWithTimes(content)
        let dryRun = try PhrasebookCommand.run(["import", "--content", content, "--dry-run", path] + flags)
        #expect(Self.filesWithTimes(content) == before, "no file written, touched, added or left behind")
        let imported = try PhrasebookCommand.run(["import", "--content", content, path] + flags)
        #expect(dryRun.status == 0 && imported.status == 0, "\(dryRun.err)\(imported.err)")
        #expect(dryRun.out.contains("ko: 3 would change") && imported.out.contains("ko: 3 changed"), "\(dryRun.out)")

        let found = dryRun.err.split(separator: "\n").dropLast()
        #expect(found == imported.err.split(separator: "\n").dropLast(), "the same findings at the same places")
        #expect(found.contains { $0.contains("counter-welcome.xml:11:5:") && $0.contains("[korean-speech-level]") })
        #expect(found.contains { $0.contains("[number-mismatch]") })
        #expect(
            dryRun.err.hasSuffix(
                "phrasebook: would import; the checks found 3 problems in the texts to import (above): "
                    + "fix them in the content or in the translation tool\n"), "\(dryRun.err)")
        #expect(
            imported.err.hasSuffix(
                "the checks found 3 problems in the imported texts (above): "
                    + "fix them in the content or in the translation tool\n"))
    }

    /// Every file under `folder` (hidden ones too) with its bytes and modification time.
    private static func filesWithTimes(_ folder: String) -> [String: String] {
        TestPaths.snapshot(folder).reduce(into: [:]) { files, file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + file.key)
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            files[file.key] = "\(file.value.base64EncodedString()) \(modified)"
        }
    }
}
