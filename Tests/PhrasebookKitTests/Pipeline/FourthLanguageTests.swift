import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Languages are data")
struct FourthLanguageTests {
    @Test("a fourth language declared in phrasebook.xml is checked and rendered with no code change")
    func japanese() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let bookFile = content + "/phrasebook.xml"
        let book = try String(contentsOfFile: bookFile, encoding: .utf8).replacingOccurrences(
            of: "<language code=\"en\" tag=\"en\" name=\"English\"/>",
            with:
                "<language code=\"en\" tag=\"en\" name=\"English\"/>\n    <language code=\"ja\" tag=\"ja\" name=\"日本語\"/>"
        )
        try TestPaths.write(book, to: bookFile)
        let file = content + "/situations/counter-welcome.xml"
        let situation = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(
            of: "<en>Hello and welcome. Please have a seat.</en>",
            with: "<en>Hello and welcome. Please have a seat.</en>\n    <ja>いらっしゃいませ。{surname}様、どうぞおかけください。</ja>")
        try TestPaths.write(situation, to: file)

        let output = TestPaths.scratch() + "/Output"
        let result = try Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
            .build(RenderOptions())
        #expect(
            result.diagnostics.contains { $0.code == "placeholder-mismatch" && $0.message.contains("ja rendering") })

        try TestPaths.write(situation.replacingOccurrences(of: "{surname}様、", with: ""), to: file)
        let fixed = try Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
            .build(RenderOptions())
        #expect(fixed.published)
        let page = try String(contentsOfFile: output + "/html/situations/counter-welcome.html", encoding: .utf8)
        #expect(page.contains("lang=\"ja\""))
        #expect(page.contains("いらっしゃいませ。どうぞおかけください。"))
        let text = try String(contentsOfFile: output + "/text/handbook.txt", encoding: .utf8)
        #expect(text.contains("ja いらっしゃいませ"))
    }
}
