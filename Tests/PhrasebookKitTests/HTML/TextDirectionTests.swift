import Foundation
import Testing

@testable import PhrasebookKit

/// In a book with a language written right to left, every element the pages mark with a language says its
/// direction.
@Suite("The dir of every text marked with a language, in a book with a right-to-left language")
struct TextDirectionTests {
    /// The default book with Arabic added after English.
    private static let book = ContentFixture.book(situations: ["s"]).replacingOccurrences(
        of: #"<language code="en" tag="en" name="English"/>"#,
        with: #"<language code="en" tag="en" name="English"/><language code="ar" tag="ar" name="العربية"/>"#
    ).replacingOccurrences(of: "<en>Main</en>", with: "<en>Main</en><ar>الرئيسي</ar>")

    private static let body = """
          <phrase id="s-a" card="true" roles="hotline-agent">
            <zh>欢迎致电{company}，{surname}先生。</zh>
            <ko>{company}에 전화해 주셔서 감사합니다, {surname}님.</ko>
            <en>Thank you for calling {company}, Mr {surname}.</en>
            <ar>شكرًا لاتصالك بـ {company} يا سيد {surname}، قل 애프터서비스.</ar>
          </phrase>
          <phrase id="s-b" roles="hotline-agent">
            <zh>请稍等。</zh>
            <ko>잠시만 기다려 주세요.</ko>
            <en>One moment, please.</en>
          </phrase>
        """

    /// The files at `paths` of the book built as HTML with `options`.
    private func built(_ paths: [String], _ options: RenderOptions = RenderOptions(formats: [.html])) throws
        -> [String]
    {
        let fixture = ContentFixture(situations: ["s": ContentFixture.situation("s", body: Self.body)], book: Self.book)
        let (output, result) = try fixture.built(options)
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(result.published, "\(result.diagnostics.filter { $0.severity == .error })")
        return try paths.map { try String(contentsOfFile: output + "/html/" + $0, encoding: .utf8) }
    }

    @Test("an Arabic rendering, title and name run right to left, the others left to right, the page too")
    func renderingsAndTitles() throws {
        let page = try built(["situations/s.html"])[0]
        #expect(page.contains(#"<html lang="zh-Hans" dir="ltr">"#))
        #expect(page.contains(#"<div class="rendering" lang="ar" dir="rtl" data-lang="ar">"#))
        #expect(page.contains(#"<div class="rendering source" lang="zh-Hans" dir="ltr" data-lang="zh">"#))
        #expect(page.contains(#"<span lang="ar" dir="rtl">العربية</span>"#), "the language switch")
        #expect(page.contains(#"lang="ar" dir="rtl" data-lang="ar">الرئيسي</span>"#), "the chapter's title")
        for (tag, direction) in ["ar": "rtl", "zh-Hans": "ltr", "ko": "ltr", "en": "ltr"] {
            let marked = page.ranges(of: " lang=\"\(tag)\"").map { page[$0.upperBound...].prefix(40) }
            let unmarked = marked.filter { !$0.hasPrefix(" dir=\"\(direction)\"") }
            #expect(!marked.isEmpty && unmarked.isEmpty, "\(tag): \(Set(unmarked))")
        }
    }

    @Test("what stands in an Arabic text's place in another language runs left to right inside it")
    func leftToRightInsideRightToLeft() throws {
        let page = try built(["situations/s.html"])[0]
        #expect(
            page.contains(
                #"شكرًا لاتصالك بـ <span lang="zh-Hans" dir="ltr">XX公司</span> يا سيد <span class="slot" data-plain="〔姓〕" lang="zh-Hans" dir="ltr">姓</span>، قل <span lang="ko" dir="ltr">애프터서비스</span>."#
            ), "the source's value and label, and Korean words, inside the Arabic text")
        #expect(
            page.contains(
                #"<div class="rendering pending" lang="ar" dir="rtl" data-lang="ar"><span class="lang-name">العربية</span><p class="words"><span class="ui"><span lang="zh-Hans" dir="ltr" data-lang="zh">待翻译</span>"#
            ), "the pending marker, in the source's words")
        #expect(page.contains(#"<span lang="zh-Hans" dir="ltr" data-lang="ar">待翻译</span>"#))
    }

    @Test("the handbooks and the card sheet too; the sheet printed in Arabic is a right-to-left page")
    func handbooksAndCards() throws {
        let found = try built(["roles/hotline-agent.html", "book/handbook.html", "cards/hotline-agent.html"])
        for page in found {
            #expect(page.contains(#"lang="ar" dir="rtl""#))
            #expect(page.contains(#"<span lang="zh-Hans" dir="ltr">XX公司</span>"#))
        }
        #expect(found[2].contains(#"<html lang="zh-Hans" dir="ltr">"#))
        let arabicSheet = try built(
            ["cards/hotline-agent.html"], RenderOptions(formats: [.html], interfaceLanguage: "ar"))[0]
        #expect(arabicSheet.contains(#"<html lang="ar" dir="rtl">"#))
    }

    @Test("the scripts' data gives each language its dir, for the titles and results they make")
    func scriptData() throws {
        let found = try built(["assets/nav-data.js", "assets/search/core.js"])
        #expect(found[0].contains(#"{"code":"ar","dir":"rtl","tag":"ar"}"#))
        #expect(found[0].contains(#"{"code":"zh","dir":"ltr","tag":"zh-Hans"}"#))
        #expect(found[1].contains(#"{"code":"ar","dir":"rtl","name":"العربية","tag":"ar"}"#))
    }

    @Test("every lang a template writes from a language has its dir beside it")
    func templatesPairLangWithDir() throws {
        let folder = TestPaths.templates + "/html"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".mustache") {
            let template = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for tag in [#"lang="{{tag}}""#, #"lang="{{lang}}""#] {
                let unpaired = template.ranges(of: tag).filter {
                    !template[$0.upperBound...].hasPrefix("{{{dirAttribute}}}")
                }
                #expect(unpaired.isEmpty, "\(file): \(tag) without {{{dirAttribute}}}")
            }
        }
    }
}
