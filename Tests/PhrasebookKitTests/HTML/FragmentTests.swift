import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Fragments: phrases and situations rendered by their own templates")
struct FragmentTests {
    /// The `<li class="phrase…" id="id">…</li>` element of `id` in `html`.
    private func phraseElement(_ id: String, in html: String) -> Substring? {
        guard let idRange = html.range(of: #"" id="\#(id)" "#),
            let start = html[..<idRange.lowerBound].range(of: "<li class=\"phrase", options: .backwards),
            let end = html[idRange.upperBound...].range(of: "\n</li>")
        else { return nil }
        return html[start.lowerBound..<end.upperBound]
    }

    @Test("a phrase reads the same, byte for byte, on its situation's page and in each role's handbook")
    func phraseReusedAcrossPages() throws {
        let site = try HTMLSiteFixture()
        let onPage = try #require(phraseElement("shared-any", in: try site.raw("situations/shared.html")))
        for role in ["hotline-agent", "counter-clerk"] {
            let inHandbook = try #require(phraseElement("shared-any", in: try site.raw("roles/\(role).html")))
            #expect(inHandbook == onPage)
        }
        #expect(onPage.contains("欢迎光临。"))
    }

    @Test("steps keep their own number in a role's handbook when the role cannot see an earlier step")
    func stepNumbersPerView() throws {
        let fixture = ContentFixture(situations: [
            "steps": ContentFixture.situation(
                "steps",
                body: """
                      <steps>
                        <phrase id="steps-one" roles="counter-clerk"><zh>第一步。</zh><ko>첫 단계입니다.</ko><en>Step one.</en></phrase>
                        <phrase id="steps-two"><zh>第二步。</zh><ko>두 번째 단계입니다.</ko><en>Step two.</en></phrase>
                      </steps>
                    """)
        ])
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        let output = TestPaths.scratch() + "/Output"
        _ = try Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: output)
            .build(RenderOptions(formats: [.html, .markdown]))
        let page = try String(contentsOfFile: output + "/html/situations/steps.html", encoding: .utf8)
        let hotline = try String(contentsOfFile: output + "/html/roles/hotline-agent.html", encoding: .utf8)
        #expect(try #require(phraseElement("steps-two", in: page)).contains("Step</span></span> 2"))
        #expect(try #require(phraseElement("steps-two", in: hotline)).contains("Step</span></span> 1"))
        let markdown = try String(contentsOfFile: output + "/markdown/roles/hotline-agent.md", encoding: .utf8)
        #expect(markdown.contains("<a id=\"steps-two\"></a>\n**1.**"))
    }

    @Test("a fragment sees the book-wide keys; a page's own key in a fragment is an error and nothing is written")
    func fragmentKeys() throws {
        let output = TestPaths.scratch() + "/Output"
        let templates = try TestPaths.copyOfTemplates()
        let phrase = templates + "/html/phrase.mustache"
        let original = try String(contentsOfFile: phrase, encoding: .utf8)
        let pipeline = Pipeline(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: output)

        try TestPaths.write(
            original.replacingOccurrences(of: "<li ", with: #"<li data-book-lang="{{lang}}" "#), to: phrase)
        _ = try pipeline.build(RenderOptions(formats: [.html]))
        let before = TestPaths.snapshot(output)
        let page = try #require(before.keys.first { $0.hasPrefix("html/situations/") })
        #expect(String(decoding: before[page] ?? Data(), as: UTF8.self).contains(#"data-book-lang="zh-Hans""#))

        // `searchRole` and `titleTag` differ between a situation page and a role's handbook, so a phrase, which
        // both show, cannot use them (`situation-body` may use `titleTag`: it is rendered for each page).
        for name in ["searchRole", "titleTag"] {
            try TestPaths.write(original + "{{\(name)}}", to: phrase)
            #expect {
                try pipeline.build(RenderOptions(formats: [.html]))
            } throws: { error in
                guard case PhrasebookError.brokenTemplate(let path, _, _, let reason) = error else { return false }
                return path.hasSuffix("html/phrase.mustache") && reason.contains(name)
            }
            #expect(TestPaths.snapshot(output) == before)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output).filter {
            $0.hasPrefix(".phrasebook-staging") || $0.hasPrefix(".phrasebook-journal")
        }
        #expect(leftovers.isEmpty)
    }
}
