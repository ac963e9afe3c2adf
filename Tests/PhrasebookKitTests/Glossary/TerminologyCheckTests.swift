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

    @Test("A forbidden variant inside another found term's approved form is no use of it (민원 in 민원 처리 지시서)")
    func variantInsideAnotherTerm() throws {
        let terms = GlossaryFixture.terms.replacingOccurrences(
            of: "<ko>불만</ko><en>complaint</en></term>",
            with: "<ko>불만</ko><en>complaint</en><forbidden><ko>민원</ko></forbidden></term>")
        let both = G.situation(
            ContentFixture.phrase(
                "p", zh: "您的投诉已生成客户投诉督办令。", ko: "고객님의 불만은 민원 처리 지시서로 접수되었습니다.",
                en: "Your complaint is now a complaint order."), terms: terms)
        #expect(try both.check().with("terminology").map(\.message) == [])
        let alone = G.situation(
            ContentFixture.phrase(
                "p", zh: "您的投诉已生成客户投诉督办令。", ko: "고객님의 민원은 민원 처리 지시서로 접수되었습니다.",
                en: "Your complaint is now a complaint order."), terms: terms)
        let found = try alone.check().with("terminology").map(\.message)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("uses '민원'") })
    }

    @Test("An English form is a word: not inside a longer one, but with an ending or a Korean particle after it")
    func englishWords() throws {
        let terms =
            GlossaryFixture.terms + """
                <term id="engineer"><zh>工程师</zh><en>engineer</en><forbidden><en>service hall</en></forbidden></term>
                """
        func messages(_ en: String) throws -> [String] {
            try G.situation(
                ContentFixture.phrase("p", zh: "工程师会联系您。", ko: "엔지니어가 연락드리겠습니다.", en: en), terms: terms
            ).check().with("terminology").map(\.message)
        }
        #expect(try messages("Our repair team will contact you.").contains { $0.contains("lacks 'engineer'") })
        #expect(try messages("Our 2engineer team will contact you.").contains { $0.contains("lacks 'engineer'") })
        #expect(try messages("Our engineers will contact you.") == [])
        #expect(try messages("Our engineer's team will contact you.") == [])
        #expect(try messages("An engineer will meet you in the service hallway.") == [])
        #expect(
            try messages("An engineer will meet you in the service halls.").contains { $0.contains("'service hall'") })
    }

    @Test("Texts are compared as written alike: a no-break space, decomposed Hangul, full-width letters and slash")
    func writtenAlike() throws {
        let decomposed = "A/S 센터, 곧 애프터서비스 센터입니다.".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > "A/S 센터, 곧 애프터서비스 센터입니다.".unicodeScalars.count)
        let nfd = try G.phrase(zh: "售后服务中心。", ko: decomposed, en: "After-sales centre.").check().with("terminology")
        #expect(nfd.map(\.message).contains { $0.contains("uses '애프터서비스'") } && nfd.count == 1, "\(nfd)")
        let terms =
            GlossaryFixture.terms + """
                <term id="sir-madam"><zh>先生/女士</zh><en>Mr or Ms</en><forbidden><ko>수리 기사</ko><en>MANDARIN</en></forbidden></term>
                """
        let found = try G.situation(
            ContentFixture.phrase(
                "p", zh: "{surname}先生／女士，请稍等。", ko: "{surname} 고객님, 수리\u{A0}기사가 갑니다.",
                en: "Mr or Ms {surname}, our ＭＡＮＤＡＲＩＮ desk."), terms: terms
        ).check().with("terminology").map(\.message)
        #expect(found.contains { $0.contains("uses '수리 기사'") }, "\(found)")
        #expect(found.contains { $0.contains("uses 'MANDARIN'") }, "\(found)")
    }
}
