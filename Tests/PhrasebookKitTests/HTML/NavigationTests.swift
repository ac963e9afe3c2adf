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
        let chapterTitles = nav.all(class: "chapter-title").map { $0.all(class: "title-part").last?.text ?? "" }
        #expect(chapterTitles == ["Chapter two"], "the other chapters come from nav-data.js")
        #expect(nav.all("ol").first { $0.classes.contains("chapters") }?.attributes["data-partial"] != nil)
        let situationLinks = nav.all(class: "nav-situations").flatMap { $0.all("a") }
        #expect(situationLinks.compactMap { $0.attributes["href"] } == ["two-a.html", "two-b.html"])
        #expect(situationLinks.map { $0.attributes["aria-current"] } == [nil, "page"])

        // Previous and next follow the book's order across chapters; the breadcrumb leads home through the chapter.
        let pager = try #require(page.elements.first { $0.classes.contains("pager") })
        #expect(pager.all("a").compactMap { $0.attributes["href"] } == ["two-a.html"])
        let first = try HTMLDocument(path: output + "/html/situations/one-b.html")
        let firstPager = try #require(first.elements.first { $0.classes.contains("pager") })
        #expect(firstPager.all("a").compactMap { $0.attributes["rel"] } == ["prev", "next"])
        #expect(firstPager.all("a").compactMap { $0.attributes["href"] } == ["one-a.html", "two-a.html"])
        let crumbs = try #require(page.elements.first { $0.classes.contains("breadcrumb") })
        #expect(
            crumbs.all("a").compactMap { $0.attributes["href"] } == [
                "../index.html", "../index.html#chapter-two", "#two-b",
            ])
        let data = try String(contentsOfFile: output + "/html/assets/nav-data.js", encoding: .utf8)
        #expect(data.contains(#""href":"situations/one-a.html","id":"one-a""#))

        let home = try HTMLDocument(path: output + "/html/index.html")
        let homeLinks = home.elements.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }.filter {
            $0.hasPrefix("situations/")
        }
        #expect(Set(homeLinks) == Set(ids.map { "situations/\($0).html" }))
    }
}
