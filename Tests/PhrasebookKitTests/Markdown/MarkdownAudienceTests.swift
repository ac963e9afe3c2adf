import Foundation
import Testing

@testable import PhrasebookKit

/// A wiki reader sees who a situation and a phrase are for, as the site shows it: the situation's roles and channels
/// under its title, and a phrase narrowed to some of them marked "only for" those roles, each in every language.
@Suite("Markdown: who a situation and a phrase are for")
struct MarkdownAudienceTests {
    @Test("a situation's roles and channels follow its title; a narrowed phrase says whom it is only for")
    func rolesChannelsAndMarks() throws {
        let lines = try HTMLSiteFixture.markdownLines(of: "shared")
        let shared = lines.joined(separator: "\n")
        let roles = try #require(lines.firstIndex { $0.hasPrefix("**岗位") }, "\(shared)")
        #expect(
            lines[roles].hasSuffix("** 客服代表 / 상담원 / Hotline agent · 营业员 / 창구 직원 / Counter clerk"), "\(lines[roles])")
        #expect(lines[roles + 1] == "" && lines[roles + 2].hasPrefix("**渠道") && lines[roles + 3] == "")
        let counter = try #require(lines.firstIndex { $0 == "<a id=\"shared-counter\"></a>" })
        #expect(lines[counter + 1].hasSuffix(" **仅限：** 营业员 / 창구 직원 / Counter clerk"), "\(lines[counter + 1])")
        let any = try #require(lines.firstIndex { $0 == "<a id=\"shared-any\"></a>" })
        #expect(!lines[any + 1].contains("仅限"), "a phrase for everyone its situation is for has no mark")
    }
}
