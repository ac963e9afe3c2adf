@testable import PhrasebookKit

/// Content folders with a `<glossary>` in `phrasebook.xml`, for the glossary's tests.
enum GlossaryFixture {
    typealias F = ContentFixture

    /// The glossary the tests share: 售后 → ko `A/S` (forbidden `애프터서비스`), en `after-sales`; 退换 → en
    /// `return or exchange` (admitted: `returns or exchanges`); 投诉 → ko `불만`; 客户投诉督办令 → ko `민원 처리 지시서`.
    static let terms = """
            <term id="after-sales">
              <zh>售后</zh>
              <ko>A/S</ko>
              <en>after-sales</en>
              <forbidden><ko>애프터서비스</ko></forbidden>
              <note><zh>对客户一律说“A/S”。</zh><ko>고객에게는 항상 A/S라고 합니다.</ko><en>Always A/S in Korean.</en></note>
            </term>
            <term id="return-exchange">
              <zh>退换</zh>
              <en>return or exchange</en>
              <en>returns or exchanges</en>
              <forbidden><ko>교환·환불</ko></forbidden>
            </term>
            <term id="complaint"><zh>投诉</zh><ko>불만</ko><en>complaint</en></term>
            <term id="complaint-order"><zh>客户投诉督办令</zh><ko>민원 처리 지시서</ko><en>complaint order</en></term>
        """

    /// `ContentFixture.book(situations:)` with `<glossary>` holding `terms` after the chapters.
    static func book(situations: [String], terms: String = terms) -> String {
        F.book(situations: situations).replacingOccurrences(
            of: "  </chapters>\n", with: "  </chapters>\n  <glossary>\n\(terms)\n  </glossary>\n")
    }

    /// A fixture with the shared glossary and one situation `s` holding `body`.
    static func situation(_ body: String, terms: String = terms) -> ContentFixture {
        F(situations: ["s": F.situation("s", body: body)], book: book(situations: ["s"], terms: terms))
    }

    /// A fixture with one phrase `p` and `synonyms` (a `<synonyms>` element) after the shared glossary, or after
    /// the chapters in a book without a glossary when `glossary` is false.
    static func synonyms(_ synonyms: String, glossary: Bool = true) -> ContentFixture {
        var text = glossary ? book(situations: ["s"]) : F.book(situations: ["s"])
        let after = glossary ? "  </glossary>\n" : "  </chapters>\n"
        text = text.replacingOccurrences(of: after, with: after + synonyms + "\n")
        let body = F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.")
        return F(situations: ["s": F.situation("s", body: body)], book: text)
    }

    /// A fixture with the shared glossary and one phrase `p`.
    static func phrase(zh: String, ko: String, en: String, attributes: String = "") -> ContentFixture {
        situation(F.phrase("p", zh: zh, ko: ko, en: en, attributes: attributes))
    }
}
