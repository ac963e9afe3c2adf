import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Interface words and draft languages")
struct InterfaceWordTests {
    /// The default book with a Japanese language declared (`attributes` on its `<language>`) and `interface`
    /// before the chapters.
    static func book(japanese attributes: String, interface: String = "") -> String {
        ContentFixture.book(situations: ["steps"])
            .replacingOccurrences(
                of: #"<language code="en" tag="en" name="English"/>"#,
                with:
                    #"<language code="en" tag="en" name="English"/><language code="ja" tag="ja" name="日本語" \#(attributes)/>"#
            )
            .replacingOccurrences(of: "  <chapters>", with: interface + "\n  <chapters>")
    }

    static func steps(japanese: String) -> String {
        ContentFixture.situation(
            "steps",
            body: """
                  <steps>
                    <phrase id="steps-one"><zh>您好，这里是{company}。</zh><ko>안녕하세요, {company}입니다.</ko><en>Hello, this is {company}.</en><ja>\(japanese)</ja></phrase>
                  </steps>
                """)
    }

    private static func build(_ fixture: ContentFixture, drafts: Bool = false) throws -> String {
        let (output, result) = try fixture.built(RenderOptions(includesDrafts: drafts))
        #expect(result.published, "\(result.diagnostics.filter { $0.severity == .error })")
        return output
    }

    @Test("no template names a language: every lang attribute comes from the book, no Chinese, Korean or Japanese")
    func templatesNameNoLanguage() throws {
        let folder = TestPaths.templates
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".css") }
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let literalLang = try Regex(#"lang="[A-Za-z]"#)
            #expect(text.firstMatch(of: literalLang) == nil, "\(file) names a language in a lang attribute")
            let asian = text.unicodeScalars.first { scalar in
                (0x3040...0x30FF).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value)
                    || (0xAC00...0xD7A3).contains(scalar.value)
            }
            #expect(asian == nil, "\(file) has words of a language: \(asian.map(String.init) ?? "")")
        }
    }

    @Test("a declared word replaces the default; a language without a word of its own shows the source's")
    func declaredWordsAndFallback() throws {
        let interface = """
              <interface>
                <word id="contents"><zh>目录页</zh></word>
                <word id="step"><ja>手順</ja></word>
              </interface>
            """
        let output = try Self.build(
            ContentFixture(
                situations: ["steps": Self.steps(japanese: "こんにちは、{company}です。")],
                taboos: nil, book: Self.book(japanese: "", interface: interface)))
        let page = try HTMLDocument(path: output + "/html/situations/steps.html")
        let step = try #require(page.root.all(class: "step-number").first?.all(class: "ui").first)
        #expect(step.all("span").map(\.text) == ["步骤", "단계", "Step", "手順"])
        let contents = try #require(page.root.all("summary").first?.all(class: "ui").first)
        #expect(contents.all("span").map(\.text) == ["目录页", "목차", "Contents", "目录页"])
    }

    @Test("interface words are checked: an id no page uses, a word or a language twice, an undeclared language")
    func interfaceWordsAreChecked() throws {
        let interface = """
              <interface>
                <word id="stpe"><zh>步</zh></word>
                <word id="step"><ja>手順</ja><ja>ステップ</ja><jp>手順</jp></word>
                <word id="step"><ja>段階</ja></word>
              </interface>
            """
        let fixture = ContentFixture(
            situations: ["steps": Self.steps(japanese: "こんにちは、{company}です。")],
            taboos: nil, book: Self.book(japanese: "", interface: interface))
        let found = try fixture.check().filter { $0.severity == .error }
        let said = found.map { "\($0.code): \($0.message)" }
        #expect(found.count == 4, "\(said)")
        #expect(
            said.contains { $0.hasPrefix("unknown-interface-word: interface word 'stpe'") && $0.contains("'step'") })
        #expect(said.contains { $0.hasPrefix("duplicate-interface-word:") && $0.contains("second <ja>") })
        #expect(said.contains { $0.hasPrefix("duplicate-interface-word:") && $0.contains("declared a second time") })
        #expect(said.contains { $0.hasPrefix("unknown-language: <jp> in interface word 'step'") })
        #expect(found.allSatisfy { $0.location.file.hasSuffix("phrasebook.xml") && $0.location.line > 1 })
        let corrected = ContentFixture(
            situations: fixture.situations, taboos: nil,
            book: Self.book(japanese: "", interface: "<interface><word id=\"step\"><ja>手順</ja></word></interface>"))
        #expect(try corrected.check().filter { $0.severity == .error }.isEmpty)
    }

    @Test("a draft language is checked and counted, and published only with --drafts")
    func draftLanguages() throws {
        let broken = ContentFixture(
            situations: ["steps": Self.steps(japanese: "こんにちは。")], book: Self.book(japanese: #"draft="true""#))
        let diagnostics = try broken.check()
        #expect(diagnostics.contains { $0.code == "placeholder-mismatch" && $0.message.contains("ja") })
        let loaded = try broken.withFolder { folder in
            try Pipeline(contentFolder: folder, templatesFolder: folder, outputFolder: folder + "/Output").check().book
        }
        let stats = Stats(book: try #require(loaded))
        #expect(stats.rows.last?.languages.map(\.code) == ["ko", "en", "ja"])

        let fixture = ContentFixture(
            situations: ["steps": Self.steps(japanese: "こんにちは、{company}です。")],
            book: Self.book(japanese: #"draft="true""#))
        let published = try Self.build(fixture)
        let search = try FileManager.default.contentsOfDirectory(atPath: published + "/html/assets/search")
        for page in ["index.html", "situations/steps.html"] + search.map({ "assets/search/" + $0 }) {
            let text = try String(contentsOfFile: published + "/html/" + page, encoding: .utf8)
            #expect(!text.contains("こんにちは") && !text.contains("日本語"), "\(page) publishes the draft")
        }
        let markdown = try String(contentsOfFile: published + "/markdown/situations/steps.md", encoding: .utf8)
        #expect(!markdown.contains("こんにちは"))
        let withDrafts = try Self.build(fixture, drafts: true)
        let page = try String(contentsOfFile: withDrafts + "/html/situations/steps.html", encoding: .utf8)
        #expect(page.contains("こんにちは") && page.contains(#"data-toggle-lang="ja""#))
    }

    @Test(
        "--card-language or --interface-language naming a draft language is refused without --drafts, taken with it",
        arguments: [
            RenderOptions(cardLanguages: ["ja"]), RenderOptions(cardLanguages: ["ko", "ja"]),
            RenderOptions(interfaceLanguage: "ja"),
        ])
    func draftLanguageOptions(options: RenderOptions) throws {
        let fixture = ContentFixture(
            situations: ["steps": Self.steps(japanese: "こんにちは、{company}です。")],
            book: Self.book(japanese: #"draft="true""#))
        #expect {
            _ = try fixture.built(options)
        } throws: { error in
            "\(error)".contains("ja is a draft language") && "\(error)".contains("--drafts")
        }
        var withDrafts = options
        withDrafts.includesDrafts = true
        #expect(try fixture.built(withDrafts).result.published)
    }
}
