import Foundation
import PhrasebookTestSupport
import Testing

@testable import PhrasebookKit

/// Inline codes a tool renumbered (`<x id="1"/>` for `<x id="company" equiv-text="{company}"/>`): read by their
/// places in the source.
@Suite("XLIFF import: inline codes a tool renumbered")
struct XLIFFImportRenumberedCodesTests {
    static let fixture = ContentFixture(situations: [
        "s": ContentFixture.situation(
            "s",
            body: """
                <phrase id="s-hello"><zh>{surname}先生您好，这里是{company}，{company}竭诚为您服务。</zh><ko>{surname} 고객님, {company}입니다. {company}가 도와드리겠습니다.</ko><en>Hello, Mr {surname}, this is {company}; {company} is glad to help.</en></phrase>
                <phrase id="s-bye"><zh>再见，{surname}先生。</zh><ko>안녕히 계세요, {surname} 고객님.</ko><en>Bye, Mr {surname}.</en></phrase>
                """)
    ])

    /// Exports English in `version`, numbers the codes of every unit from 1 in each `<source>` and `<target>` (the
    /// name and `equiv` lost), lets `edit` change the document, imports it.
    private func renumbered(_ version: XLIFFVersion, edit: (String) -> String) throws -> XLIFFImport {
        let folder = try Self.fixture.write()
        defer { ContentFixture.remove(folder) }
        let book = try ReviewTests.load(folder)
        var document = try XLIFFExport(book: book, language: "en", version: version).document
        document = document.replacing(try Regex(#"<(source|target)( [^>]*)?>(.*?)</(source|target)>"#)) { match in
            var number = 0
            let body = String(match.output[3].substring ?? "").replacing(try! Regex(#"<(x|ph) [^>]*/>"#)) { code in
                number += 1
                return "<\(code.output[1].substring ?? "x") id=\"\(number)\"/>"
            }
            let (open, attributes) = (match.output[1].substring ?? "", match.output[2].substring ?? "")
            return "<\(open)\(attributes)>\(body)</\(match.output[4].substring ?? "")>"
        }
        return XLIFFImport(book: book, files: [("t.xlf", Array(edit(document).utf8))], markReviewed: false)
    }

    @Test("a renumbered code stands for the placeholder at its place in the source, in the target too, in any order")
    func readByPlace() throws {
        for version in XLIFFVersion.allCases {
            let element = version == .version1 ? "x" : "ph"
            let imported = try renumbered(version) { document in
                document.replacing(try! Regex(#">Hello, Mr [^<]*<[^\n]*?</target>"#)) { _ in
                    ">Hello, <\(element) id=\"2\"/> here, Mr <\(element) id=\"1\"/>: <\(element) id=\"3\"/> is at your "
                        + "service.</target>"
                }.replacingOccurrences(of: ">Bye, Mr ", with: ">Goodbye, Mr ")
            }
            #expect(imported.diagnostics.isEmpty, "\(version): \(imported.diagnostics.map(\.message))")
            #expect(
                imported.changes.compactMap(\.text) == [
                    "Hello, {company} here, Mr {surname}: {company} is at your service.", "Goodbye, Mr {surname}.",
                ], "\(version)")
        }
    }

    @Test("codes that cannot be placed (one lost from the source) are a conflict that says the codes lost their names")
    func notPlaced() throws {
        let imported = try renumbered(.version1) { document in
            document.replacingOccurrences(of: "再见，<x id=\"1\"/>先生。", with: "再见，先生。")
                .replacingOccurrences(of: ">Bye, Mr ", with: ">Goodbye, Mr ")
        }
        let messages = imported.diagnostics.map(\.message)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains("unit 'phrase.s-bye': the source changed since the export") == true)
        #expect(imported.changes.isEmpty)
        let other = try renumbered(.version1) { document in
            document.replacingOccurrences(of: "先生。</source>", with: "先生。<x id=\"2\"/></source>")
                .replacingOccurrences(of: ">Bye, Mr ", with: ">Goodbye, Mr ")
        }
        let said = other.diagnostics.map(\.message).joined()
        #expect(said.contains("its inline codes name no placeholder ({1}, {2})"), "\(said)")
    }
}
