import Foundation
import Testing

@testable import PhrasebookKit

/// A `state` the standard does not have (`done`), or one in another case (`Final`), would be read as no state:
/// a reviewer's approval quietly lost, a made-up state taken as a plain change. It is refused at the attribute,
/// naming the value and the standard's; a 1.2 user-defined state (`x-…`), which the standard allows, is read as
/// no state.
@Suite("XLIFF import: a state that is not the standard's")
struct XLIFFImportStateTests {
    static let states12 =
        "final, needs-adaptation, needs-l10n, needs-review-adaptation, needs-review-l10n, needs-review-translation, "
        + "needs-translation, new, signed-off, translated"
    static let own12 = "or a state of your own starting with \"x-\", read as no state"
    static let own20 = "a state of your own going in subState=\"prefix:value\" beside one of them"

    @Test(
        "a state not the standard's, or in another case, is refused at the attribute, naming the allowed ones",
        arguments: [
            (
                XLIFFVersion.version1, "<target state=\"translated\">Thanks.</target>",
                "<target state=\"done\">Thank you.</target>", "state=\"done\"",
                "unit 'phrase.s-unreviewed': state=\"done\" is not an XLIFF 1.2 state: write one of \(states12); "
                    + own12
            ),
            (
                .version1, "<target state=\"translated\">Thanks.</target>",
                "<target state=\"Final\">Thanks.</target>", "state=\"Final\"",
                "unit 'phrase.s-unreviewed': state=\"Final\" is not an XLIFF 1.2 state; did you mean 'final'? (the "
                    + "states: \(states12); \(own12))"
            ),
            (
                .version2, "<segment state=\"translated\">\n        <source>谢谢。</source>",
                "<segment state=\"done\">\n        <source>谢谢。</source>", "state=\"done\"",
                "unit 'phrase.s-unreviewed': state=\"done\" is not an XLIFF 2.0 state: write one of initial, "
                    + "translated, reviewed, final; \(own20)"
            ),
            (
                .version2, "<segment state=\"translated\">\n        <source>谢谢。</source>",
                "<segment state=\"Reviewed\">\n        <source>谢谢。</source>", "state=\"Reviewed\"",
                "unit 'phrase.s-unreviewed': state=\"Reviewed\" is not an XLIFF 2.0 state; did you mean 'reviewed'? "
                    + "(the states: initial, translated, reviewed, final; \(own20))"
            ),
        ])
    func refused(version: XLIFFVersion, old: String, new: String, attribute: String, message: String) throws {
        let (document, imported) = try XLIFFEditedExport.importing(version, replacing: old, with: new)
        let (line, column) = XLIFFImportSyntaxTests.place(of: attribute, in: document)
        #expect(
            XLIFFEditedExport.printed(imported) == [
                "t.xlf:\(line):\(column): [xliff-malformed] \(message)"
            ])
        #expect(imported.changes.isEmpty)
    }

    @Test("1.2: a user-defined state (x-…) is read as no state: new words imported, not marked reviewed")
    func userDefined() throws {
        let (_, imported) = try XLIFFEditedExport.importing(
            .version1, replacing: "<target state=\"translated\">Thanks.</target>",
            with: "<target state=\"x-vendor-checked\">Thank you.</target>")
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message))")
        #expect(imported.changes.map(\.text) == ["Thank you."])
        #expect(imported.changes.map(\.markReviewed) == [false])
    }
}
