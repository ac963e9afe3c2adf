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
}
