import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Glossary: TBX export")
struct TBXExportTests {
    /// The book of `fixture`, loaded.
    private func book(_ fixture: ContentFixture) throws -> Book {
        try #require(try fixture.withFolder { try ContentLoader(folder: $0).load().book })
    }

    /// Runs `xmllint --noout` over `text` and returns its status and messages: a TBX file must be well-formed XML.
    static func xmllint(_ text: String) throws -> (status: Int32, messages: String) {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/glossary.tbx"
        try TestPaths.write(text, to: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", "--nonet", path]
        let errors = try ProcessStart.serialized {
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return errors
        }
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, messages)
    }

    @Test("One conceptEntry per term; preferred, admitted and deprecated terms per language; notes per language")
    func structure() throws {
        let tbx = try TBXExport.document(book(GlossaryFixture.phrase(zh: "您好。", ko: "안녕하세요.", en: "Hello.")))
        #expect(tbx.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx style=\"dca\" type=\"TBX-Basic\""))
        #expect(tbx.contains("xmlns=\"urn:iso:std:iso:30042:ed-2\""))
        #expect(tbx.contains("<title>客户服务规范用语手册</title>"))
        let entries = tbx.components(separatedBy: "<conceptEntry id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(entries == ["after-sales", "return-exchange", "complaint", "complaint-order"])
        let afterSales = try #require(tbx.components(separatedBy: "<conceptEntry").dropFirst().first)
        #expect(afterSales.contains("<note xml:lang=\"en\">Always A/S in Korean.</note>"))
        #expect(afterSales.contains("<langSec xml:lang=\"zh-Hans\">"))
        #expect(
            afterSales.contains(
                "<termSec><term>A/S</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec>"
            ))
        #expect(
            afterSales.contains(
                "<termSec><term>애프터서비스</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></termSec>"
            ))
        let returns = try #require(tbx.components(separatedBy: "<conceptEntry").dropFirst().dropFirst().first)
        #expect(
            returns.contains(
                "<term>returns or exchanges</term><termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"
            ))
        let status = try Self.xmllint(tbx)
        #expect(status.status == 0, "\(status.messages)")
    }

    @Test("Markup characters are escaped; the same glossary gives the same bytes")
    func escapedAndDeterministic() throws {
        let terms = "<term id=\"amp\"><zh>售后&amp;服务</zh><en>A&lt;S&gt; &quot;x&quot;</en></term>"
        let loaded = try book(GlossaryFixture.situation("", terms: terms))
        let tbx = try TBXExport.document(loaded)
        #expect(tbx.contains("<term>售后&amp;服务</term>"))
        #expect(tbx.contains("<term>A&lt;S&gt; &quot;x&quot;</term>"))
        #expect(try Self.xmllint(tbx).status == 0)
        #expect(try TBXExport.document(loaded) == tbx)
    }

    @Test("TBX 2 (martif): the same entries as termEntry, langSet and tig, each language's note in its langSet")
    func martif() throws {
        let loaded = try #require(try ContentLoader(folder: TestPaths.content).load().book)
        let tbx = try TBXExport.document(loaded, version: .v2)
        #expect(
            tbx.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"zh-Hans\">"))
        #expect(!tbx.contains("conceptEntry") && !tbx.contains("urn:iso:std:iso:30042:ed-2"))
        #expect(
            tbx.contains(
                "<langSet xml:lang=\"ko\">\n          <note>고객에게 하는 말에서는 항상 A/S라고 합니다. &#39;애프터서비스&#39;는 "
                    + "쓰지 않습니다.</note>\n          <tig><term>A/S</term>"))
        #expect(
            tbx.contains(
                "<tig><term>애프터서비스</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig>"
            ))
        for term in loaded.glossary { #expect(tbx.contains("<termEntry id=\"\(term.id)\">")) }
        // A language with no form of the term has no langSet: its note is on the entry, in its language.
        #expect(
            tbx.contains(
                "<termEntry id=\"branch\">\n        <note xml:lang=\"ko\">문맥에 따라 &#39;창구&#39; 또는 &#39;매장&#39;으로 "
                    + "옮깁니다.</note>\n        <langSet xml:lang=\"zh-Hans\">"))
        #expect(try Self.xmllint(tbx).status == 0)
        #expect(try TBXExport.document(loaded, version: .v3) == (try TBXExport.document(loaded)), "3 by default")
    }

    @Test(
        "Every note of every term, in every language, is in its entry in both editions (a language without forms too)")
    func everyNote() throws {
        let loaded = try #require(try ContentLoader(folder: TestPaths.content).load().book)
        for version in TBXExport.Version.allCases {
            let tbx = try TBXExport.document(loaded, version: version)
            let entries = tbx.components(separatedBy: version == .v2 ? "<termEntry id=\"" : "<conceptEntry id=\"")
            for term in loaded.glossary {
                let entry = try #require(entries.first { $0.hasPrefix(term.id + "\"") })
                for note in term.note?.renderings ?? [] {
                    #expect(entry.contains(MarkupEscaping.escape(note.text)), "\(version) \(term.id) \(note.language)")
                }
            }
        }
    }

    @Test("A book without a glossary cannot be exported: TBX needs one entry")
    func emptyGlossary() throws {
        let plain = try book(ContentFixture(situations: [:]))
        #expect(throws: PhrasebookError.self) { try TBXExport.document(plain) }
    }

    @Test("The shipped glossary exports as well-formed TBX with every term, written atomically to the file named")
    func shipped() throws {
        let loaded = try #require(try ContentLoader(folder: TestPaths.content).load().book)
        #expect(!loaded.glossary.isEmpty)
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/glossary.tbx"
        try TBXExport.write(loaded, to: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == (try TBXExport.document(loaded)))
        for term in loaded.glossary {
            #expect(written.contains("<conceptEntry id=\"\(term.id)\">"))
        }
        #expect(try Self.xmllint(written).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["glossary.tbx"])
    }
}
