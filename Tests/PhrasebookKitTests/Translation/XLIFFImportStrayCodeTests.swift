import Foundation
import Testing

@testable import PhrasebookKit

/// An inline code in a target that stands for no placeholder (`<ph id="1">&lt;br/&gt;</ph>`, markup of another
/// format a tool put in, or a numbered code the source does not have) is refused, naming the code as written in
/// the file, where it is and what it holds, and the source's placeholders: not as placeholders that differ.
@Suite("XLIFF import: an inline code that stands for no placeholder")
struct XLIFFImportStrayCodeTests {
    @Test(
        "a target's inline code the source does not have is named as written, with its line and column",
        arguments: [
            (
                XLIFFVersion.version1, "<target state=\"translated\">Thanks.</target>",
                "<target state=\"translated\">Thanks.<ph id=\"1\">&lt;br/&gt;</ph></target>", "<ph id=\"1\">",
                "<ph id=\"1\"> (holding \"<br/>\", "
            ),
            (.version2, "<target>Thanks.</target>", "<target>Thanks.<ph id=\"9\"/></target>", "<ph id=\"9\"/>", ""),
        ])
    func refused(version: XLIFFVersion, old: String, new: String, code: String, written: String) throws {
        let (document, imported) = try XLIFFEditedExport.importing(version, replacing: old, with: new)
        let target = XLIFFImportSyntaxTests.place(of: new, in: document)
        let at = XLIFFImportSyntaxTests.place(of: code, in: document)
        let shown = written.isEmpty ? "\(code) (" : written
        #expect(
            XLIFFEditedExport.printed(imported) == [
                "t.xlf:\(target.line):\(target.column): [xliff-placeholders] unit 'phrase.s-unreviewed': the target "
                    + "has an inline code the source does not have, \(shown)line \(at.line), column \(at.column)), "
                    + "which stands for no placeholder (the source's placeholders: none): delete it; a phrase holds "
                    + "text and the source's placeholders only"
            ])
        #expect(imported.changes.isEmpty)
    }
}
