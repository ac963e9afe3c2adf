import Foundation
import Testing

@testable import PhrasebookKit

/// The text checks look only at the situation files that changed since an earlier check, and the card sheets'
/// notes are laid out for those only; the earlier findings are taken elsewhere, and the result is a fresh one's.
@Suite("Text checks and card notes of the changed files only")
struct EarlierCheckTests {
    private static let textChecks = Checker.checks.filter(\.looksAtOneTextAtATime)

    /// What `check` finds in `context`, one line each.
    private func findings(_ check: any Check, _ context: CheckContext) -> [String] {
        let severities = Dictionary(uniqueKeysWithValues: Checker.rules.map { ($0.code, $0.severity) })
        var report = DiagnosticReport(severities: severities)
        check.run(context, &report)
        return report.diagnostics.map(\.formatted).sorted()
    }

    /// The text checks that find something else in a content file of `book` (loaded from `folder`) when they
    /// look at that file's texts alone than when they look at every text: what taking the earlier findings of
    /// unchanged files relies on. The book's own files count too, since their findings are taken while they do not
    /// change.
    private func notFileByFile(_ book: Book, in folder: String, checks: [any Check] = textChecks) -> [String] {
        let full = CheckContext(book: book)
        let files = book.situations.map(\.file) + ContentLoader.bookFiles(in: folder)
        var broken: [String] = []
        for check in checks {
            let everything = findings(check, full)
            for file in files {
                let alone = findings(check, full.sites(in: [file])).filter { $0.hasPrefix(file + ":") }
                if alone != everything.filter({ $0.hasPrefix(file + ":") }) {
                    broken.append("\(type(of: check)) in \(file)")
                }
            }
            let elsewhere = everything.filter { line in !files.contains { line.hasPrefix($0 + ":") } }
            if !elsewhere.isEmpty { broken.append("\(type(of: check)) outside the content files: \(elsewhere)") }
        }
        return broken
    }

    @Test("every text check finds the same in a file looking at that file alone (every catalogue example)")
    func examplesFileByFile() throws {
        for (code, fixture) in CheckExamples.triggers.sorted(by: { $0.key < $1.key }) {
            try fixture.withFolder { folder in
                guard let book = try ContentLoader(folder: folder).load().book else { return }
                #expect(notFileByFile(book, in: folder) == [], "\(code)")
            }
        }
    }

    @Test("a book whose findings cross files: the text checks find the same file by file, the book's checks do not")
    func crossingFiles() throws {
        typealias F = ContentFixture
        let fixture = F(situations: [
            "a": F.situation("a", body: F.phrase("same", zh: "请稍等。", ko: "잠시만 기다려 주세요.", en: "One moment.")),
            "b": F.situation("b", body: F.phrase("same", zh: "请稍等。", ko: "잠깐만요.", en: "Just a moment")),
        ])
        try fixture.withFolder { folder in
            let book = try #require(try ContentLoader(folder: folder).load().book)
            #expect(notFileByFile(book, in: folder) == [])
            let bookChecks = Checker.checks.filter { !$0.looksAtOneTextAtATime }
            let crossing = notFileByFile(book, in: folder, checks: bookChecks)
            #expect(crossing.contains { $0.hasPrefix("ConsistencyCheck") }, "\(crossing)")
        }
    }

    @Test("every text check finds the same in a file looking at that file alone (the shipped book, with problems)")
    func shippedFileByFile() throws {
        let content = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        try ShippedBuild.edit(content + "/situations/ask-to-wait.xml", "</zh>", "  你们好,请等3分钟</zh>")
        try ShippedBuild.edit(content + "/situations/complaint.xml", "</en>", "  hello</en>")
        let book = try #require(try ContentLoader(folder: content).load().book)
        #expect(notFileByFile(book, in: content) == [])
        #expect(Checker().check(try ContentLoader(folder: content).load()).count > 10)
    }

    /// A copy of the shipped content, its check, and the pipeline that checks it.
    private func checkedCopy() throws -> (content: String, pipeline: Pipeline, earlier: EarlierCheck) {
        let content = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        let pipeline = Pipeline(
            contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch() + "/Output")
        let (book, diagnostics) = try pipeline.check()
        let checked = try #require(book)
        return (content, pipeline, EarlierCheck(digests: checked.fileDigests, diagnostics: diagnostics))
    }

    @Test("after edits, the check that takes the earlier findings equals a fresh one")
    func sameAsFresh() throws {
        let (content, pipeline, earlier) = try checkedCopy()
        // New findings in two files (white space, and renderings whose source changed).
        try ShippedBuild.edit(content + "/situations/ask-to-wait.xml", "</en>", "  and so on</en>")
        try ShippedBuild.edit(content + "/situations/silent-call.xml", "</zh>", "  </zh>")
        let taken = try pipeline.loadAndCheck(memory: nil, earlier: earlier).diagnostics
        let fresh = try pipeline.check().diagnostics
        #expect(taken.map(\.formatted) == fresh.map(\.formatted))
        #expect(fresh.contains { $0.location.file.hasSuffix("ask-to-wait.xml") && $0.code == "white-space" })
    }

