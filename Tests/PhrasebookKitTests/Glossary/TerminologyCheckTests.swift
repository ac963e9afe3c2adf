import Foundation
import Testing

@testable import PhrasebookKit

private typealias G = GlossaryFixture

@Suite("Glossary: the terminology check")
struct TerminologyCheckTests {
    @Test("A rendering without the approved form is a warning at the rendering, naming the term and what was expected")
    func missingApproved() throws {
        let found = try G.phrase(
            zh: "售后服务中心会联系您。", ko: "서비스센터에서 연락드리겠습니다.", en: "The after-sales centre will call you."
        )
        .check().with("terminology")
        #expect(found.count == 1)
        let warning = try #require(found.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("售后"))
        #expect(warning.message.contains("'after-sales'"))
        #expect(warning.message.contains("'A/S'"))
        #expect(warning.message.contains("the ko text of 'p'"))
        #expect(warning.location.file.hasSuffix("situations/s.xml"))
        #expect(warning.location.line == 4)
        let phraseLine = ContentFixture.phrase("p", zh: "售后服务中心会联系您。", ko: "서비스센터에서 연락드리겠습니다.", en: "x")
        let column = try #require(phraseLine.range(of: "<ko>")).lowerBound
        #expect(warning.location.column == phraseLine.unicodeScalars[..<column].count + 1)
    }

    @Test("A forbidden variant is a warning naming the variant, the term and the approved form")
    func forbiddenVariant() throws {
        let found = try G.phrase(
            zh: "售后服务中心会联系您。", ko: "A/S 센터, 곧 애프터서비스 센터에서 연락드리겠습니다.", en: "After-sales will call you."
        ).check().with("terminology")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("uses '애프터서비스'") == true)
        #expect(found.first?.message.contains("售后 (term 'after-sales')") == true)
        #expect(found.first?.message.contains("write 'A/S'") == true)
    }

    @Test("Missing and forbidden at once give two warnings; a language without forms checks only forbidden variants")
    func both() throws {
        let found = try G.phrase(
            zh: "退换货请到售后。", ko: "교환·환불은 애프터서비스 창구에서 합니다.", en: "Returns or exchanges: after-sales desk."
        ).check().with("terminology")
        #expect(found.count == 3)
        #expect(found.contains { $0.message.contains("lacks 'A/S'") })
        #expect(found.contains { $0.message.contains("uses '애프터서비스'") })
        #expect(found.contains { $0.message.contains("uses '교환·환불'") && $0.message.contains("reword it") })
    }

    @Test("Admitted forms count, letter case does not, and placeholders take no part")
    func accepted() throws {
        let fine = try G.phrase(
            zh: "{company}售后负责退换。", ko: "{company} A/S에서 교환·반품을 맡습니다.",
            en: "{company} After-Sales handles Returns or Exchanges."
        ).check().with("terminology")
        #expect(fine.isEmpty)
        // The variable's value (XX公司) is not the text's: a term inside a placeholder name or value does not count.
        let placeholder = try G.phrase(zh: "{company}您好。", ko: "{company}입니다.", en: "{company} here.").check()
        #expect(placeholder.with("terminology").isEmpty)
    }

    @Test("Inside a longer term's source form, the shorter term yields")
    func longestMatch() throws {
        let order = try G.phrase(
            zh: "我们已收到客户投诉督办令。", ko: "민원 처리 지시서를 받았습니다.", en: "We have received the complaint order."
        ).check().with("terminology")
        #expect(order.isEmpty)
        let both = try G.phrase(
            zh: "您的投诉已转为客户投诉督办令。", ko: "민원 처리 지시서로 넘겼습니다.", en: "Your complaint is now a complaint order."
        ).check().with("terminology")
        #expect(both.count == 1)
        #expect(both.first?.message.contains("'불만'") == true)
    }

    @Test("Customer lines are not checked; check-ignore silences; other texts (guidelines, avoids) are checked")
    func scope() throws {
        let body = """
              <guideline><zh>售后问题先登记。</zh><ko>애프터서비스 문제는 먼저 접수합니다.</ko><en>Log after-sales issues first.</en></guideline>
            \(ContentFixture.phrase("p", zh: "售后请拨热线。", ko: "서비스 문의는 전화 주세요.", en: "Call us for after-sales.", attributes: "check-ignore=\"terminology\""))
              <dialogue id="d"><turn speaker="customer"><zh>售后在哪？</zh><ko>애프터서비스 어디예요?</ko><en>Where is service?</en></turn></dialogue>
            """
        let found = try G.situation(body).check().with("terminology")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.message.contains("a guideline of 's'") })
    }

    @Test("A term without a source-language form is reported at the term, unless the term silences it")
    func noSourceForm() throws {
        let found = try G.situation("", terms: "<term id=\"orphan\"><ko>A/S</ko></term>").check().with("terminology")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("term 'orphan' has no zh form") == true)
        #expect(found.first?.location.file.hasSuffix("phrasebook.xml") == true)
        let silenced = G.situation("", terms: "<term id=\"orphan\" check-ignore=\"terminology\"><ko>A/S</ko></term>")
        #expect(try silenced.check().with("terminology").isEmpty)
    }
}
