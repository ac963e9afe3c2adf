import Foundation
import Testing

@testable import PhrasebookKit

@Suite("The text outputs' and Markdown's labels are interface words in one language (--interface-language)")
struct InterfaceLanguageTests {
    /// Labels the text handbook and cards wrote in English before they were interface words.
    static let englishLabels = [
        "When:", "Guidelines:", "Steps:", "Note:", "Don't say:", "Why not:", "Agent:", "Customer:", "Dialogue:",
        "Depending on the reply", "Say instead:", "Role:", "Edition ", "Contents", "Marks", "Glossary",
        "rising tone", "(continued)", "(more on next card)", "(translation pending)",
    ]

    static func files(_ language: String?) throws -> [String: String] {
        let book = try ShippedContent.book.get()
        let files = try ShippedContent.pipeline.render(
            book, RenderOptions(formats: [.text, .markdown], cardLines: 6, interfaceLanguage: language))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    @Test("by default the labels are the source language's, with full-width colons after Chinese")
    func sourceLanguageByDefault() throws {
        let files = try Self.files(nil)
        let handbook = try #require(files["text/handbook.txt"])
        for label in ["\n目录\n", "\n符号说明\n", "\n适用情形：\n", "\n要点：\n", "  客服：", "服务禁语\n====", "版本 "] {
            #expect(handbook.contains(label), "\(label)")
        }
        for (path, text) in files where path.hasPrefix("text/") {
            for label in Self.englishLabels { #expect(!text.contains(label), "\(path) has '\(label)'") }
        }
        let cards = try #require(files["text/cards/hotline-agent.txt"])
        #expect(cards.contains("（续）"))
        #expect(try #require(files["markdown/README.md"]).contains("*版本 "))
    }

    @Test("--interface-language ko: Korean labels, speakers lined up by display width, Korean on cards and in Markdown")
    func korean() throws {
        let files = try Self.files("ko")
        let handbook = try #require(files["text/handbook.txt"])
        for label in ["\n목차\n", "\n기호 설명\n", "\n상황:\n", "  상담원: ", "  고객:   ", "고객님 답변에 따라:"] {
            #expect(handbook.contains(label), "\(label)")
        }
        for (path, text) in files where path.hasPrefix("text/") {
            for label in Self.englishLabels { #expect(!text.contains(label), "\(path) has '\(label)'") }
        }
        #expect(try #require(files["text/cards/hotline-agent.txt"]).contains("(계속)"))
        let situation = try #require(files["markdown/situations/silent-call.md"])
        #expect(situation.contains("**상황**") && !situation.contains("**适用情形**"))
    }

    @Test("a fourth language's declared words; what it leaves out comes from the source language")
    func declaredLanguage() throws {
        let interface = """
              <interface>
                <word id="phrases"><ja>フレーズ</ja></word>
              </interface>
            """
        let fixture = ContentFixture(
            situations: ["steps": InterfaceWordTests.steps(japanese: "こんにちは、{company}です。")],
            book: InterfaceWordTests.book(japanese: "", interface: interface))
        let folder = try fixture.write()
        defer { ContentFixture.remove(folder) }
        let pipeline = Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: "")
        let book = try #require(try pipeline.check().book)
        let files = try pipeline.render(book, RenderOptions(formats: [.text], interfaceLanguage: "ja"))
        let handbook = try #require(files.first { $0.path == "text/handbook.txt" }?.contents)
        #expect(handbook.contains("\nフレーズ:\n"))
        #expect(handbook.contains("\n目录\n"), "no Japanese word for contents: the source language's")
    }

    @Test("a language the book does not declare is refused before anything is rendered")
    func undeclared() throws {
        let book = try ShippedContent.book.get()
        #expect(throws: PhrasebookError.self) {
            try RenderOptions(interfaceLanguage: "ja").validate(against: book)
        }
    }

    @Test("labels: full-width colon and parentheses after Chinese, ASCII after Korean and English")
    func punctuation() throws {
        let book = try ShippedContent.book.get()
        #expect(InterfaceLabels(book: book, language: "zh").label("note") == "提示：")
        #expect(InterfaceLabels(book: book, language: "zh").prefix("role") == "岗位：")
        #expect(InterfaceLabels(book: book, language: "zh").parenthesized("continued") == "（续）")
        #expect(InterfaceLabels(book: book, language: "ko").prefix("role") == "역할: ")
        #expect(InterfaceLabels(book: book, language: "en").parenthesized("continued") == "(continued)")
        #expect(InterfaceLabels(book: book, language: "zh").suffix("continued") == "（续）")
        #expect(InterfaceLabels(book: book, language: "ko").suffix("continued") == " (계속)")
        #expect(InterfaceLabels(book: book, language: "en").suffix("continued") == " (continued)")
    }

    @Test(
        "a continued text card's title: no space before full-width parentheses (上门到达（续）), one before ASCII ones",
        arguments: [("zh", "上门到达（续）"), ("ko", "上门到达 (계속)"), ("en", "上门到达 (continued)")])
    func continuedCardTitle(language: String, title: String) throws {
        let book = try ShippedContent.book.get()
        let role = try #require(book.roles.first { $0.id == "onsite-engineer" })
        let options = RenderOptions(formats: [.text], interfaceLanguage: language)
        let deck = CardDeck(view: BookView(book: book, role: role), options: options)
        let group = try #require(deck.groups.first { $0.situation.id == "onsite-arrival" })
        let cards = TextCards(deck: deck, options: options).cards(for: group)
        #expect(cards.count > 1, "the situation continues on a second card")
        #expect(cards.first?.first == "上门到达")
        for card in cards.dropFirst() { #expect(card.first == title) }
    }

    @Test("ContentFormat.md lists exactly the built-in interface words, with their defaults")
    func documented() throws {
        let text = try String(contentsOfFile: TestPaths.repository + "/Documentation/ContentFormat.md", encoding: .utf8)
        var documented: [String: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else { continue }
            documented[String(cells[0].dropFirst().dropLast())] = cells[1...3].map {
                $0.replacingOccurrences(of: "`", with: "")
            }
        }
        for id in InterfaceWords.ids {
            let defaults = try #require(InterfaceWords.defaults[id])
            #expect(documented[id] == [defaults["zh"] ?? "", defaults["ko"] ?? "", defaults["en"] ?? ""], "\(id)")
        }
    }
}
