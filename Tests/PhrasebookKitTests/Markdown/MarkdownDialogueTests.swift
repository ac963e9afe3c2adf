import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Markdown dialogues")
struct MarkdownDialogueTests {
    @Test("every line of a turn inside nested cases is indented to its case's depth")
    func nestedCasesIndentEveryLine() throws {
        let lines = try HTMLSiteFixture.markdownLines(of: "shared")

        // The customer's turn two cases deep: its bullet, then one line per language, all at the same depth.
        let turn = try #require(lines.firstIndex { $0.hasSuffix("- zh: 要等多久？") })
        #expect(lines[turn - 1] == "    - **客户**", "the interface word in the source language")
        #expect(
            Array(lines[turn...(turn + 2)]) == ["      - zh: 要等多久？", "      - ko: 얼마나 기다려요?", "      - en: How long?"])
        // A turn one case deep, and one at the top.
        #expect(lines.contains("    - en: I'd like to pay."))
        #expect(lines.contains("  - en: Hi."))
        // A case's condition in every language, the source first, on its case's line.
        #expect(lines.contains("  - *情况 1:* 排队的人多 · 대기 인원이 많은 경우 · A long queue"))
        #expect(lines.contains("## 对话示例: 示例 · 예시 · Example"), "the dialogue's title in every language")
    }
}

extension HTMLSiteFixture {
    /// The lines of situation `id`'s Markdown page, the fixture's book built into Markdown alone.
    static func markdownLines(of id: String) throws -> [String] {
        let folder = try content.write()
        defer { ContentFixture.remove(folder) }
        let output = TestPaths.scratch() + "/Output"
        _ = try Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: output)
            .build(RenderOptions(formats: [.markdown]))
        let page = try String(contentsOfFile: output + "/markdown/situations/\(id).md", encoding: .utf8)
        return page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
