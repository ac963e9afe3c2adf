import Foundation
import Testing

@testable import PhrasebookKit

/// Words of another of the book's languages inside a text carry that language's tag on the site.
@Suite("Words of another language marked with its lang")
struct ForeignWordsTests {
    /// The HTML pages at `paths` (under `html/`) of a book of one situation `s` whose body is `body`, in `book`'s
    /// `phrasebook.xml` (the default one when `nil`).
    private func pages(
        _ body: String, book: String? = nil, at paths: [String] = ["situations/s.html"]
    ) throws -> [String] {
        let fixture = ContentFixture(situations: ["s": ContentFixture.situation("s", body: body)], book: book)
        let (output, result) = try fixture.built(RenderOptions(formats: [.html]))
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(result.published, "\(result.diagnostics.filter { $0.severity == .error })")
        return try paths.map { try String(contentsOfFile: output + "/html/" + $0, encoding: .utf8) }
    }

    /// The default `phrasebook.xml` with `old` replaced by `new`.
    private func book(_ old: String, _ new: String) -> String {
        let book = ContentFixture.book(situations: ["s"])
        #expect(book.contains(old))
        return book.replacingOccurrences(of: old, with: new)
    }

    @Test("Hangul in Chinese and English texts is marked ko, Chinese characters in Korean and English zh-Hans")
    func marked() throws {
        let page = try pages(
            """
              <phrase id="s-a">
                <zh>您好，请说“애프터 서비스”。</zh>
                <ko>중국어로는 ‘您’이라고 부릅니다.</ko>
                <en>Say A/S, never 애프터서비스 or 维修 人员.</en>
              </phrase>
            """)[0]
        #expect(page.contains("您好，请说“<span lang=\"ko\">애프터 서비스</span>”。"), "one run across a space")
        #expect(page.contains("중국어로는 ‘<span lang=\"zh-Hans\">您</span>’이라고 부릅니다."))
        #expect(
            page.contains(
                "Say A/S, never <span lang=\"ko\">애프터서비스</span> or <span lang=\"zh-Hans\">维修 人员</span>."))
        #expect(!page.contains("<span lang=\"en\">A/S"), "Latin letters are not marked")
        #expect(!page.contains("<span lang=\"zh-Hans\">您好"), "a text's own script is not marked")
    }

    @Test("Titles and labels are not marked: templates put them into attributes, where a span would end the value")
    func labelsUnmarked() throws {
        let book = book("<en>Hotline agent</en>", "<en>Hotline agent (상담원)</en>").replacingOccurrences(
            of: "<en>Customer Service Phrasebook</en>", with: "<en>Customer Service Phrasebook (客服)</en>")
        let found = try pages(
            "  <phrase id=\"s-a\"><zh>您好。</zh><ko>안녕하세요.</ko><en>Say 您.</en></phrase>", book: book,
            at: ["situations/s.html", "roles/hotline-agent.html"])
        let (page, handbook) = (found[0], found[1])
        #expect(page.contains("data-label-en=\"Hotline agent (상담원)\""), "the role menu's label, whole")
        #expect(page.contains("Say <span lang=\"zh-Hans\">您</span>."), "a phrase's words are still marked")
        #expect(handbook.contains("data-role-en=\"Hotline agent (상담원)\""))
        #expect(handbook.contains("data-title-en=\"Customer Service Phrasebook (客服)\""))
        #expect(!handbook.contains("=\"Hotline agent (<span") && !handbook.contains("Phrasebook (<span"))
    }

    @Test("In a book with Japanese, kana and the Chinese characters beside it are marked as Japanese")
    func japanese() throws {
        let page = try pages(
            "  <phrase id=\"s-a\"><zh>ご確認ください。</zh><ko>‘ご確認’이라고 합니다.</ko><en>Say ご確認 or ありがとう.</en></phrase>",
            book: book(
                "<language code=\"zh\" tag=\"zh-Hans\" name=\"中文\"/>", "<language code=\"zh\" tag=\"ja\" name=\"日本語\"/>"
            )
        )[0]
        #expect(page.contains("Say <span lang=\"ja\">ご確認</span> or <span lang=\"ja\">ありがとう</span>."))
        #expect(page.contains("‘<span lang=\"ja\">ご確認</span>’이라고"))
    }

    @Test("A script two of the book's languages share is not marked: the page could not say which")
    func shared() throws {
        let english = "<language code=\"en\" tag=\"en\" name=\"English\"/>"
        let page = try pages(
            "  <phrase id=\"s-a\"><zh>您好。</zh><ko>‘您’이라고 합니다.</ko><en>Say 您.</en></phrase>",
            book: book(english, english + "<language code=\"yue\" tag=\"yue-Hant\" name=\"粵語\"/>"))[0]
        #expect(!page.contains("<span lang=\"zh-Hans\">您"))
    }
}
