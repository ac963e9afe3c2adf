import Foundation
import Testing

@testable import PhrasebookKit

/// An export of the English renderings of the states fixture (``XLIFFExportTests/states()``) edited by hand, as a
/// translator or their tool leaves it, and imported.
enum XLIFFEditedExport {
    /// The `version` export with `old` (which it must hold) replaced by `new`, and its import as `t.xlf`.
    static func importing(_ version: XLIFFVersion, replacing old: String, with new: String) throws -> (
        document: String, imported: XLIFFImport
    ) {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let book = try ReviewTests.load(folder)
        let exported = try XLIFFExport(book: book, language: "en", version: version).document
        #expect(exported.contains(old))
        let document = exported.replacingOccurrences(of: old, with: new)
        return (document, XLIFFImport(book: book, files: [("t.xlf", Array(document.utf8))], markReviewed: false))
    }

    /// The import's diagnostics as printed: `file:line:column: [code] message`.
    static func printed(_ imported: XLIFFImport) -> [String] {
        imported.diagnostics.map { "\($0.location): [\($0.code)] \($0.message)" }
    }
}
