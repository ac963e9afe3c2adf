import Foundation
import Testing

@testable import PhrasebookKit

@Suite("A title not yet translated")
struct PendingTitleTests {
    @Test("shows the source's words in the source's language, marked pending, never an empty heading")
    func sourceWordsStandIn() throws {
        let fixture = ContentFixture(situations: [
            "quiet": ContentFixture.situation("quiet", body: "").replacingOccurrences(
                of: #"<en>[^<]*</en></title>"#, with: "</title>", options: .regularExpression)
        ])
        let (output, result) = try fixture.built(RenderOptions(formats: [.html]))
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        #expect(result.published)
        let page = try String(contentsOfFile: output + "/html/situations/quiet.html", encoding: .utf8)
        let heading = try #require(page.firstMatch(of: /<h1[^>]*>.*?<\/h1>/).map { String($0.output) })
        #expect(heading.contains(#"<span class="title-part pending" lang="zh-Hans" data-lang="en">"#), "\(heading)")
        #expect(!page.contains(#"data-lang="en"></span>"#), "no empty English title anywhere on the page")
        let style = try String(contentsOfFile: output + "/html/assets/style.css", encoding: .utf8)
        #expect(style.contains(".title-part:not([hidden]) ~ .title-part.pending { display: none; }"))
    }
}
