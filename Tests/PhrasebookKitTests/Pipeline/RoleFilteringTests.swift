import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Role handbooks")
struct RoleFilteringTests {
    private func render(_ options: RenderOptions = RenderOptions()) throws -> [String: String] {
        let book = try #require(try ContentLoader(folder: TestPaths.fixture("minimal")).load().book)
        let pipeline = Pipeline(contentFolder: "", templatesFolder: TestPaths.templates, outputFolder: "")
        return Dictionary(uniqueKeysWithValues: try pipeline.render(book, options).map { ($0.path, $0.contents) })
    }

    @Test("a role's pages, navigation and cards hold only that role's situations and phrases")
    func onlyTheRolesContent() throws {
        let files = try render()
        for path in [
            "html/roles/counter-clerk.html", "markdown/roles/counter-clerk.md", "text/roles/counter-clerk.txt",
            "text/cards/counter-clerk.txt",
        ] {
            // The taboo list at a handbook's end is every role's; its phrases to say instead are checked below.
            let page = try #require(files[path], "missing \(path)").components(
                separatedBy: "<section class=\"chapter taboo-chapter\"")[0]
            #expect(page.contains("欢迎光临"), "\(path) lacks its own phrase")
            #expect(!page.contains("无声电话"), "\(path) shows another role's situation")
            #expect(!page.contains("silent-call"), "\(path) links another role's situation")
        }
        let hotline = try #require(files["html/roles/hotline-agent.html"])
        #expect(hotline.contains("id=\"silent-call-hang-up\""))
        #expect(!hotline.contains("counter-welcome"))
    }

    @Test("a role's printed handbook ends with the taboo list; a phrase to say instead links into it when it shows it")
    func taboosInTheHandbook() throws {
        let files = try render()
        for (role, href) in [
            ("hotline-agent", "#silent-call-hang-up"),
            ("counter-clerk", "../situations/silent-call.html#silent-call-hang-up"),
        ] {
            let page = try #require(files["html/roles/\(role).html"])
            let list = try #require(
                page.components(separatedBy: "<section class=\"chapter taboo-chapter\" id=\"taboos\"").dropFirst()
                    .first, "\(role)")
            #expect(list.contains("<li class=\"taboo\" id=\"taboo-my-attitude\">"), "\(role)")
            #expect(list.contains("<p class=\"instead-link\"><a href=\"\(href)\">"), "\(role): \(list)")
            #expect(page.contains("<a href=\"#taboos\">") && page.contains("data-target=\"taboos\""), "in the contents")
        }
    }

    @Test("the whole book's pages show every situation")
    func wholeBook() throws {
        let index = try #require(try render()["html/index.html"])
        #expect(index.contains("situations/silent-call.html"))
        #expect(index.contains("situations/counter-welcome.html"))
    }

    @Test("variables are filled per language and slots become labelled blanks")
    func placeholders() throws {
        let files = try render()
        let page = try #require(files["html/situations/silent-call.html"])
        #expect(page.contains("测试公司"))
        #expect(page.contains("Test Company"))
        #expect(!page.contains("{company}"))
        #expect(page.contains("class=\"slot\""))
        #expect(page.contains(">姓</span>"))
        let text = try #require(files["text/handbook.txt"])
        #expect(text.contains("〔姓〕先生"))
        #expect(text.contains("Mr [surname]"))
    }
}
