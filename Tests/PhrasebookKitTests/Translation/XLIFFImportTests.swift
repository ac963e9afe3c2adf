import Foundation
import Testing

@testable import PhrasebookKit

@Suite("XLIFF import")
struct XLIFFImportTests {
    /// Exports `language` of the fixture in `version`, lets `edit` change the document, imports it.
    private func roundTrip(
        _ folder: String, _ version: XLIFFVersion, language: String = "en", markReviewed: Bool = false,
        edit: (String) -> String
    ) throws -> XLIFFImport {
        let book = try ReviewTests.load(folder)
        let document = edit(try XLIFFExport(book: book, language: language, version: version).document)
        return XLIFFImport(book: book, files: [("t.xlf", Array(document.utf8))], markReviewed: markReviewed)
    }

    private var file: (String) -> String { { $0 + "/situations/s.xml" } }

    @Test("an unchanged export imports as no change, in both versions")
    func unchanged() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            let imported = try roundTrip(folder, version) { $0 }
            #expect(imported.diagnostics.isEmpty)
            #expect(imported.changes.isEmpty)
            #expect(imported.summaries.first?.empty == 1)
        }
    }

    @Test("a changed target changes that rendering's text and no other byte; its stale source-hash is dropped")
    func changedTarget() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let before = try String(contentsOfFile: file(folder), encoding: .utf8)
        let imported = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(of: ">Thanks.<", with: ">Thank you &amp; goodbye.<")
                .replacingOccurrences(of: ">Wait.<", with: ">One moment, please.<")
        }
        #expect(imported.diagnostics.isEmpty)
        #expect(imported.changes.count == 2)
        try imported.apply(contentFolder: folder)
        let after = try String(contentsOfFile: file(folder), encoding: .utf8)
        #expect(
            after
                == before.replacingOccurrences(of: "<en>Thanks.</en>", with: "<en>Thank you &amp; goodbye.</en>")
                .replacingOccurrences(
                    of: "<en source-hash=\"0badbeef\">Wait.</en>", with: "<en>One moment, please.</en>"))
    }

    @Test("an <alt-trans> is never imported: its source is not the unit's, its target is not a translation to take")
    func altTransIgnored() throws {
        let folder = try XLIFFExportTests.staleWithHistory().write()
        defer { ContentFixture.remove(folder) }
        let exported = try XLIFFExport(book: try ReviewTests.load(folder), language: "en", version: .version1).document
        #expect(exported.contains("<alt-trans "))
        let edited = exported.replacing(
            /<alt-trans [\s\S]*<\/alt-trans>/,
            with: "<alt-trans><source>别的话。</source><target>Something else.</target></alt-trans>")
        #expect(edited != exported)
        let untouched = try roundTrip(folder, .version1) { _ in edited }
        #expect(untouched.diagnostics.isEmpty, "\(untouched.diagnostics)")
        #expect(untouched.changes.isEmpty)
        let translated = try roundTrip(folder, .version1) { _ in
            edited.replacingOccurrences(
                of: "<target state=\"needs-review-translation\">One moment, please,",
                with: "<target state=\"translated\">Just a moment, please,")
        }
        #expect(translated.diagnostics.isEmpty, "\(translated.diagnostics)")
        #expect(translated.changes.compactMap(\.text) == ["Just a moment, please, Mr {surname}."])
    }

    @Test("2.0: a unit a tool split into segments joins with the ignorable space between, or a space in English")
    func segmentsJoin() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let company = #"<ph id="company" equiv="{company}" disp="company"/>"#
        func split(_ between: String) throws -> XLIFFImport {
            try roundTrip(folder, .version2) { document in
                let pattern = #"(?s)<segment state="final">\s*<source>您好，这里是.*?</segment>"#
                let unit = document.range(of: pattern, options: .regularExpression)!
                return document.replacingCharacters(
                    in: unit,
                    with: #"<segment state="translated"><source>您好，</source><target>Hello.</target></segment>"#
                        + between
                        + #"<segment state="translated"><source>这里是\#(company)。</source>"#
                        + #"<target>This is \#(company), speaking.</target></segment>"#)
            }
        }
        for between in ["<ignorable><source> </source></ignorable>", ""] {
            let imported = try split(between)
            #expect(imported.diagnostics.isEmpty)
            #expect(imported.changes.map(\.text) == ["Hello. This is {company}, speaking."], "between: \(between)")
        }
    }

    @Test("a rendering holding a comment cannot be edited: the error names the unit, and nothing is written")
    func commentInRendering() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let exported = try XLIFFExport(book: try ReviewTests.load(folder), language: "en", version: .version1).document
        try TestPaths.replace("<en>Thanks.</en>", with: "<en>Thanks.<!-- short --></en>", in: file(folder))
        let before = try String(contentsOfFile: file(folder), encoding: .utf8)
        let book = try ReviewTests.load(folder)
        let imported = XLIFFImport(
            book: book,
            files: [("t.xlf", Array(exported.replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<").utf8))],
            markReviewed: false)
        #expect(imported.diagnostics.isEmpty)
        // Said beforehand, as an error at the unit's target in the XLIFF file (import and --dry-run print it).
        let refused = try imported.plan(contentFolder: folder).refused
        #expect(refused.map(\.code) == ["xliff-uneditable"])
        #expect(refused.first?.location.file == "t.xlf" && (refused.first?.location.line ?? 0) > 1)
        #expect(refused.first?.message.contains("unit 'phrase.s-unreviewed' (en)") == true)
        #expect(refused.first?.message.contains("holds more than text (a comment or an element)") == true)
        do {
            try imported.apply(contentFolder: folder)
            Issue.record("the import went through")
        } catch {
            #expect("\(error)".contains("unit 'phrase.s-unreviewed' (en)"), "\(error)")
            #expect("\(error)".contains("holds more than text (a comment or an element)"), "\(error)")
            #expect("\(error)".contains("nothing was imported"), "\(error)")
        }
        #expect(try String(contentsOfFile: file(folder), encoding: .utf8) == before)
    }

    @Test("a source placeholder typed as text in a target is that placeholder")
    func typedPlaceholders() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            let imported = try roundTrip(folder, version) { document in
                let tag = try! Regex(#"Hello, this is <(x|ph) id="company"[^>]*/>\.</target>"#)
                return document.replacing(tag, with: "Hi, {company}.</target>")
            }
            #expect(imported.diagnostics.isEmpty)
            #expect(imported.changes.compactMap(\.text) == ["Hi, {company}."])
        }
    }

    @Test(
        "any text in braces the source lacks is refused, named, spaces and all: never imported as literal braces",
        arguments: XLIFFVersion.allCases)
    func bracedTextTheSourceLacks(version: XLIFFVersion) throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        func extra(_ named: String) -> String {
            "the target has \(named) in braces, which the source does not have (the source has none): braces that are "
                + "not a placeholder are printed as they are in every handbook; write the words without them"
        }
        for (typed, message) in [
            ("{주문 번호}", extra("{주문 번호}")), ("{무엇을}", extra("{무엇을}")), ("{가} {나}", extra("{가}, {나}")),
            ("{상담원 번호}", extra("{상담원 번호}")), ("{}", extra("{}")), ("{here}", extra("{here}")),
            (
                "{ company }",
                "the target has { company } typed as text, which is not a placeholder of the source (none); write "
                    + "{company}, without spaces inside the braces"
            ),
        ] {
            let imported = try roundTrip(folder, version) {
                $0.replacingOccurrences(of: ">Thanks.</target>", with: ">\(typed) thanks.</target>")
            }
            #expect(
                imported.diagnostics.map { "[\($0.code)] \($0.message)" } == [
                    "[xliff-placeholders] unit 'phrase.s-unreviewed': \(message)"
                ], "\(typed)")
            #expect(imported.diagnostics.first?.location.line ?? 0 > 1, "at the <target>")
            #expect(imported.changes.isEmpty, "\(typed)")
        }
    }

    @Test("a placeholder the source lacks, typed as text, or what a placeholder shows typed as one, is refused")
    func typedPlaceholderTheSourceLacks() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for (typed, hint) in [
            ("{surname}", ""), ("{성}", "; '성' is what {surname} shows, not its name"),
            ("{surnmae}", "; did you mean {surname}?"),
        ] {
            let imported = try roundTrip(folder, .version1) {
                $0.replacingOccurrences(
                    of: "<target state=\"translated\">Thanks.</target>",
                    with: "<target state=\"translated\">\(typed) thanks.</target>")
            }
            let name = typed.dropFirst().dropLast()
            #expect(
                imported.diagnostics.map(\.message) == [
                    "unit 'phrase.s-unreviewed': the target has {\(name)} typed as text, which is not a placeholder of "
                        + "the source (none)" + hint
                ])
            #expect(imported.changes.isEmpty)
        }
    }

    @Test(
        "a placeholder in full-width braces in a target is refused, named, at the <target>: write it in ASCII braces",
        arguments: XLIFFVersion.allCases)
    func fullWidthBraces(version: XLIFFVersion) throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        var document = ""
        let imported = try roundTrip(folder, version) { exported in
            // The source's {company} typed with a Chinese input method's braces, and the same in a text whose source
            // has no placeholder.
            let tag = try! Regex(#"Hello, this is <(x|ph) id="company"[^>]*/>\."#)
            document = exported.replacing(tag, with: "Hello, this is ｛company｝.")
                .replacingOccurrences(of: ">Thanks.</target>", with: ">Thanks, ｛ surname ｝.</target>")
            return document
        }
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
        /// `t.xlf:line:column` of the `<target>` holding `text`.
        func place(of text: String) throws -> String {
            let line = try #require(lines.firstIndex { $0.contains(text) })
            let column = lines[line].distance(
                from: lines[line].startIndex, to: lines[line].range(of: "<target")!.lowerBound)
            return "t.xlf:\(line + 1):\(column + 1)"
        }
        let written = "in full-width braces (U+FF5B, U+FF5D), which are text, not a placeholder"
        #expect(
            imported.diagnostics.map { "\($0.location): [\($0.code)] \($0.message)" } == [
                "\(try place(of: "｛company｝")): [xliff-placeholders] unit 'phrase.s-reviewed': the target has ｛company｝ "
                    + "\(written): write {company} in ASCII braces { }",
                "\(try place(of: "｛ surname ｝")): [xliff-placeholders] unit 'phrase.s-unreviewed': the target has "
                    + "｛surname｝ \(written): write {surname} in ASCII braces { }",
            ])
        #expect(imported.changes.isEmpty)
        let text = try roundTrip(folder, version) {
            $0.replacingOccurrences(of: ">Thanks.</target>", with: ">Thanks ｛sic｝.</target>")
        }
        #expect(text.diagnostics.isEmpty, "full-width braces around what is no placeholder are text")
        #expect(text.changes.compactMap(\.text) == ["Thanks ｛sic｝."])
        let company = try Regex(#"Hello, this is <(x|ph) id="company"[^>]*/>\."#)
        let half = try roundTrip(folder, version) { $0.replacing(company, with: "Hello, this is ｛company}.") }
        #expect(
            half.diagnostics.map(\.message) == [
                "unit 'phrase.s-reviewed': the target has ｛company} \(written): write {company} in ASCII braces { }"
            ], "\(half.diagnostics.map(\.message))")
    }

    @Test("new words are not approved by approved=\"yes\" (translate-toolkit's 'not fuzzy') nor by an exported final")
    func changedWordsAreNotApprovedByTheExport() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let toolkit = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: #"<trans-unit id="phrase.s-unreviewed""#,
                with: #"<trans-unit id="phrase.s-unreviewed" approved="yes""#
            )
            .replacingOccurrences(of: ">Thanks.</target>", with: ">Thank you.</target>")
        }
        #expect(toolkit.changes.map(\.unit.id) == ["phrase.s-unreviewed"] && !toolkit.changes[0].markReviewed)
        let keptFinal = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(of: "Hello, this is <x id=\"company\"", with: "Hi, this is <x id=\"company\"")
        }
        #expect(keptFinal.changes.map(\.unit.id) == ["phrase.s-reviewed"] && !keptFinal.changes[0].markReviewed)
        let signedOff = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: "<target state=\"translated\">Thanks.</target>",
                with: "<target state=\"signed-off\">Thank you.</target>")
        }
        #expect(signedOff.changes.first?.markReviewed == true, "a state of review set on new words approves them")
        let reviewerSignedOff = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: "<target state=\"final\">Hello, this is", with: "<target state=\"signed-off\">Hi, this is")
        }
        #expect(
            reviewerSignedOff.changes.map(\.unit.id) == ["phrase.s-reviewed"]
                && reviewerSignedOff.changes[0].markReviewed,
            "signed-off on a reviewed rendering's new words is not what the export wrote: a reviewer set it")
        let unapproved = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(of: #"id="phrase.s-unreviewed""#, with: #"id="phrase.s-unreviewed" approved="no""#)
                .replacingOccurrences(
                    of: "<target state=\"translated\">Thanks.</target>",
                    with: "<target state=\"signed-off\">Thank you.</target>")
        }
        #expect(unapproved.changes.first?.markReviewed == false, "approved=\"no\" approves nothing, whatever the state")
    }

    @Test(
        "a reviewed unit sent back (1.2 needs-… or approved=\"no\", 2.0 translated) with its words kept is no longer reviewed"
    )
    func sentBackToReview() throws {
        for (version, lowered, approval) in [
            (XLIFFVersion.version1, "<target state=\"needs-translation\">Hello", "yes"),
            (.version2, "<segment state=\"translated\">", "yes"),
            // translate-toolkit's markapproved(False): the approval withdrawn, the state left final.
            (.version1, "<target state=\"final\">Hello", "no"),
        ] {
            let folder = try XLIFFExportTests.states().write()
            defer { ContentFixture.remove(folder) }
            let before = try String(contentsOfFile: file(folder), encoding: .utf8)
            let imported = try roundTrip(folder, version) {
                $0.replacingOccurrences(of: "<target state=\"final\">Hello", with: lowered)
                    .replacingOccurrences(of: "<segment state=\"final\">", with: lowered)
                    .replacingOccurrences(of: "approved=\"yes\"", with: "approved=\"\(approval)\"")
            }
            #expect(imported.diagnostics.isEmpty)
            #expect(imported.summaries.first?.sentBack == 1, "\(version)")
            #expect(imported.lines.count == 1 && imported.lines[0].contains("sent back to review"), "\(imported.lines)")
            #expect(imported.summaryLines(dryRun: false).first?.contains("1 sent back to review") == true)
            try imported.apply(contentFolder: folder)
            let hello = SourceHash.of("您好，这里是{company}。")
            #expect(
                try String(contentsOfFile: file(folder), encoding: .utf8)
                    == before.replacingOccurrences(of: "<en source-hash=\"\(hello)\">Hello", with: "<en>Hello"))
            let approving = try roundTrip(folder, version, markReviewed: true) { $0 }
            #expect(approving.summaries.first?.sentBack == 0, "--mark-reviewed approves; it never sends back")
        }
    }

    @Test(
        "new words a tool marked untranslated (1.2 new, needs-translation, 2.0 initial) are left out, --mark-reviewed too",
        arguments: [false, true])
    func untranslatedWordsAreLeftOut(markReviewed: Bool) throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let fuzzy = try roundTrip(folder, .version1, markReviewed: markReviewed) {
            $0.replacingOccurrences(
                of: "<target state=\"translated\">Thanks.</target>",
                with: "<target state=\"needs-translation\">Thank you (draft).</target>"
            )
            .replacingOccurrences(of: ">Wait.</target>", with: ">Wait (draft).</target>")
            .replacingOccurrences(of: "<target state=\"needs-review-translation\">", with: "<target state=\"new\">")
            .replacingOccurrences(
                of: "<target state=\"needs-translation\"></target>",
                with: "<target state=\"needs-translation\">Goodbye.</target>")
        }
        #expect(fuzzy.summaries.first?.unfinished == 2, "\(fuzzy.summaries)")
        #expect(
            fuzzy.changes.compactMap(\.text) == ["Goodbye."], "a missing rendering is written: the export left it so")
        #expect(fuzzy.summaryLines(dryRun: false).first?.contains("2 left out: new words marked untranslated") == true)
        let initial = try roundTrip(folder, .version2, markReviewed: markReviewed) { document in
            let segment = try! Regex(
                #"<segment state="translated">(\s*<source>谢谢。</source>\s*<target>)Thanks\."#,
                as: (Substring, Substring).self)
            return document.replacing(segment) { "<segment state=\"initial\">\($0.output.1)Thank you (draft)." }
        }
        #expect(initial.summaries.first?.unfinished == 1, "\(initial.summaries)")
        #expect(!initial.changes.contains { $0.text != nil }, "\(initial.changes.map(\.unit.id))")
    }

    @Test("a source with a word in literal braces ({{姓名}}) is translated with its literal: an edited target keeps it")
    func literalBracesOfTheSource() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        try TestPaths.replace(
            "<zh>谢谢。</zh><ko>감사합니다.</ko><en>Thanks.</en>",
            with: "<zh>请说“{{姓名}}”。</zh><ko>“{{성함}}”이라고 말씀해 주세요.</ko><en>Say “{{name}}”.</en>", in: file(folder))
        let imported = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(of: "Say “{name}”.</target>", with: "Please say “{name}”.</target>")
        }
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))")
        #expect(imported.changes.compactMap(\.text) == ["Please say “{{name}}”."])
        let korean = try roundTrip(folder, .version1, language: "ko") {
            $0.replacingOccurrences(of: "“{성함}”이라고 말씀해 주세요.</target>", with: "“{성함}”이라고 말씀해 주십시오.</target>")
        }
        #expect(korean.diagnostics.isEmpty, "\(korean.diagnostics.map(\.message))")
        #expect(korean.changes.compactMap(\.text) == ["“{{성함}}”이라고 말씀해 주십시오."])
        let more = try roundTrip(folder, .version1, language: "ko") {
            $0.replacingOccurrences(of: "“{성함}”이라고 말씀해 주세요.</target>", with: "“{성함}” {성}이라고 말씀해 주세요.</target>")
        }
        #expect(more.diagnostics.map(\.code) == ["xliff-placeholders"], "a brace more than the source has is refused")
        let another = try roundTrip(folder, .version1, language: "ko") {
            $0.replacingOccurrences(of: "“{성함}”이라고 말씀해 주세요.</target>", with: "“{성함}” {무엇}이라고 말씀해 주세요.</target>")
        }
        #expect(
            another.diagnostics.map(\.message) == [
                "unit 'phrase.s-unreviewed': the target has {무엇} in braces, which the source does not have (the "
                    + "source has 1: {姓名}; the target 2: {성함}, {무엇}): braces that are not a placeholder are "
                    + "printed as they are in every handbook; write the words without them"
            ], "the braced text beyond the source's is named, not the one that translates the source's")
    }

    @Test("a file whose targets are mostly in another language's script is refused: a Korean file labelled en")
    func targetsInAnotherScript() throws {
        let body = (1...6).map { n in
            "<phrase id=\"p\(n)\"><zh>您好\(n)。</zh><ko>안녕하세요 \(n).</ko><en>Hello \(n).</en></phrase>"
        }.joined(separator: "\n")
        let folder = try ContentFixture(situations: ["s": ContentFixture.situation("s", body: body)]).write()
        defer { ContentFixture.remove(folder) }
        let book = try ReviewTests.load(folder)
        let korean = try XLIFFExport(book: book, language: "ko", version: .version1).document
        let relabelled = korean.replacingOccurrences(of: #"target-language="ko""#, with: #"target-language="en""#)
            .replacingOccurrences(of: "안녕하세요", with: "반갑습니다")
        let imported = XLIFFImport(book: book, files: [("k.xlf", Array(relabelled.utf8))], markReviewed: false)
        let message = try #require(imported.diagnostics.first?.message)
        #expect(imported.diagnostics.count == 1 && message.hasPrefix("target-language \"en\" but "))
        #expect(
            message.hasSuffix(
                "targets are written in Hangul; is it another language's file? Correct its "
                    + "target-language, or import the right file"))
        #expect(imported.changes.isEmpty)
        let english = try XLIFFExport(book: book, language: "en", version: .version1).document
        let edited = XLIFFImport(
            book: book, files: [("e.xlf", Array(english.replacingOccurrences(of: "Hello 1.", with: "Hi 1.").utf8))],
            markReviewed: false)
        #expect(edited.diagnostics.isEmpty && edited.changes.count == 1)
    }

    @Test("a target language with a region (ko-KR, en-US, en_US, as some CAT tools write) is the book's language")
    func regionTags() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for (version, attribute) in [(XLIFFVersion.version1, "target-language"), (.version2, "trgLang")] {
            for tag in ["en-US", "en_US", "EN_us"] {
                let imported = try roundTrip(folder, version) {
                    $0.replacingOccurrences(of: "\(attribute)=\"en\"", with: "\(attribute)=\"\(tag)\"")
                        .replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<")
                }
                #expect(imported.diagnostics.isEmpty, "\(tag): \(imported.diagnostics)")
                #expect(imported.changes.map(\.language) == ["en"])
            }
            let other = try roundTrip(folder, version) {
                $0.replacingOccurrences(of: "\(attribute)=\"en\"", with: "\(attribute)=\"fr-FR\"")
            }
            #expect(other.diagnostics.map(\.code) == ["xliff-language"])
        }
    }

    /// A file without the export's hashes (an older export, or a tool that dropped them) imports as before.
    @Test(
        "a rendering edited in the content since the export is kept where the file left it, a conflict where it changed",
        arguments: XLIFFVersion.allCases)
    func editedSinceTheExport(version: XLIFFVersion) throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let book = try ReviewTests.load(folder)
        let exported = try XLIFFExport(book: book, language: "en", version: version).document
        try TestPaths.replace("<en>Thanks.</en>", with: "<en>Thank you.</en>", in: file(folder))
        let edited = try ReviewTests.load(folder)
        func imported(_ document: String) -> XLIFFImport {
            XLIFFImport(book: edited, files: [("t.xlf", Array(document.utf8))], markReviewed: false)
        }

        let other = imported(exported.replacingOccurrences(of: ">Wait.<", with: ">One moment, please.<"))
        #expect(other.diagnostics.isEmpty)
        #expect(other.changes.map(\.text) == ["One moment, please."], "Thank you. stays")
        #expect(other.summaries.first?.keptEdits == 1)
        let summary = other.summaryLines(dryRun: false).first ?? ""
        #expect(summary.hasSuffix("1 edited in the content since the export (kept)"))

        let both = imported(exported.replacingOccurrences(of: ">Thanks.<", with: ">Thanks a lot.<"))
        #expect(both.diagnostics.map(\.code) == ["xliff-conflict"])
        #expect(both.diagnostics.first?.message.contains("now \"Thank you.\"") == true)
        #expect(both.diagnostics.first?.location.line ?? 0 > 1, "at the unit's target")

        let same = imported(exported.replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<"))
        #expect(same.diagnostics.isEmpty && same.changes.isEmpty, "the file already says what the content says")

        let withoutHashes = exported.replacingOccurrences(
            of: #" extradata="phrasebook-target-hash:[0-9a-f]{8}""#, with: "", options: .regularExpression
        ).replacingOccurrences(of: #"<mda:metadata>.*?</mda:metadata>"#, with: "", options: .regularExpression)
        #expect(!withoutHashes.contains("phrasebook-target-hash"))
        let old = imported(withoutHashes.replacingOccurrences(of: ">Thanks.<", with: ">Thanks a lot.<"))
        #expect(old.diagnostics.isEmpty && old.changes.map(\.text) == ["Thanks a lot."])
    }

    @Test("an XLIFF file saved as UTF-16 (as some CAT tools do), either byte order, imports like its UTF-8 twin")
    func utf16() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let book = try ReviewTests.load(folder)
        for version in XLIFFVersion.allCases {
            let document = try XLIFFExport(book: book, language: "en", version: version).document
                .replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<")
                .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            let little: [UInt8] = [0xFF, 0xFE] + document.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let big: [UInt8] = document.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            let twin = document.replacingOccurrences(of: "encoding=\"UTF-16\"", with: "encoding=\"UTF-8\"")
            let utf8 = XLIFFImport(book: book, files: [("t.xlf", Array(twin.utf8))], markReviewed: false)
            #expect(utf8.changes.count == 1)
            for bytes in [little, big] {
                let imported = XLIFFImport(book: book, files: [("t.xlf", bytes)], markReviewed: false)
                #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
                #expect(imported.changes.map(\.text) == utf8.changes.map(\.text))
                #expect(imported.changes.map(\.unit.id) == utf8.changes.map(\.unit.id))
            }
        }
        #expect(UTF8Validation.utf8(fromUTF16: [0xFF, 0xFE, 0x00, 0xD8]) == nil)  // an unpaired surrogate
        #expect(UTF8Validation.utf8(fromUTF16: Array("<?xml".utf8)) == nil)
    }

    @Test(
        "units final or reviewed (2.0), final, signed-off or approved (1.2) are imported reviewed; --mark-reviewed too")
    func reviewedStates() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let thanks = SourceHash.of("谢谢。")
        let final20 = try roundTrip(folder, .version2) {
            $0.replacingOccurrences(
                of: "<segment state=\"translated\">\n        <source>谢谢。</source>",
                with: "<segment state=\"final\">\n        <source>谢谢。</source>")
        }
        #expect(final20.changes.map(\.unit.id) == ["phrase.s-unreviewed"])
        let reviewed20 = try roundTrip(folder, .version2) {
            $0.replacingOccurrences(
                of: "<segment state=\"translated\">\n        <source>谢谢。</source>",
                with: "<segment state=\"reviewed\">\n        <source>谢谢。</source>")
        }
        #expect(reviewed20.changes.map(\.unit.id) == ["phrase.s-unreviewed"] && reviewed20.changes[0].markReviewed)
        let approved12 = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: #"<trans-unit id="phrase.s-unreviewed""#,
                with: #"<trans-unit id="phrase.s-unreviewed" approved="yes""#)
        }
        #expect(approved12.changes.map(\.unit.id) == ["phrase.s-unreviewed"] && approved12.changes[0].markReviewed)
        let signedOff = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: "<target state=\"translated\">Thanks.</target>",
                with: "<target state=\"signed-off\">Thanks.</target>")
        }
        #expect(signedOff.changes.map(\.unit.id) == ["phrase.s-unreviewed"])
        try signedOff.apply(contentFolder: folder)
        let text = try String(contentsOfFile: file(folder), encoding: .utf8)
        #expect(text.contains("<en source-hash=\"\(thanks)\">Thanks.</en>"))
        #expect(try ReviewTests.load(folder).reviewHistory.sources[thanks] == "谢谢。")

        let all = try roundTrip(folder, .version1, markReviewed: true) { $0 }
        #expect(Set(all.changes.map(\.unit.id)).isSuperset(of: ["phrase.s-stale", "situation.s.title"]))
        #expect(all.changes.allSatisfy { $0.markReviewed })
        #expect(!all.changes.contains { $0.unit.id == "phrase.s-reviewed" })
    }

    @Test("a target for a missing rendering adds the element after its neighbour, indented like it")
    func missingRendering() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let imported = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(
                of: "<target state=\"needs-translation\"></target>",
                with: "<target state=\"translated\">Goodbye.</target>")
        }
        try imported.apply(contentFolder: folder)
        let text = try String(contentsOfFile: file(folder), encoding: .utf8)
        #expect(text.contains("<ko>안녕히 가세요.</ko><en>Goodbye.</en></phrase>"))
        #expect(
            try ReviewTests.load(folder).textUnits.first { $0.id == "phrase.s-missing" }?.text.text("en") == "Goodbye.")
    }

    @Test("Property over the shipped content: an import changes the chosen renderings' texts and no other byte")
    func importChangesOnlyTargets() throws {
        let content = try ReviewTests.shippedCopy()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let original = TestPaths.snapshot(content)
        let book = try ReviewTests.load(content)
        var generator = SystemRandomNumberGenerator()
        for version in XLIFFVersion.allCases {
            let language = book.targetLanguages.map(\.code).randomElement(using: &generator)!
            let export = try XLIFFExport(book: book, language: language, version: version)
            let chosen = Set(export.units.map(\.unit.id).shuffled(using: &generator).prefix(25))
            var document = export.document
            for id in chosen {
                let unit = try #require(export.units.first { $0.unit.id == id })
                let target = export.inline(unit.unit.text.text(language) ?? "")
                let open = version == .version1 ? "<target state=\"translated\">" : "<target>"
                let marker = version == .version1 ? "<trans-unit id=\"\(id)\"" : "<unit id=\"\(id)\">"
                let start = try #require(document.range(of: marker))
                let at = try #require(
                    document.range(of: open + target + "</target>", range: start.upperBound..<document.endIndex))
                document.replaceSubrange(at, with: open + target + " (revised)</target>")
            }
            let imported = XLIFFImport(book: book, files: [("t.xlf", Array(document.utf8))], markReviewed: false)
            #expect(imported.diagnostics.isEmpty)
            #expect(Set(imported.changes.map(\.unit.id)) == chosen)
            try imported.apply(contentFolder: content)
            for (path, bytes) in TestPaths.snapshot(content) {
                let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: " (revised)", with: "")
                #expect(text == String(decoding: original[path]!, as: UTF8.self), "\(path)")
            }
            let after = try ReviewTests.load(content)
            let revised = after.textUnits.filter { $0.text.text(language)?.hasSuffix(" (revised)") == true }
            #expect(Set(revised.map(\.id)) == chosen)
            for (path, bytes) in original { try bytes.write(to: URL(fileURLWithPath: content + "/" + path)) }
        }
    }

    @Test(
        "a misspelt placeholder is reported at its <target> naming the one meant; a wrong language where it is named",
        arguments: XLIFFVersion.allCases)
    func refusalsAtTheirPlace(version: XLIFFVersion) throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        var document = ""
        let misspelt = try roundTrip(folder, version) { exported in
            let target = version == .version1 ? "<target state=\"final\">Hello, this is" : "<target>Hello, this is"
            let start = exported.range(of: target)!.lowerBound
            document = exported.replacingCharacters(
                in: start..<exported.endIndex,
                with: exported[start...].replacingOccurrences(of: "{company}", with: "{compnay}").replacingOccurrences(
                    of: "id=\"company\"", with: "id=\"compnay\""))
            return document
        }
        let placeholders = try #require(misspelt.diagnostics.first { $0.code == "xliff-placeholders" })
        #expect(placeholders.message.contains("{compnay} is not in the source (meant {company}?)"))
        #expect(placeholders.message.contains("{company} is missing"))
        let targetLine = document.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("{compnay}") }.map { $0 + 1 }
        #expect(placeholders.location.line == targetLine, "\(placeholders.location)")

        var named = 0
        let language = try roundTrip(folder, version) { exported in
            let attribute = version == .version1 ? "target-language=\"en\"" : "trgLang=\"en\""
            let replaced = exported.replacingOccurrences(
                of: attribute,
                with: attribute.replacingOccurrences(
                    of: "\"en\"", with: "\"fr\""))
            named =
                replaced.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("\"fr\"") }.map { $0 + 1 } ?? 0
            return replaced
        }
        let wrong = try #require(language.diagnostics.first { $0.code == "xliff-language" })
        #expect(wrong.location.line == named, "\(wrong.location)")
    }

    @Test("a unit the translator left as exported whose source changed since is left out; the rest is imported")
    func untouchedUnitOfAChangedSource() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            // The lead changed 谢谢 to 多谢 after the export (the file says the old source); the translator changed
            // another unit only.
            try expectLeftOut(
                folder, version, changed: "One moment, please.",
                summary: "1 left out: untouched, and their source changed since the export (export them again)"
            ) {
                $0.replacingOccurrences(of: "<source>谢谢。</source>", with: "<source>多谢。</source>")
                    .replacingOccurrences(of: ">Wait.<", with: ">One moment, please.<")
            }
        }
    }

    /// Imports the export of `folder` edited by `edit`: nothing refused, only `changed` written, and the summary
    /// says `summary`.
    private func expectLeftOut(
        _ folder: String, _ version: XLIFFVersion, changed: String, summary: String, edit: (String) -> String
    ) throws {
        let imported = try roundTrip(folder, version, edit: edit)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        #expect(imported.changes.compactMap(\.text) == [changed])
        let lines = imported.summaryLines(dryRun: false)
        #expect(lines.first?.contains(summary) == true, "\(lines)")
    }

    @Test("a unit the translator left as exported whose text was removed since is left out; the rest is imported")
    func untouchedUnitOfARemovedText() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            // The lead removed s-stale after the export (its unit names nothing now); the translator changed another
            // unit only.
            try expectLeftOut(
                folder, version, changed: "Thank you.",
                summary: "1 left out: untouched, and their text is no longer in the book"
            ) {
                $0.replacingOccurrences(of: "\"phrase.s-stale\"", with: "\"phrase.gone\"")
                    .replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<")
            }
            let touched = try roundTrip(folder, version) { document in
                document.replacingOccurrences(of: "\"phrase.s-stale\"", with: "\"phrase.gone\"")
                    .replacingOccurrences(of: ">Wait.<", with: ">One moment.<")
            }
            let refused = try #require(touched.diagnostics.first, "\(version)")
            #expect(refused.code == "xliff-unknown-unit")
            #expect(refused.message.contains("delete the unit, or export again"), "\(refused.message)")
        }
    }

    @Test("placeholders written as plain text in the source as well as the target are the source's placeholders")
    func plainTextPlaceholders() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        for version in XLIFFVersion.allCases {
            // A tool that flattens inline codes writes {company} as text everywhere (a PO round trip does too).
            let imported = try roundTrip(folder, version) { document in
                document.replacing(#/<(?:x|ph) id="company"[^>]*\/>/#, with: "{company}")
                    .replacingOccurrences(of: "Hello, this is {company}.", with: "Hi, you have reached {company}.")
            }
            #expect(imported.diagnostics.isEmpty, "\(version): \(imported.diagnostics)")
            #expect(imported.changes.compactMap(\.text) == ["Hi, you have reached {company}."], "\(version)")
        }
    }

    @Test("refusals: stale export, unknown id, undeclared language, other placeholders, malformed XLIFF, a unit twice")
    func refusals() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let before = TestPaths.snapshot(folder)
        let cases: [(String, (String) -> String)] = [
            ("xliff-conflict", { $0.replacingOccurrences(of: "<source>谢谢。</source>", with: "<source>多谢。</source>") }),
            ("xliff-unknown-unit", { $0.replacingOccurrences(of: "\"phrase.s-unreviewed\"", with: "\"phrase.gone\"") }),
            (
                "xliff-language",
                { $0.replacingOccurrences(of: "target-language=\"en\"", with: "target-language=\"fr\"") }
            ),
            (
                "xliff-placeholders",
                {
                    $0.replacingOccurrences(
                        of:
                            "Hello, this is <x id=\"company\" ctype=\"x-phrasebook-variable\" equiv-text=\"{company}\"/>.",
                        with: "Hello, this is us.")
                }
            ),
            ("xliff-malformed", { $0.replacingOccurrences(of: "</body>", with: "</bodi>") }),
            ("xliff-malformed", { $0.replacingOccurrences(of: "version=\"1.2\"", with: "version=\"3.0\"") }),
            (
                "xliff-malformed",
                {
                    $0.replacingOccurrences(
                        of: "<xliff ", with: "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xliff ")
                }
            ),
        ]
        for (code, edit) in cases {
            let imported = try roundTrip(folder, .version1) {
                edit($0.replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<"))
            }
            #expect(imported.diagnostics.map(\.code).contains(code), "\(code): \(imported.diagnostics)")
            #expect(imported.diagnostics.allSatisfy { $0.location.file == "t.xlf" && $0.location.line > 0 })
            #expect(throws: PhrasebookError.self) { try imported.apply(contentFolder: folder) }
            #expect(TestPaths.snapshot(folder) == before)
        }
        let book = try ReviewTests.load(folder)
        let document = Array(try XLIFFExport(book: book, language: "en", version: .version1).document.utf8)
        let twice = XLIFFImport(book: book, files: [("a.xlf", document), ("b.xlf", document)], markReviewed: false)
        #expect(twice.diagnostics.map(\.code).contains("xliff-duplicate-unit"))
        #expect(twice.diagnostics.allSatisfy { $0.code == "xliff-duplicate-unit" && $0.location.file == "b.xlf" })
        let conflict = try roundTrip(folder, .version2) {
            $0.replacingOccurrences(of: "<source>谢谢。</source>", with: "<source>多谢。</source>")
                .replacingOccurrences(of: ">Thanks.<", with: ">Many thanks.<")
        }
        let message = try #require(conflict.diagnostics.first?.message)
        #expect(message.contains("exported \"多谢。\", now \"谢谢。\""))
        let unlabelled = try roundTrip(folder, .version1) {
            $0.replacingOccurrences(of: " target-language=\"en\"", with: "")
        }
        #expect(
            unlabelled.diagnostics.map(\.message) == [
                "<file> has no target-language: write the language of its targets, such as target-language=\"ko\""
            ])
        let mixed = try roundTrip(folder, .version1) { document in
            let file = try! #require(document.firstMatch(of: /<file [\s\S]*<\/file>/)).output
            return document.replacingOccurrences(
                of: "</file>",
                with: "</file>\n"
                    + file.replacingOccurrences(of: "target-language=\"en\"", with: "target-language=\"ko\""))
        }
        #expect(
            mixed.diagnostics.first?.message.hasPrefix("this <file> has target-language=\"ko\", an earlier one \"en\"")
                == true)
    }
}
