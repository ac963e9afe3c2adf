import Testing

@testable import PhrasebookKit

@Suite("The text handbook is complete: taboos, the legend of the marks; text cards have one title format")
struct TextHandbookTests {
    /// The text outputs of the shipped book with English labels (`--interface-language en`).
    static func files(width: Int = 80, cardWidth: Int = 32) throws -> [OutputFile] {
        let book = try ShippedContent.book.get()
        return try ShippedContent.pipeline.render(
            book, RenderOptions(formats: [.text], textWidth: width, cardWidth: cardWidth, interfaceLanguage: "en"))
    }

    @Test("The whole book's and each role's handbook end with the taboo list: every taboo, its reason, what to say")
    func taboos() throws {
        let book = try ShippedContent.book.get()
        let layout = PlainTextLayout(book: book, width: 400, ambiguousIsWide: false)
        #expect(!book.taboos.isEmpty)
        for file in try Self.files(width: 400) where !file.path.hasPrefix("text/cards/") {
            let parts = file.contents.components(separatedBy: "\nService taboos\n==============\n")
            #expect(parts.count == 2, "\(file.path) has no taboo section")
            let section = parts.last ?? ""
            for taboo in book.taboos {
                for language in book.languages {
                    #expect(section.contains(layout.plain(taboo.text, language)), "\(file.path): \(taboo.id)")
                    if let why = taboo.why { #expect(section.contains(layout.plain(why, language))) }
                }
            }
            #expect(section.components(separatedBy: "  Why:\n").count - 1 == book.taboos.filter { $0.why != nil }.count)
            #expect(section.contains("  Say instead:\n"))
        }
    }

    @Test("The handbooks end with the glossary: every term's forms in every language, its forbidden variants")
    func glossary() throws {
        let book = try ShippedContent.book.get()
        #expect(!book.glossary.isEmpty)
        for file in try Self.files(width: 400) where !file.path.hasPrefix("text/cards/") {
            let section = try #require(
                file.contents.components(separatedBy: "\nGlossary\n========\n").dropFirst().first)
            for term in book.glossary {
                for language in book.languages {
                    let forms = term.forms(language.code)
                    if let preferred = forms.first { #expect(section.contains(preferred), "\(file.path): \(term.id)") }
                    for variant in term.forbidden(language.code) {
                        #expect(section.contains("Never: ") && section.contains(variant), "\(file.path): \(term.id)")
                    }
                }
            }
        }
    }

    @Test("Every handbook explains its marks: the blanks and the rising tone, before the first chapter")
    func legend() throws {
        for file in try Self.files() where !file.path.hasPrefix("text/cards/") {
            let legend = try #require(file.contents.components(separatedBy: "\nMarks\n\n").dropFirst().first)
            let beforeChapters = legend.components(separatedBy: "\n\n1 ").first ?? ""
            #expect(beforeChapters.contains("↑  rising tone"), "\(file.path)")
            #expect(beforeChapters.contains("〔…〕 [...]  a blank"), "\(file.path)")
            #expect(file.contents.contains("↑"), "\(file.path) uses the mark it explains")
        }
    }

    @Test("A situation says its roles and channels under its heading; a phrase for fewer roles says whom it is for")
    func audience() throws {
        let handbook = try #require(try Self.files(width: 400).first { $0.path == "text/handbook.txt" })
        let lines = handbook.contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex { $0 == "1.1 接听来电 / 전화 받기 / Answering a call" })
        #expect(
            Array(lines[(heading + 2)...(heading + 4)]) == [
                "",
                "Roles: 客服代表 / 상담원 / Hotline agent · 售后服务专员 / A/S 담당자 / After-sales specialist · 上门服务工程师 / "
                    + "방문 서비스 엔지니어 / On-site engineer",
                "Channels: 电话 / 전화 / Phone",
            ])
        let hotline = try #require(lines.firstIndex { $0.contains("欢迎致电XX公司客户服务热线") })
        #expect(lines[hotline + 3] == "    Only for: 客服代表 / 상담원 / Hotline agent", "\(lines[hotline...(hotline + 3)])")
        let forAll = try #require(lines.firstIndex { $0.contains("zh 您好！请讲。") }, "a phrase for all its roles")
        #expect(!lines[(forAll + 1)...(forAll + 3)].contains { $0.contains("Only for") })
    }

    @Test("A situation writer pads the speaker labels to one width once, when it is made, not for every dialogue")
    func speakersPaddedOnce() throws {
        let book = try ShippedContent.book.get()
        let layout = PlainTextLayout(book: book, width: 80, ambiguousIsWide: false, interfaceLanguage: "ko")
        let writer = TextSituationWriter(layout: layout, phrases: PhraseDirectory(book), book: book)
        let stored = Mirror(reflecting: writer).children.first { $0.label == "speakers" }?.value
        #expect(stored as? [Speaker: String] == [.agent: "상담원: ", .customer: "고객:   "], "a stored property")
    }

    @Test(
        "Every card's title has one format: the first card language's title, '(continued)' on continued cards",
        arguments: [24, 32, 48])
    func cardTitles(width: Int) throws {
        let book = try ShippedContent.book.get()
        let layout = PlainTextLayout(book: book, width: width, ambiguousIsWide: false)
        let titles = Set(book.situations.map { layout.sourcePlain($0.title) })
        for file in try Self.files(cardWidth: width) where file.path.hasPrefix("text/cards/") {
            for card in file.contents.split(separator: "\u{0C}") {
                let lines = card.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let rule = try #require(
                    lines.firstIndex { $0.hasPrefix("----") }, "\(file.path): a card without a rule")
                var title = lines[..<rule].joined(separator: " ")
                if title.hasSuffix(" (continued)") { title = String(title.dropLast(" (continued)".count)) }
                #expect(titles.contains(title), "\(file.path): title '\(title)' is not a situation's title")
            }
        }
    }
}
