import Foundation
import Testing

@testable import PhrasebookKit

/// A unit (1.2) or segment (2.0) with a second `<source>` or `<target>`: two translations of one text, as a hand
/// edit or a tool's merge leaves them. Read, the first would be taken and the second dropped unseen; the file is
/// refused at the second instead.
@Suite("XLIFF import: a second <source> or <target>")
struct XLIFFImportRepeatTests {
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
        let (document, imported) = try XLIFFEditedExport.importing(version, replacing: first, with: first + second)
        let line = XLIFFImportSyntaxTests.place(of: first, in: document).line
        let expected = message.replacingOccurrences(of: "FIRST", with: "\(line)")
            .replacingOccurrences(of: "SEGMENT", with: "\(line - 2)")
        let printed = XLIFFEditedExport.printed(imported)
        #expect(printed == ["\(place(second, in: document)): [xliff-malformed] \(expected)"])
        #expect(imported.changes.isEmpty)
    }
}
