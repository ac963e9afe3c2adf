import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Role marks on book-wide pages")
struct RoleMarkTests {
    @Test("a phrase narrowed below its situation's roles names them; one for the situation's roles does not")
    func narrowedPhrasesAreMarked() throws {
        let site = try HTMLSiteFixture()
        let page = try site.page("situations/shared.html")
        let counter = try #require(page.element(id: "shared-counter"))
        #expect(counter.attributes["data-roles"] == "counter-clerk")
        let marks = counter.all(class: "role-mark")
        #expect(marks.count == 1)
        #expect(marks.first?.all(class: "title-part").map(\.text) == ["营业员", "창구 직원", "Counter clerk"])
        let any = try #require(page.element(id: "shared-any"))
        #expect(any.all(class: "role-marks").isEmpty)
        #expect(any.attributes["data-roles"] == "", "a phrase for everyone has no roles to dim it by")
        let article = try #require(page.element(id: "shared"))
        #expect(article.attributes["data-roles"] == "")

        // phone-only is the hotline agent's situation: its phrases inherit that and need no mark of their own.
        let phone = try site.page("situations/phone-only.html")
        let hello = try #require(phone.element(id: "phone-hello"))
        #expect(hello.all(class: "role-marks").isEmpty)
        #expect(hello.attributes["data-roles"] == "hotline-agent")
    }

    @Test("the pocket-card badge names the roles whose cards carry the phrase")
    func cardBadgeNamesRoles() throws {
        let site = try HTMLSiteFixture()
        let hello = try #require(try site.page("situations/phone-only.html").element(id: "phone-hello"))
        let badge = try #require(hello.all(class: "badge").first)
        let roles = badge.all(class: "badge-role")
        #expect(roles.count == 1)
        #expect(roles.first?.all(class: "title-part").last?.text == "Hotline agent")
    }

    @Test("a contents entry says how many phrases each role sees, for the roles that see fewer than all")
    func contentsCountsPerRole() throws {
        let site = try HTMLSiteFixture()
        let entries = try site.page("index.html").elements.filter { $0.attributes["data-role-counts"] != nil }
        func entry(_ href: String) -> HTMLDocument.Element? {
            entries.first { $0.all("a").first?.attributes["href"] == href }
        }
        // shared is for everyone; its counter phrase is the counter clerk's alone: the hotline agent sees one.
        let shared = try #require(entry("situations/shared.html"))
        #expect(shared.attributes["data-role-counts"] == "hotline-agent=1")
        #expect(shared.all(class: "count-number").first?.text == "2")
        // A count that may read 1 carries both words, the one for 2 shown: "2 phrases", and "1 phrase" for roles.js.
        let many = try #require(shared.all(class: "count-many").first)
        let one = try #require(shared.all(class: "count-one").first)
        #expect(many.attributes["hidden"] == nil && one.attributes["hidden"] != nil)
        #expect(many.all("span").last?.text == "phrases" && one.all("span").last?.text == "phrase")
        // Every phrase of phone-only is the hotline agent's, its one role: nobody sees fewer.
        let phone = try #require(entry("situations/phone-only.html"))
        #expect(phone.attributes["data-role-counts"] == "")
        #expect(phone.all(class: "count-one").isEmpty, "no count of it reads 1: one word")
    }
}
