import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Glossary: the HTML page")
struct GlossaryPageTests {
    /// The HTML site of `fixture`, rendered in memory with the repository's templates, by path.
    private func site(
        _ fixture: ContentFixture, formats: [OutputFormat] = [.html], interfaceLanguage: String? = nil
    ) throws -> [String: String] {
        try fixture.withFolder { folder in
            let pipeline = Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: folder)
            let book = try #require(try pipeline.check().book)
            let files = try pipeline.render(
                book, RenderOptions(formats: formats, interfaceLanguage: interfaceLanguage))
            return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        }
    }

    @Test("glossary.html lists every term with its preferred, admitted and forbidden forms and its note")
    func page() throws {
        let files = try site(GlossaryFixture.phrase(zh: "您好。", ko: "안녕하세요.", en: "Hello."))
        let page = try #require(files["html/glossary.html"])
        for id in ["after-sales", "return-exchange", "complaint", "complaint-order"] {
            #expect(page.contains("<li class=\"term\" id=\"term-\(id)\">"))
        }
        #expect(page.contains("<span class=\"term-form preferred\" lang=\"ko\">A/S</span>"))
        #expect(page.contains("<span class=\"term-form\" lang=\"en\">returns or exchanges</span>"))
        #expect(page.contains("<del class=\"term-forbidden\" lang=\"ko\">애프터서비스</del>"))
        #expect(page.contains("Always A/S in Korean."))
        #expect(
            page.contains("aria-current=\"page\"><span class=\"ui\"><span lang=\"zh-Hans\" data-lang=\"zh\">术语表</span>")
        )
        let index = try #require(files["html/index.html"])
        #expect(index.contains("<a href=\"glossary.html\">"))
        let situation = try #require(files["html/situations/s.html"])
        #expect(situation.contains("<a href=\"../glossary.html\"><span class=\"ui\">"))
    }

    @Test("A Korean form has its pronunciation guide beside it, hidden until asked for; forms of other languages none")
    func guides() throws {
        let files = try site(GlossaryFixture.phrase(zh: "您好。", ko: "안녕하세요.", en: "Hello."))
        let page = try #require(files["html/glossary.html"])
        #expect(
            page.contains(
                "<span class=\"term-form preferred\" lang=\"ko\">불만</span> <span class=\"pronunciation\" "
                    + "lang=\"ko-Latn\" data-guide-lang=\"ko\" hidden>bulman</span>"))
        #expect(page.contains("lang=\"ko-Latn\" data-guide-lang=\"ko\" hidden>minwon cheori jisiseo</span>"))
        #expect(!page.contains("data-guide-lang=\"en\"") && !page.contains("data-guide-lang=\"zh\""))
        #expect(page.contains("lang=\"ko\">A/S</span> "), "A/S is a Korean form")
        #expect(!page.contains("lang=\"ko\">A/S</span> <span class=\"pronunciation\""), "A/S: no guide")
    }

    @Test("With --pronunciation ko the text handbook's glossary has the Korean forms' guide under them")
    func textGuides() throws {
        try GlossaryFixture.phrase(zh: "您好。", ko: "안녕하세요.", en: "Hello.").withFolder { folder in
            let pipeline = Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: folder)
            let book = try #require(try pipeline.check().book)
            let files = try pipeline.render(book, RenderOptions(formats: [.text], pronunciations: ["ko"]))
            let handbook = try #require(files.first { $0.path == "text/handbook.txt" }).contents
            let lines = handbook.split(separator: "\n").map(String.init)
            let korean = try #require(lines.firstIndex { $0.hasSuffix("ko 민원 처리 지시서") })
            #expect(
                lines[korean + 1].trimmingCharacters(in: .whitespaces) == "minwon cheori jisiseo",
                "\(lines[korean + 1])")
            let plain = try pipeline.render(book, RenderOptions(formats: [.text]))
            #expect(!(plain.first { $0.path == "text/handbook.txt" }?.contents.contains("minwon") ?? true))
        }
    }

    @Test("Markdown's README.md has the glossary: preferred forms in bold, admitted ones after, forbidden ones named")
    func markdown() throws {
        let files = try site(
            GlossaryFixture.phrase(zh: "您好。", ko: "안녕하세요.", en: "Hello."), formats: [.markdown])
        let readme = try #require(files["markdown/README.md"])
        #expect(readme.contains("## 术语表 / 용어집 / Glossary\n"), "the interface word in every language, as the taboos'")
        #expect(readme.contains("<a id=\"term-after-sales\"></a>\n**售后 / A/S / after-sales**"), "its preferred forms")
        #expect(readme.contains("- 한국어: **A/S** — 禁用：“애프터서비스”\n"), "never: the interface word, no space after ：")
        #expect(readme.contains("- English: **return or exchange**, returns or exchanges\n"))
        #expect(readme.contains("- 한국어: *视上下文而定* — 禁用：“교환·환불”\n"), "by context: the interface word")
        #expect(readme.contains("- en: Always A/S in Korean.\n"))
    }

    @Test("Markdown's forbidden forms follow the label as its script has it: a space after Never:, none after 禁用：")
    func markdownForbiddenForms() throws {
        let terms = GlossaryFixture.terms.replacingOccurrences(
            of: "<forbidden><ko>교환·환불</ko></forbidden>",
            with: "<forbidden><ko>교환·환불</ko></forbidden><forbidden><ko>반품</ko></forbidden>")
        let fixture = GlossaryFixture.situation(
            ContentFixture.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello."), terms: terms)
        let chinese = try #require(try site(fixture, formats: [.markdown])["markdown/README.md"])
        #expect(chinese.contains(" — 禁用：“교환·환불” “반품”\n"), "no space after ：, one between the forms")
        let english = try #require(
            try site(fixture, formats: [.markdown], interfaceLanguage: "en")["markdown/README.md"])
        #expect(english.contains(" — Never: “교환·환불” “반품”\n"), "a space after :")
    }

    @Test("A book without a glossary gets no glossary page, no link to one and no Markdown section")
    func noGlossary() throws {
        let files = try site(CheckExamples.phrase(zh: "您好。"), formats: [.html, .markdown])
        #expect(files["html/glossary.html"] == nil)
        #expect(files["html/index.html"]?.contains("glossary.html") == false)
        #expect(files["markdown/README.md"]?.contains("Glossary") == false)
    }
}
