import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Stale renderings on the site")
struct StaleRenderingTests {
    /// A phrase whose Korean was reviewed against another source text (its Chinese changed since), with English
    /// reviewed against this one, and a note whose Korean is stale too; built into HTML.
    private func built(_ formats: [OutputFormat] = [.html]) throws -> (output: String, page: HTMLDocument?) {
        let current = SourceHash.of("您好，欢迎光临。")
        let note = SourceHash.of("微笑。")
        let fixture = ContentFixture(situations: [
            "s": ContentFixture.situation(
                "s",
                body: """
                      <phrase id="s-hello">
                        <zh>您好，欢迎光临。</zh>
                        <ko source-hash="00000000">안녕하세요, 날씨가 좋네요.</ko>
                        <en source-hash="\(current)">Hello and welcome.</en>
                        <note><zh>微笑。</zh><ko source-hash="11111111">인사합니다.</ko><en source-hash="\(note)">Smile.</en></note>
                      </phrase>
                    """)
        ])
        let (output, result) = try fixture.built(RenderOptions(formats: formats))
        #expect(result.published, "\(result.diagnostics.filter { $0.severity == .error })")
        return (output, formats.contains(.html) ? try HTMLDocument(path: output + "/html/situations/s.html") : nil)
    }

    @Test("A stale rendering is shown with a note to review it again; one reviewed against this source is not")
    func marked() throws {
        let (output, built) = try built()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let page = try #require(built)
        let phrase = try #require(page.element(id: "s-hello"))
        let renderings = phrase.all("div", class: "rendering")
        let korean = try #require(renderings.first { $0.attributes["lang"] == "ko" })
        #expect(korean.classes.contains("stale"))
        #expect(korean.all("p", class: "words").first?.text.contains("안녕하세요, 날씨가 좋네요.") == true)
        #expect(korean.all("p", class: "stale-note").first?.text.contains("原文已修改") == true)
        for other in renderings where other.attributes["lang"] != "ko" {
            #expect(!other.classes.contains("stale") && other.all(class: "stale-note").isEmpty, "\(other.attributes)")
        }
        let notes = phrase.all("p", class: "text").filter { $0.classes.contains("stale") }
        #expect(notes.map { $0.attributes["lang"] } == ["ko"], "the note's Korean is stale too")
    }

    @Test("The Markdown pages and the text handbook follow a stale rendering with the same words")
    func markedInMarkdownAndText() throws {
        let (output, _) = try built([.markdown, .text])
        defer { try? FileManager.default.removeItem(atPath: output) }
        let markdown = try String(contentsOfFile: output + "/markdown/situations/s.md", encoding: .utf8)
        #expect(markdown.contains("- ko: 안녕하세요, 날씨가 좋네요. *(原文已修改，此译文待重新审校)*"), "\(markdown)")
        #expect(!markdown.contains("Hello and welcome. *("), "the English was reviewed against this source")
        #expect(markdown.contains("인사합니다. *(原文已修改"), "the note's Korean is stale too")
        let text = try String(contentsOfFile: output + "/text/handbook.txt", encoding: .utf8)
        #expect(text.contains("안녕하세요, 날씨가 좋네요. （原文已修改，此译文待重新审校）"), "\(text)")
        #expect(text.contains("인사합니다. （原文已修改"), "the note's Korean is stale too")
        #expect(!text.contains("Hello and welcome. （"))
    }
}
