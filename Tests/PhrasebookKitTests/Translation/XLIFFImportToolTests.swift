import Foundation
import Testing

@testable import PhrasebookKit

/// What CAT tools write that phrasebook's own exports never do: segments left half done or reordered, native codes,
/// placeholders repeated; and what must come back as it went out.
@Suite("XLIFF import: files as translators' tools leave them")
struct XLIFFImportToolTests {
    /// Exports `language` of the book in `folder` in `version`, lets `edit` change the document, imports it.
    private func roundTrip(
        _ folder: String, _ version: XLIFFVersion, language: String = "en", edit: (String) -> String
    ) throws -> XLIFFImport {
        let book = try ReviewTests.load(folder)
        let document = edit(try XLIFFExport(book: book, language: language, version: version).document)
        return XLIFFImport(book: book, files: [("t.xlf", Array(document.utf8))], markReviewed: false)
    }

    /// `document` with the 2.0 `<segment>` of `谢谢。` (the phrase `s-unreviewed`) replaced by `segments`.
    private func splitting(_ document: String, into segments: String) -> String {
        let unit = document.range(
            of: #"(?s)<segment[^>]*>\s*<source>谢谢。</source>.*?</segment>"#, options: .regularExpression)
        return unit.map { document.replacingCharacters(in: $0, with: segments) } ?? document
    }

    @Test("2.0: a unit split into segments, one of them without a target, is left out and counted, not half taken")
    func partlyTranslated2() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let half = try roundTrip(folder, .version2) {
            splitting(
                $0,
                into: #"<segment id="a" state="translated"><source>谢</source><target>Many</target></segment>"#
                    + #"<segment id="b" state="initial"><source>谢。</source></segment>"#)
        }
        #expect(half.diagnostics.isEmpty)
        #expect(half.changes.isEmpty, "\(half.changes.map(\.text))")
        #expect(half.summaries.first?.partial == 1)
        #expect(half.summaryLines(dryRun: true).first?.contains("1 left out: partly translated") == true)
        let whole = try roundTrip(folder, .version2) {
            splitting(
                $0,
                into: #"<segment id="a" state="translated"><source>谢</source><target>Many</target></segment>"#
                    + #"<segment id="b" state="translated"><source>谢。</source><target>thanks.</target></segment>"#)
        }
        #expect(whole.changes.map(\.text) == ["Many thanks."])
    }

    @Test("1.2: a <seg-source> segment whose <mrk> in the target is empty leaves the unit out")
    func partlyTranslated12() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        func segmented(_ second: String) throws -> XLIFFImport {
            try roundTrip(folder, .version1) {
                $0.replacingOccurrences(
                    of: #"<source>谢谢。</source>"#,
                    with: #"<source>谢谢。</source><seg-source><mrk mtype="seg" mid="1">谢</mrk>"#
                        + #"<mrk mtype="seg" mid="2">谢。</mrk></seg-source>"#
                ).replacingOccurrences(
                    of: #"<target state="translated">Thanks.</target>"#,
                    with: #"<target state="translated"><mrk mtype="seg" mid="1">Many</mrk> \#(second)</target>"#)
            }
        }
        let half = try segmented(#"<mrk mtype="seg" mid="2"/>"#)
        #expect(half.changes.isEmpty && half.summaries.first?.partial == 1)
        let whole = try segmented(#"<mrk mtype="seg" mid="2">thanks.</mrk>"#)
        #expect(whole.changes.map(\.text) == ["Many thanks."])
        // A tool that keeps the segmented source but writes the target whole, without segments.
        let plain = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: #"<source>谢谢。</source>"#,
                with: #"<source>谢谢。</source><seg-source><mrk mtype="seg" mid="1">谢</mrk>"#
                    + #"<mrk mtype="seg" mid="2">谢。</mrk></seg-source>"#
            ).replacingOccurrences(of: ">Thanks.<", with: ">Many thanks.<")
        }
        #expect(plain.changes.map(\.text) == ["Many thanks."] && plain.summaries.first?.partial == 0)
    }

    @Test("a target that is the Chinese source copied by a tool is left out and counted, in both versions")
    func copiedSource() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            let imported = try roundTrip(folder, version) {
                $0.replacingOccurrences(of: ">Thanks.<", with: ">谢谢。<")
                    .replacingOccurrences(of: ">Wait.<", with: ">One moment, please.<")
            }
            #expect(imported.diagnostics.isEmpty, "\(version)")
            #expect(imported.changes.map(\.text) == ["One moment, please."], "\(version)")
            #expect(imported.summaries.first?.copiedSource == 1, "\(version)")
            #expect(
                imported.summaryLines(dryRun: false).first?.contains("1 left out: the target is the source text")
                    == true)
        }
    }

    @Test("2.0: a target's order puts its text at that place: a translator's sentences in their order")
    func targetOrder() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let imported = try roundTrip(folder, .version2) {
            splitting(
                $0,
                into:
                    #"<segment id="a" state="translated"><source>谢</source><target order="2">thanks.</target></segment>"#
                    + #"<segment id="b" state="translated"><source>谢。</source><target order="1">Many</target></segment>"#
            )
        }
        #expect(imported.diagnostics.isEmpty)
        #expect(imported.changes.map(\.text) == ["Many thanks."])
    }

    @Test("a placeholder repeated more or fewer times than in the source is refused, saying how often each has it")
    func placeholderCounts() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let company = #"<x id="company" ctype="x-phrasebook-variable" equiv-text="{company}"/>"#
        let imported = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(of: "Hello, this is \(company).", with: "Hello, this is \(company), \(company).")
        }
        let messages = imported.diagnostics.map(\.message)
        #expect(
            messages == [
                "unit 'phrase.s-reviewed': the source has {company} once, the target twice: a repeat lost or added "
                    + "changes what is said; write it as often as the source does"
            ])
    }

    @Test("what export wrote, import takes back unchanged: literal braces that look like a placeholder included")
    func literalBracesUnchanged() throws {
        let fixture = ContentFixture(situations: [
            "s": ContentFixture.situation(
                "s", attributes: "roles=\"hotline-agent\"",
                body: """
                      <phrase id="s-braces"><zh>请写{{company}}。</zh><ko>{{company}}라고 쓰세요.</ko><en>Write {{company}}.</en></phrase>
                    """)
        ])
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            let imported = try roundTrip(folder, version) { $0 }
            #expect(imported.diagnostics.isEmpty, "\(version): \(imported.diagnostics.map(\.message))")
            #expect(imported.changes.isEmpty)
            // The source's literal is kept in a changed target as it was written in the file (the translation says
            // what the source says); a brace more than the source has is still checked.
            let edited = try roundTrip(folder, version) { $0.replacingOccurrences(of: "Write {", with: "Type {") }
            #expect(edited.diagnostics.isEmpty, "\(version): \(edited.diagnostics.map(\.message))")
            #expect(edited.changes.compactMap(\.text) == ["Type {{company}}."])
            let added = try roundTrip(folder, version) {
                $0.replacingOccurrences(of: "Write {company}", with: "Write {company} {company}")
            }
            #expect(
                added.diagnostics.map(\.code) == ["xliff-placeholders"], "a changed target is still checked: \(version)"
            )
        }
    }

    @Test("1.2: native codes (<bpt>, <ept>, <it>) are markup of another format and are left out of the text")
    func nativeCodes() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let imported = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: #"<target state="translated">Thanks.</target>"#,
                with: #"<target state="translated">Many <bpt id="1">&lt;b&gt;</bpt>thanks<ept id="1">&lt;/b&gt;</ept>"#
                    + #"<it id="2" pos="open">&lt;i&gt;</it>.</target>"#)
        }
        #expect(imported.changes.map(\.text) == ["Many thanks."])
    }

    @Test("renderings added from two files in one run are written in the book's order of languages, not the files'")
    func addedInLanguageOrder() throws {
        let fixture = ContentFixture(situations: [
            "s": ContentFixture.situation(
                "s", attributes: "roles=\"hotline-agent\"",
                body: """
                      <phrase id="s-new"><zh>好的。</zh></phrase>
                    """)
        ])
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        let book = try ReviewTests.load(folder)
        func filled(_ language: String, _ text: String) throws -> (String, [UInt8]) {
            let document = try XLIFFExport(book: book, language: language, version: .version1).document
                .replacingOccurrences(
                    of: "<target state=\"needs-translation\"></target>", with: "<target>\(text)</target>")
            return ("\(language).xlf", Array(document.utf8))
        }
        let imported = XLIFFImport(
            book: book, files: [try filled("en", "Fine."), try filled("ko", "좋습니다.")], markReviewed: false)
        #expect(imported.diagnostics.isEmpty)
        try imported.apply(contentFolder: folder)
        let text = try String(contentsOfFile: folder + "/situations/s.xml", encoding: .utf8)
        #expect(text.contains("<zh>好的。</zh><ko>좋습니다.</ko><en>Fine.</en>"), "\(text)")
    }

    @Test("--dry-run lines print a target's control characters as escapes, as diagnostics do")
    func dryRunEscapes() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let imported = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(of: ">Thanks.<", with: ">Than\u{202E}ks.<")
        }
        #expect(imported.lines.count == 1)
        #expect(imported.lines.first?.hasSuffix(#"text → "Than\u{202E}ks.""#) == true, "\(imported.lines)")
    }

    @Test("a source a tool wrapped across lines is the same source: its unit is imported, not left out as changed")
    func wrappedSource() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            let imported = try roundTrip(folder, version) { document in
                // The line break meets a placeholder: it folds to a space, which the source does not have.
                document.replacingOccurrences(of: "<source>您好，这里是<", with: "<source>您好，\n          这里是\n          <")
                    .replacingOccurrences(of: "<source>谢谢。</source>", with: "<source>\n  谢谢。\n</source>")
                    .replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<")
            }
            #expect(imported.diagnostics.isEmpty, "\(version): \(imported.diagnostics)")
            #expect(imported.changes.map(\.text) == ["Thank you."], "\(version)")
            #expect(imported.summaries.first?.sourceChanged == 0, "\(version)")
        }
        #expect(!XLIFFImport.sameSource("您好，这里是 {company}。", "您好，这里是{company}。 谢谢"))
    }

    @Test("a file of ASCII alone, its other characters as references, imports whatever encoding it declares")
    func asciiWithReferences() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let imported = try roundTrip(folder, .version1) { document in
            let referenced = document.unicodeScalars.map {
                $0.isASCII ? String($0) : "&#x\(String($0.value, radix: 16));"
            }
            return referenced.joined().replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
                .replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<")
        }
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        #expect(imported.changes.map(\.text) == ["Thank you."])
    }
}
