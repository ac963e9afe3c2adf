import Foundation
import Testing

@testable import PhrasebookKit

/// A unit (1.2) or segment (2.0) with a second `<source>` or `<target>`: two translations of one text, as a hand
/// edit or a tool's merge leaves them. Read, the first would be taken and the second dropped unseen; the file is
/// refused at the second instead.
@Suite("XLIFF import: a second <source> or <target>")
struct XLIFFImportRepeatTests {
    /// The states fixture's `version` export with `old` replaced by `new`, imported; the diagnostics as printed,
    /// and what the import would change.
    private func importing(_ version: XLIFFVersion, replacing old: String, with new: String) throws -> (
        document: String, diagnostics: [String], changes: Int
    ) {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let book = try ReviewTests.load(folder)
        let exported = try XLIFFExport(book: book, language: "en", version: version).document
        #expect(exported.contains(old))
        let document = exported.replacingOccurrences(of: old, with: new)
        let imported = XLIFFImport(book: book, files: [("t.xlf", Array(document.utf8))], markReviewed: false)
        return (
            document, imported.diagnostics.map { "\($0.location): [\($0.code)] \($0.message)" },
            imported.changes.count
        )
    }

    /// `file:line:column` of `needle` in `document`.
    private func place(_ needle: String, in document: String) -> String {
        let (line, column) = XLIFFImportSyntaxTests.place(of: needle, in: document)
        return "t.xlf:\(line):\(column)"
    }

    @Test(
        "a second <source> or <target> is refused at it, naming the unit (and the segment) and the first one's line",
        arguments: [
            (
                XLIFFVersion.version1, "<target state=\"translated\">Thanks.</target>",
                "<target state=\"translated\">Thank you.</target>",
                "the unit 'phrase.s-unreviewed' has a second <target> (the first is at line FIRST): a unit holds one; "
                    + "delete one"
            ),
            (
                .version1, "<source>谢谢。</source>", "<source>谢谢您。</source>",
                "the unit 'phrase.s-unreviewed' has a second <source> (the first is at line FIRST): a unit holds one; "
                    + "delete one"
            ),
            (
                .version2, "<target>Thanks.</target>", "<target>Thank you.</target>",
                "the <segment> (line SEGMENT) of the unit 'phrase.s-unreviewed' has a second <target> (the first is "
                    + "at line FIRST): a segment holds one; delete one"
            ),
        ])
    func refused(version: XLIFFVersion, first: String, second: String, message: String) throws {
        let (document, diagnostics, changes) = try importing(version, replacing: first, with: first + second)
        let line = XLIFFImportSyntaxTests.place(of: first, in: document).line
        let expected = message.replacingOccurrences(of: "FIRST", with: "\(line)")
            .replacingOccurrences(of: "SEGMENT", with: "\(line - 2)")
        #expect(diagnostics == ["\(place(second, in: document)): [xliff-malformed] \(expected)"])
        #expect(changes == 0)
    }
}
