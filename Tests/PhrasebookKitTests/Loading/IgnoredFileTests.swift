import Foundation
import Testing

@testable import PhrasebookKit

/// A situation file put where the loader does not look, or named so that it does not read it, is a warning naming
/// the file and where it belongs: a lead would otherwise lose the situation without a word.
@Suite("Content files the loader does not read")
struct IgnoredFileTests {
    /// The minimal fixture's counter-welcome situation as another situation, `id`.
    private static func situation(_ id: String) throws -> [UInt8] {
        let text = try String(
            contentsOfFile: TestPaths.fixture("minimal") + "/situations/counter-welcome.xml", encoding: .utf8)
        return Array(text.replacingOccurrences(of: "counter-welcome", with: id).utf8)
    }

    @Test(
        "a situation file in the content folder, named .XML or .xml.txt, in a folder inside situations/ or in Situations/"
    )
    func misplacedAndMisnamed() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let taboos = try Data(contentsOf: URL(fileURLWithPath: folder + "/taboos.xml"))
        try FileManager.default.removeItem(atPath: folder + "/taboos.xml")
        let files: [String: [UInt8]] = [
            "refund.xml": try Self.situation("refund"), "situations/lost-bag.XML": try Self.situation("lost-bag"),
            "situations/billing/late-fee.xml": try Self.situation("late-fee"),
            "Situations/ask-for-id.Xml": try Self.situation("ask-for-id"), "Taboos.xml": [UInt8](taboos),
            "situations/wifi-down.xml.txt": try Self.situation("wifi-down"),
        ]
        for (path, bytes) in files {
            try FileManager.default.createDirectory(
                atPath: (folder + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + path))
        }
        let ignored = Checker().check(try ContentLoader(folder: folder).load()).with("ignored-file")
        #expect(
            ignored.map { "\($0.location.file.dropFirst(folder.count + 1)): \($0.message)" } == [
                "Situations/ask-for-id.Xml: Situations/ask-for-id.Xml is not read: situation files are read from the "
                    + "folder situations/, in lower case: rename the folder Situations/ to situations/",
                "Taboos.xml: Taboos.xml is not read: name it taboos.xml, in lower case",
                "refund.xml: refund.xml is not read: the content folder itself holds only phrasebook.xml, taboos.xml, "
                    + "review-history.xml; a situation file goes in situations/: move it to situations/refund.xml",
                "situations/billing/late-fee.xml: situations/billing/late-fee.xml is not read: situation files are "
                    + "read from situations/ itself, not from the folders in it: move it to situations/late-fee.xml",
                "situations/lost-bag.XML: situations/lost-bag.XML is not read: a situation file's name ends in .xml, "
                    + "in lower case: name it lost-bag.xml",
                "situations/wifi-down.xml.txt: situations/wifi-down.xml.txt is not read: a situation file's name ends "
                    + "in .xml, not .txt: name it wifi-down.xml",
            ])
        #expect(ignored.allSatisfy { $0.severity == .warning && $0.location.line == 1 && $0.location.column == 1 })
    }

    @Test("a copy of a situation read already is not to be moved over it: the two are to be compared")
    func copyOfAFileRead() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try FileManager.default.createDirectory(atPath: folder + "/situations/old", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: folder + "/situations/counter-welcome.xml", toPath: folder + "/situations/old/counter-welcome.xml")
        try FileManager.default.copyItem(
            atPath: folder + "/situations/counter-welcome.xml", toPath: folder + "/counter-welcome.xml")
        let ignored = Checker().check(try ContentLoader(folder: folder).load()).with("ignored-file").map(\.message)
        let compare =
            "situations/counter-welcome.xml is there already and is read (a copy? an older version?): compare the "
            + "two and keep one; moving this one there would replace it"
        #expect(ignored.count == 2 && ignored.allSatisfy { $0.hasSuffix(compare) }, "\(ignored)")
        #expect(!ignored.contains { $0.contains("move it to") })
    }

    @Test("hidden files, files that are not XML and the loader's own files are no warning")
    func notWarned() throws {
        let fixture = ContentFixture(
            situations: ["s": ContentFixture.situation("s", body: "")],
            taboos: ContentFixture.taboos(""),
            extraFiles: [
                "review-history.xml": Array("<review-history/>".utf8), "README.md": Array("# notes".utf8),
                ".refund.xml": [], "situations/._s.xml": [0x00, 0x05], "situations/s.xml~": [],
                "situations/notes.txt": [], "drafts/refund.xml": [], "situations/.drafts/refund.xml": [],
            ])
        #expect(try fixture.check().with("ignored-file").isEmpty)
    }

    @Test("a build that is up to date notices a situation file put in the content folder since, and warns")
    func noticedByAnUpToDateBuild() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let pipeline = Pipeline(
            contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch() + "/Output")
        _ = try pipeline.build(RenderOptions())
        #expect(try pipeline.build(RenderOptions()).upToDate)
        try Data(try Self.situation("refund")).write(to: URL(fileURLWithPath: content + "/refund.xml"))
        let again = try pipeline.build(RenderOptions())
        #expect(!again.upToDate)
        #expect(again.diagnostics.with("ignored-file").map(\.location.file) == [content + "/refund.xml"])
        let third = try pipeline.build(RenderOptions())
        #expect(third.diagnostics.with("ignored-file").count == 1)
    }
}
