import Foundation
import Testing

@Suite("export --keywords and import of search keywords on the command line")
struct KeywordsCommandTests {
    /// A copy of the shipped content with Japanese declared as a new draft language.
    static func withJapanese() throws -> String {
        let content = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        let english = "<language code=\"en\" tag=\"en\" name=\"English\"/>"
        try TestPaths.replace(
            english, with: english + "\n    <language code=\"ja\" tag=\"ja\" name=\"日本語\" draft=\"true\"/>",
            in: content + "/phrasebook.xml")
        return content
    }

    /// The text of the situation file `id` in `content`.
    static func situation(_ id: String, in content: String) throws -> String {
        try String(contentsOfFile: content + "/situations/\(id).xml", encoding: .utf8)
    }

    @Test(
        "The shipped book with ja: export --keywords, fill two units, import --dry-run writes nothing, import adds them"
    )
    func shippedBook() throws {
        let content = try Self.withJapanese()
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = scratch + "/ja.xlf"
        let exported = try PhrasebookCommand.run([
            "export", "--content", content, "--xliff", "1.2", "--language", "ja", "--keywords", "--output", path,
        ])
        #expect(exported.status == 0, "\(exported.err)")
        let document = try String(contentsOfFile: path, encoding: .utf8)
        let situations = try FileManager.default.contentsOfDirectory(atPath: content + "/situations")
        #expect(document.components(separatedBy: ".keywords\" extradata=").count - 1 == situations.count)
        let plain = try PhrasebookCommand.run([
            "export", "--content", content, "--xliff", "1.2", "--language", "ja", "--output", "-",
        ])
        #expect(!plain.out.contains(".keywords"), "opt-in")

        var filled = document
        for (id, words) in [("angry-customer", "怒鳴る客、クレーマー"), ("silent-call", "無言電話、いたずら電話")] {
            let unit = try #require(filled.range(of: "<trans-unit id=\"situation.\(id).keywords\""))
            let target = try #require(
                filled.range(
                    of: "<target state=\"needs-translation\"></target>", range: unit.upperBound..<filled.endIndex))
            filled.replaceSubrange(target, with: "<target state=\"translated\">\(words)</target>")
        }
        try TestPaths.write(filled, to: path)
        let before = TestPaths.snapshot(content)
        let dryRun = try PhrasebookCommand.run(["import", "--content", content, "--dry-run", path])
        #expect(dryRun.status == 0, "\(dryRun.err)")
        #expect(dryRun.out.contains("ja the keywords of 'angry-customer': text → \"怒鳴る客、クレーマー\""), "\(dryRun.out)")
        #expect(dryRun.out.contains("ja the keywords of 'silent-call': text → \"無言電話、いたずら電話\""))
        #expect(dryRun.out.contains("ja: 2 would change, 0 marked reviewed"))
        #expect(TestPaths.snapshot(content) == before)

        let imported = try PhrasebookCommand.run(["import", "--content", content, path])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("ja: 2 changed, 0 marked reviewed"))
        let after = TestPaths.snapshot(content)
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(changed == ["situations/angry-customer.xml", "situations/silent-call.xml"])
        for (id, words) in [("angry-customer", "怒鳴る客、クレーマー"), ("silent-call", "無言電話、いたずら電話")] {
            let old = String(decoding: try #require(before["situations/\(id).xml"]), as: UTF8.self)
            let new = try Self.situation(id, in: content)
            let keywordsEnd = try #require(old.firstMatch(of: /\n( *)(<en>[^<]*<\/en>)\n( *)<\/keywords>/))
            let (_, indent, english, outdent) = keywordsEnd.output
            let expected = old.replacingCharacters(
                in: keywordsEnd.range,
                with: "\n\(indent)\(english)\n\(indent)<ja>\(words)</ja>\n\(outdent)</keywords>")
            #expect(new == expected, "\(id)")
        }
        let again = try PhrasebookCommand.run(["import", "--content", content, path])
        #expect(again.out.contains("nothing to import"), "\(again.out)")
    }

    @Test("--keywords is for --xliff, and the help of export explains it")
    func option() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let refused = try PhrasebookCommand.run([
            "export", "--content", TestPaths.content, "--tbx", folder + "/g.tbx", "--keywords",
        ])
        #expect(refused.status == 2)
        #expect(refused.err.contains("--keywords is for --xliff"), "\(refused.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        let help = try PhrasebookCommand.run(["help", "export"])
        #expect(help.out.contains("--keywords"))
        #expect(help.out.contains("not a translation"))
    }
}
