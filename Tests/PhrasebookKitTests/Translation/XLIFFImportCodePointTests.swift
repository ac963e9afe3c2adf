import Foundation
import Testing

@testable import PhrasebookKit

/// XLIFF 2.0's `<cp hex="…"/>`: a character written as markup (the form 2.0 gives the characters XML cannot carry,
/// which some tools write for others too).
@Suite("XLIFF import: 2.0 <cp> code points")
struct XLIFFImportCodePointTests {
    /// The states fixture's 2.0 export with the target `Thanks.` replaced by `target`, imported.
    private func importing(_ target: String, in folder: String) throws -> (document: String, imported: XLIFFImport) {
        let book = try ReviewTests.load(folder)
        let document = try XLIFFExport(book: book, language: "en", version: .version2).document
            .replacingOccurrences(of: "<target>Thanks.</target>", with: "<target>\(target)</target>")
        return (document, XLIFFImport(book: book, files: [("t.xlf", Array(document.utf8))], markReviewed: false))
    }

    @Test("a <cp> is the character it names: a letter, a Hangul syllable, a tab (folded as white space)")
    func decoded() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let (_, imported) = try importing(#"Th<cp hex="61"/>nks, <cp hex="AC00"/><cp hex="0009"/>."#, in: folder)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))")
        #expect(imported.changes.compactMap(\.text) == ["Thanks, 가 ."])
    }

    @Test(
        "a <cp> naming a control character, a noncharacter or no character is refused at it, naming the value",
        arguments: [
            (
                #"<cp hex="0001"/>"#,
                #"<cp hex="0001"/> is U+0001, a control character, which no text may carry (of the control "#
                    + "characters, only tab, line feed and carriage return): delete it"
            ),
            (
                #"<cp hex="85"/>"#,
                #"<cp hex="85"/> is U+0085, a control character, which no text may carry (of the control "#
                    + "characters, only tab, line feed and carriage return): delete it"
            ),
            (
                #"<cp hex="FDD0"/>"#,
                #"<cp hex="FDD0"/> is U+FDD0, a noncharacter, which no text may carry (HTML forbids it): delete it"#
            ),
            (
                #"<cp hex="1FFFF"/>"#,
                #"<cp hex="1FFFF"/> is U+1FFFF, a noncharacter, which no text may carry (HTML forbids it): delete it"#
            ),
            (
                #"<cp hex="D800"/>"#,
                #"<cp hex="D800"/> names no character: U+D800 is a surrogate, half of a UTF-16 pair"#
            ),
            (
                #"<cp hex="110000"/>"#,
                #"<cp hex="110000"/> names no character: U+110000 is past U+10FFFF, the last code point"#
            ),
            (
                #"<cp hex="U+AC00"/>"#,
                #"<cp hex="U+AC00"/> names no character: hex is a code point in hexadecimal digits, such as "#
                    + #"<cp hex="AC00"/> for 가"#
            ),
        ])
    func refused(cp: String, message: String) throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let (document, imported) = try importing("Thanks\(cp).", in: folder)
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(cp) })
        let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: "<cp")!.lowerBound)
        #expect(
            imported.diagnostics.map { "\($0.location): [\($0.code)] \($0.message)" } == [
                "t.xlf:\(line + 1):\(column + 1): [xliff-malformed] \(message)"
            ])
        #expect(imported.changes.isEmpty)
    }
}