    @Test("the earlier findings are taken for the unchanged situation files and the book's own, never the changed")
    func takenWhereUnchanged() throws {
        let (content, pipeline, checked) = try checkedCopy()
        let unchanged = content + "/situations/silent-call.xml"
        let changed = content + "/situations/ask-to-wait.xml"
        let planted = { (file: String) in
            Diagnostic(
                .warning, "white-space", "planted in \(file)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var earlier = checked
        earlier.diagnostics += [planted(unchanged), planted(changed), planted(content + "/phrasebook.xml")]
        earlier.diagnostics.append(
            Diagnostic(.warning, "duplicate-id", "planted", at: SourceLocation(file: unchanged, line: 1, column: 1)))
        try ShippedBuild.edit(changed, "</en>", " </en>")
        let found = try pipeline.loadAndCheck(memory: nil, earlier: earlier).diagnostics.map(\.message)
        #expect(found.contains("planted in \(unchanged)"))
        #expect(found.contains("planted in \(content)/phrasebook.xml"))
        #expect(!found.contains("planted in \(changed)"))
        #expect(!found.contains("planted"), "a finding of a check that looks at the whole book is never taken")
        // An edit of phrasebook.xml (what the text checks read besides the texts): nothing is taken.
        try ShippedBuild.edit(content + "/phrasebook.xml", "</title>", " </title>")
        let afterBookEdit = try pipeline.loadAndCheck(memory: nil, earlier: earlier).diagnostics.map(\.message)
        #expect(!afterBookEdit.contains { $0.hasPrefix("planted") })
    }

    @Test("a situation's card-overflow notes are those it gets laid out alone (the shipped book)")
    func cardNotesSituationBySituation() throws {
        let book = try ShippedContent.book.get()
        let options = RenderOptions()
        let all = CardSheet.notes(book: book, options: options)
        #expect(all.count >= 3)
        for situation in book.situations {
            var alone = book
            alone.situations = [situation]
            let inFile = all.filter { $0.location.file == situation.file }.map(\.formatted)
            #expect(CardSheet.notes(book: alone, options: options).map(\.formatted) == inFile, "\(situation.id)")
        }
    }

    @Test("a build keeps the card-overflow notes of unchanged situation files and lays out the changed ones")
    func cardNotesTaken() throws {
        let (content, pipeline, checked) = try checkedCopy()
        let options = RenderOptions()
        let before = try pipeline.withRenderingNotes(
            [], of: try #require(try pipeline.check().book), options, renderers: []
        ) {}
        let unchanged = content + "/situations/silent-call.xml"
        let changed = content + "/situations/ask-to-wait.xml"
        let planted = { (file: String) in
            Diagnostic(
                .note, CardSheet.overflowCode, "planted in \(file)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var earlier = checked
        earlier.diagnostics += before + [planted(unchanged), planted(changed)]
        // The card phrase of ask-to-wait made long enough to need a second card.
        let long = String(repeating: " Thank you for waiting, we are looking into it for you.", count: 12)
        try ShippedBuild.edit(changed, "One moment, please.</en>", "One moment, please.\(long)</en>")
        let edited = try #require(try pipeline.check().book)
        let notes = try pipeline.withRenderingNotes([], of: edited, options, renderers: [], earlier: earlier) {}
        let fresh = try pipeline.withRenderingNotes([], of: edited, options, renderers: []) {}
        #expect(notes.contains(planted(unchanged)), "the earlier notes of an unchanged file are kept")
        #expect(notes.filter { $0 != planted(unchanged) }.map(\.formatted) == fresh.map(\.formatted))
        #expect(fresh.contains { $0.location.file == changed })
        #expect(fresh.map(\.formatted) != before.map(\.formatted), "the edit changed the changed file's notes")
    }

    @Test("a build takes the findings of the build before it only when the same executable checked the same folder")
    func fromTheBuildState() throws {
        let built = try ShippedBuild()
        let earlier = try #require(built.pipeline.earlierCheck())
        #expect(earlier.digests[built.content + "/phrasebook.xml"] != nil)
        #expect(earlier.diagnostics.map(\.formatted) == built.first.diagnostics.map(\.formatted))
        let folder = built.pipeline.outputFolder
        var state = try #require(BuildState.read(folder: folder))
        state.tool = "2 another-phrasebook"
        FileSystem.removeTree(folder + "/" + BuildState.name)
        try state.write(to: folder + "/" + BuildState.name)
        #expect(built.pipeline.earlierCheck() == nil)
    }
}
