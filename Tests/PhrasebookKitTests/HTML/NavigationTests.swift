import Foundation
import Testing

@testable import PhrasebookKit

@Suite("HTML navigation")
struct NavigationTests {
    @Test("a situation page's contents list only its own chapter, with the page marked current")
    func ownChapterOnly() throws {
        let ids = ["one-a", "one-b", "two-a", "two-b"]
        var situations: [String: String] = [:]
        for id in ids {
            situations[id] = ContentFixture.situation(
                id,
                body: """
                      <phrase id="\(id)-hello"><zh>您好。</zh><ko>안녕하세요.</ko><en>Hello.</en></phrase>
                    """)
        }
        let chapters = ["one", "two"].map { chapter in
            """
                <chapter id="\(chapter)">
                  <title><zh>章\(chapter)</zh><ko>장 \(chapter)</ko><en>Chapter \(chapter)</en></title>
                  <situation ref="\(chapter)-a"/>
                  <situation ref="\(chapter)-b"/>
                </chapter>
            """
        }.joined(separator: "\n")
        let fixture = ContentFixture(
            situations: situations, book: ContentFixture.book(situations: ids, chapters: chapters))
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        let output = TestPaths.scratch() + "/Output"
        _ = try Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: output)
            .build(RenderOptions(formats: [.html]))

        let page = try HTMLDocument(path: output + "/html/situations/two-b.html")
        let nav = try #require(page.elements.first { $0.name == "nav" })
        let chapterLinks = nav.all(class: "chapter-title").compactMap { $0.attributes["href"] }
        #expect(chapterLinks == ["../index.html#chapter-two"])
        let situationLinks = nav.all(class: "nav-situations").flatMap { $0.all("a") }
        #expect(situationLinks.compactMap { $0.attributes["href"] } == ["two-a.html", "two-b.html"])
        #expect(situationLinks.map { $0.attributes["aria-current"] } == [nil, "page"])

        let home = try HTMLDocument(path: output + "/html/index.html")
        let homeLinks = home.elements.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }.filter {
            $0.hasPrefix("situations/")
        }
        #expect(Set(homeLinks) == Set(ids.map { "situations/\($0).html" }))
    }
}
