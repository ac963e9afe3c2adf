import Foundation
import Testing

@testable import PhrasebookKit

/// A placeholder with no value in a rendering's language shows the source's, marked as the source's language.
@Suite("A placeholder's value or label borrowed from the source language, marked with its lang")
struct BorrowedPlaceholderTests {
    /// The default book with Japanese added after English.
    private static let book = ContentFixture.book(situations: ["s"]).replacingOccurrences(
        of: #"<language code="en" tag="en" name="English"/>"#,
        with: #"<language code="en" tag="en" name="English"/><language code="ja" tag="ja" name="日本語"/>"#)

    private static let body = """
          <phrase id="s-a" card="true" roles="hotline-agent">
            <zh>欢迎致电{company}，{surname}先生。</zh>
            <ko>{company}에 전화해 주셔서 감사합니다, {surname}님.</ko>
            <en>Thank you for calling {company}, Mr {surname}.</en>
            <ja>{company}へお電話ありがとうございます、{surname}様。</ja>
          </phrase>
        """

    /// The files at `paths` of the book built in every format.
    private func built(_ paths: [String]) throws -> [String] {
        let fixture = ContentFixture(situations: ["s": ContentFixture.situation("s", body: Self.body)], book: Self.book)
        let (output, result) = try fixture.built(RenderOptions())
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(result.published, "\(result.diagnostics.filter { $0.severity == .error })")
        return try paths.map { try String(contentsOfFile: output + "/" + $0, encoding: .utf8) }
    }

    @Test("in every HTML page that shows the phrase: its page, the handbooks and the card sheet")
    func markedInEveryPage() throws {
        let paths = [
            "html/situations/s.html", "html/roles/hotline-agent.html", "html/book/handbook.html",
            "html/cards/hotline-agent.html",
        ]
        for (path, page) in zip(paths, try built(paths)) {
            #expect(
                page.contains(
                    #"<span lang="zh-Hans">XX公司</span>へお電話ありがとうございます、<span class="slot" data-plain="〔姓〕" lang="zh-Hans">姓</span>様。"#
                ), "\(path)")
            #expect(page.contains("XX사에 전화해"), "a value in the text's own language is not marked: \(path)")
            #expect(!page.contains(" dir="), "a book without a right-to-left language says no direction: \(path)")
        }
    }

    @Test("the Markdown, the text handbook and the search data show the value as plain text")
    func plainElsewhere() throws {
        let found = try built(["markdown/situations/s.md", "text/handbook.txt"])
        #expect(found[0].contains("XX公司へお電話ありがとうございます、<strong>〔姓〕</strong>様。"))
        #expect(found[1].contains("XX公司へお電話ありがとうございます、〔姓〕様。"))
        #expect(!found.joined().contains("lang="))
    }

    @Test("resolved pieces: the value borrowed from the source, the slot's label with the source's language")
    func pieces() throws {
        let fixture = ContentFixture(situations: ["s": ContentFixture.situation("s", body: Self.body)], book: Self.book)
        let book = try #require(try fixture.withFolder { try ContentLoader(folder: $0).load() }.book)
        let japanese = try #require(book.languages.first { $0.code == "ja" })
        let source = try #require(book.languages.first { $0.code == "zh" })
        let phrase = try #require(book.situation("s")?.phrases.first)
        let resolved = TextResolver(book: book).resolve(phrase.text, in: japanese)
        #expect(
            resolved.pieces == [
                .borrowed("XX公司", source), .text("へお電話ありがとうございます、"), .slot("姓", source), .text("様。"),
            ])
        #expect(resolved.plain == "XX公司へお電話ありがとうございます、〔姓〕様。")
    }
}
