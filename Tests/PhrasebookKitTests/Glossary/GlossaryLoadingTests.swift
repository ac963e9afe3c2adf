import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Glossary: loading")
struct GlossaryLoadingTests {
    @Test("Terms load with their forms, forbidden variants, note and exact locations")
    func termsLoad() throws {
        let book = try #require(
            try GlossaryFixture.phrase(zh: "您好。", ko: "안녕하세요.", en: "Hello.").withFolder { folder in
                try ContentLoader(folder: folder).load().book
            })
        #expect(book.glossary.map(\.id) == ["after-sales", "return-exchange", "complaint", "complaint-order"])
        let afterSales = book.glossary[0]
        #expect(afterSales.forms("zh") == ["售后"])
        #expect(afterSales.forms("ko") == ["A/S"])
        #expect(afterSales.forbidden("ko") == ["애프터서비스"])
        #expect(afterSales.forbidden("en") == [])
        #expect(afterSales.note?.text("en") == "Always A/S in Korean.")
        #expect(book.glossary[1].forms("en") == ["return or exchange", "returns or exchanges"])
        #expect(book.glossary[1].forms("ko") == [])
        #expect(book.glossary[1].note == nil)
        let text = GlossaryFixture.book(situations: ["s"]).split(separator: "\n", omittingEmptySubsequences: false)
        let termLine = try #require(text.firstIndex { $0.contains("<term id=\"after-sales\">") }) + 1
        #expect(afterSales.location.line == termLine)
        #expect(afterSales.location.column == 5)
        #expect(afterSales.location.file.hasSuffix("phrasebook.xml"))
        let korean = try #require(afterSales.forms.rendering("ko"))
        #expect(korean.location.line == termLine + 2)
        #expect(korean.location.column == 7)
        #expect(afterSales.forbidden[0].location.line == termLine + 4)
        #expect(afterSales.forbidden[0].location.column == 18)
    }

    @Test(
        "A book without a glossary loads with none; a glossary out of place or with a stray element is a schema error")
    func schema() throws {
        let plain = try ContentFixture(situations: [:]).withFolder { try ContentLoader(folder: $0).load() }
        #expect(plain.book?.glossary.isEmpty == true)
        #expect(plain.diagnostics.isEmpty)

        let stray = GlossaryFixture.situation("", terms: "<term id=\"x\"><zh>售后</zh><situation ref=\"s\"/></term>")
        #expect(!(try stray.check().with("schema").isEmpty))
        let before = ContentFixture.book(situations: []).replacingOccurrences(
            of: "  <chapters>\n", with: "  <glossary/>\n  <chapters>\n")
        #expect(before.contains("<glossary/>"))
        #expect(!(try ContentFixture(situations: [:], book: before).check().with("schema").isEmpty))
        let noForms = GlossaryFixture.situation("", terms: "<term id=\"x\"><note><en>Nothing.</en></note></term>")
        #expect(!(try noForms.check().with("schema").isEmpty))
    }

    @Test("A term's element in an undeclared language is an unknown-language error at that element")
    func unknownLanguage() throws {
        let terms = "<term id=\"x\"><zh>售后</zh><approved>A/S</approved></term>"
        let found = try GlossaryFixture.situation("", terms: terms).check().with("unknown-language")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("<approved> in term 'x'") == true)
        #expect(found.first?.location.file.hasSuffix("phrasebook.xml") == true)
    }

    @Test("Two terms with one id are a duplicate-id error")
    func duplicateID() throws {
        let terms = "<term id=\"x\"><zh>售后</zh></term><term id=\"x\"><zh>退换</zh></term>"
        let found = try GlossaryFixture.situation("", terms: terms).check().with("duplicate-id")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("term id 'x'") == true)
    }
}
