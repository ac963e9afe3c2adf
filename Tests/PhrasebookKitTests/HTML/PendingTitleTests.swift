import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Words shown for a language that lacks them: a title not yet translated, an interface word")
struct PendingTitleTests {
    @Test("shows the source's words in the source's language, marked pending, never an empty heading")
    func sourceWordsStandIn() throws {
        let fixture = ContentFixture(
            situations: [
                "quiet": ContentFixture.situation("quiet", body: "").replacingOccurrences(
                    of: #"<en>[^<]*</en></title>"#, with: "</title>", options: .regularExpression)
            ],
            book: ContentFixture.book(situations: ["quiet"]).replacingOccurrences(
                of: "<en>Hotline agent</en>", with: ""))
        let (output, result) = try fixture.built(RenderOptions(formats: [.html]))
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        #expect(result.published)
        let page = try String(contentsOfFile: output + "/html/situations/quiet.html", encoding: .utf8)
        let heading = try #require(page.firstMatch(of: /<h1[^>]*>.*?<\/h1>/).map { String($0.output) })
        #expect(heading.contains(#"<span class="title-part pending" lang="zh-Hans" data-lang="en">"#), "\(heading)")
        #expect(!page.contains(#"data-lang="en"></span>"#), "no empty English title anywhere on the page")
        #expect(
            page.contains(
                #"<option value="hotline-agent" data-label-zh="客服代表" data-label-ko="상담원" data-label-en="客服代表">"#),
            "the role menu, which cannot hold a span per language, names the role in the source's words too")
        let style = try String(contentsOfFile: output + "/html/assets/style.css", encoding: .utf8)
        #expect(style.contains(".title-part:not([hidden]) ~ .title-part.pending { display: none !important; }"))
    }

    @Test("an interface word a language lacks is the source's, marked in the source's language, not the other's")
    func interfaceWordsInTheirLanguage() throws {
        let fixture = ContentFixture(
            situations: ["quiet": ContentFixture.situation("quiet", body: "")],
            book: ContentFixture.book(situations: ["quiet"]).replacingOccurrences(
                of: #"<language code="en" tag="en" name="English"/>"#,
                with: #"<language code="en" tag="en" name="English"/><language code="ja" tag="ja" name="日本語"/>"#))
        let (output, _) = try fixture.built(RenderOptions(formats: [.html]))
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        let page = try String(contentsOfFile: output + "/html/situations/quiet.html", encoding: .utf8)
        let japanese = page.matches(of: /<span lang="([^"]+)" data-lang="ja">/).map { String($0.output.1) }
        #expect(!japanese.isEmpty)
        #expect(!japanese.contains("ja"), "nothing on the page is Japanese: \(Set(japanese))")
        #expect(Set(japanese) == ["zh-Hans"], "the source's words stand in")
        #expect(page.contains(#"<span lang="en" data-lang="en">"#), "English keeps its own words")
    }
}
