import Foundation
import Testing

@testable import PhrasebookKit

@Suite("HTML card sheet: build-time overflow detection")
struct CardSheetTests {
    /// The shipped book with the first card phrase of `situation` made `times` times as long in every language.
    static func bookWithLongPhrase(times: Int) throws -> (Book, Situation, Phrase) {
        var book = try ShippedContent.book.get()
        let index = try #require(book.situations.firstIndex { $0.phrases.contains(where: \.card) })
        var situation = book.situations[index]
        var target: Phrase?
        func lengthen(_ phrase: Phrase) -> Phrase {
            guard phrase.card, target == nil else { return phrase }
            var phrase = phrase
            phrase.text.renderings = phrase.text.renderings.map { rendering in
                rendering.replacingText(Array(repeating: rendering.text, count: times).joined(separator: " "))
            }
            target = phrase
            return phrase
        }
        situation.blocks = situation.blocks.map { block in
            switch block {
            case .phrase(let phrase): .phrase(lengthen(phrase))
            case .steps(let steps): .steps(steps.map(lengthen))
            case .dialogue: block
            }
        }
        book.situations[index] = situation
        return (book, situation, try #require(target))
    }

    static func role(of situation: Situation, in book: Book) throws -> Label {
        try #require(book.roles.first { role in situation.roles?.contains { $0.value == role.id } ?? true })
    }

    @Test("Every card of the shipped content's sheets is estimated to fit its 79 x 49 mm inner area")
    func shippedCardsFit() throws {
        let book = try ShippedContent.book.get()
        for role in book.roles {
            let sheet = CardSheet(deck: CardDeck(view: BookView(book: book, role: role), options: RenderOptions()))
            for card in sheet.cards() {
                let title = sheet.titleHeight(sheet.titleText(card.group, continued: card.part > 1))
                let rows = card.pieces.reduce(0.0) { $0 + Double($1.rows.count) * CardSheet.lineHeight }
                let height = title + rows + Double(card.pieces.count - 1) * CardSheet.phraseGap
                #expect(height <= CardSheet.innerHeight + 1e-9, "\(role.id) \(card.group.situation.id) \(height) mm")
            }
        }
    }

    @Test(
        "A phrase too long for a card is detected, continued on more cards, and reported naming role, situation and phrase"
    )
    func longPhraseIsReported() throws {
        let (book, situation, phrase) = try Self.bookWithLongPhrase(times: 8)
        let role = try Self.role(of: situation, in: book)
        let options = RenderOptions(role: role.id)
        let sheet = CardSheet(deck: CardDeck(view: BookView(book: book, role: role), options: options))
        let overflow = try #require(sheet.overflows().first { $0.situation == situation.id })
        #expect(overflow.cardCount > 1)
        let notes = CardSheet.notes(book: book, options: options)
        let note = try #require(notes.first { $0.message.contains("'\(situation.id)'") })
        #expect(note.severity == .note && note.code == "card-overflow")
        #expect(note.message.contains("html/cards/\(role.id).html"))
        #expect(note.message.contains(overflow.continuedPhrases[0]))
        #expect(overflow.continuedPhrases.allSatisfy { id in situation.phrases.contains { $0.id == id } })
        _ = phrase
    }

    @Test("The split HTML cards hold all of a too-long phrase's text, marked as continued")
    func splitCardsKeepEverything() throws {
        let (book, situation, phrase) = try Self.bookWithLongPhrase(times: 12)
        let role = try Self.role(of: situation, in: book)
        let files = try ShippedContent.pipeline.render(book, RenderOptions(formats: [.html], role: role.id))
        let html = try #require(files.first { $0.path == "html/cards/\(role.id).html" }?.contents)
        #expect(html.contains("id=\"card-\(situation.id)-2\""))
        #expect(html.contains(#"<em class="continued-mark">("#) && html.contains(">continued</span>"))
        let english = try #require(phrase.text.text("en"))
        let words = english.split(separator: " ").filter { $0.allSatisfy { $0.isLetter } }
        for word in Set(words) { #expect(html.contains(word), "\(word) is missing") }
    }

    @Test("The estimate measures a continued card's title as the sheet shows it: the titles, then ' (续)'")
    func continuedTitleAsShown() throws {
        let book = try ShippedContent.book.get()
        let role = try #require(book.roles.first { $0.id == "hotline-agent" })
        let sheet = CardSheet(deck: CardDeck(view: BookView(book: book, role: role), options: RenderOptions()))
        let card = try #require(sheet.cards().first { $0.group.situation.id == "check-and-call-back" && $0.part == 2 })
        let estimated = sheet.titleText(card.group, continued: true)
        let files = try ShippedContent.pipeline.render(book, RenderOptions(formats: [.html], role: role.id))
        let html = try #require(files.first { $0.path == "html/cards/\(role.id).html" }?.contents)
        let section = try #require(html.components(separatedBy: "id=\"card-check-and-call-back-2\">").dropFirst().first)
        let heading = try #require(section.components(separatedBy: "</h2>").first)
        // The titles are joined by " / " (cards.css); of the interface word, the sheet shows the first language's.
        let titles = heading.matches(of: try Regex(#"<span lang="[^"]+">([^<]*)</span>"#)).compactMap {
            $0.output[1].substring
        }
        let word = try #require(heading.firstMatch(of: try Regex(#"data-lang="[^"]+">([^<]*)<"#))?.output[1].substring)
        #expect(heading.contains(#"</span> <em class="continued-mark">(<span class="ui">"#))
        #expect(estimated == titles.joined(separator: " / ") + " (" + word + ")")
        #expect(estimated.hasSuffix(" (续)"))
    }

    /// A book of one phrase `s-hi` (on the cards when `card`, without English when `english` is false), built:
    /// the output folder and the hotline agent's card sheet.
    private func builtSheet(card: Bool, english: Bool, _ options: RenderOptions) throws -> (String, String) {
        let phrase = ContentFixture.phrase(
            "s-hi", zh: "您好。", ko: "안녕하세요.", en: english ? "Hello." : nil, attributes: card ? "card=\"true\"" : "")
        let (output, result) = try ContentFixture(situations: ["s": ContentFixture.situation("s", body: phrase)])
            .built(options)
        #expect(result.published)
        return (output, try String(contentsOfFile: output + "/html/cards/hotline-agent.html", encoding: .utf8))
    }

    @Test("A card phrase without the card language's rendering says so on the sheet, as the text card does")
    func pendingSaid() throws {
        let (output, sheet) = try builtSheet(card: true, english: false, RenderOptions(cardLanguages: ["en"]))
        let card = try #require(sheet.components(separatedBy: "data-phrase=\"s-hi\"").dropFirst().first)
        #expect(card.prefix(300).contains("translation pending"), "\(card.prefix(300))")
        let text = try String(contentsOfFile: output + "/text/cards/hotline-agent.txt", encoding: .utf8)
        #expect(text.contains("(translation pending)"))
    }

    @Test(
        "A sheet printed for a desk of another language than the source is titled in it: <title>, lang and the h1's first role name"
    )
    func titledInTheCardLanguage() throws {
        let (_, korean) = try builtSheet(card: true, english: true, RenderOptions(cardLanguages: ["ko", "en"]))
        #expect(korean.contains(#"<html lang="ko">"#))
        #expect(korean.contains("<title>포켓 카드: 상담원 · 고객 응대 표준 문구집</title>"), "\(korean.prefix(400))")
        let heading = try #require(korean.firstMatch(of: /<h1>(.*?)<\/h1>/)?.output.1)
        let names = heading.matches(of: /class="title-part" lang="([^"]+)"/).map { String($0.output.1) }
        #expect(names == ["ko", "zh-Hans", "en"])
        // The source language first (the book's order) where the cards show it.
        let (_, chinese) = try builtSheet(card: true, english: true, RenderOptions())
        #expect(chinese.contains("<title>口袋卡：客服代表 · 客户服务规范用语手册</title>"))
        let first = try #require(chinese.firstMatch(of: /<h1>.*?class="title-part" lang="([^"]+)"/)?.output.1)
        #expect(first == "zh-Hans")
    }

    @Test(
        "A sheet's legend explains only the marks its cards use: the underline where a card has a blank, ↑ where one says it"
    )
    func legendOfTheMarksUsed() throws {
        /// The sheet's legends when its one card says `zh` (with a slot, `{surname}` in every language).
        func legends(_ zh: String) throws -> [String] {
            let slot = zh.contains("{surname}")
            let phrase = ContentFixture.phrase(
                "s-hi", zh: zh, ko: slot ? "{surname}님, 안녕하세요." : "안녕하세요.", en: slot ? "Hello, {surname}." : "Hello.",
                attributes: "card=\"true\"")
            let (output, result) = try ContentFixture(situations: ["s": ContentFixture.situation("s", body: phrase)])
                .built()
            #expect(result.published, "\(result.diagnostics)")
            let sheet = try String(contentsOfFile: output + "/html/cards/hotline-agent.html", encoding: .utf8)
            return sheet.matches(of: /<p class="sheet-legend marks-legend">.*?<\/p>/).map { String($0.output) }
        }
        #expect(try legends("您好。") == [], "a card with neither mark: no legend")
        let blank = try #require(try legends("{surname}先生，您好。").first)
        #expect(blank.contains("下划线") && !blank.contains("↑") && !blank.contains(" · "), "\(blank)")
        let rising = try #require(try legends("您好↑。").first)
        #expect(rising.contains("<b>↑</b>") && !rising.contains("下划线") && !rising.contains(" · "), "\(rising)")
        let both = try #require(try legends("{surname}先生，您好↑。").first)
        #expect(both.contains("下划线") && both.contains(" · <b>↑</b>"), "\(both)")
    }

    @Test("A role without card phrases gets a sheet that says so in print too, not a blank page")
    func noCardsPrinted() throws {
        let (output, sheet) = try builtSheet(card: false, english: true, RenderOptions())
        #expect(sheet.contains("<p class=\"sheet-help no-cards\">"))
        let css = try String(contentsOfFile: output + "/html/assets/cards.css", encoding: .utf8)
        let print = try #require(css.components(separatedBy: "@media print {").dropFirst().first)
        #expect(print.prefix { $0 != "}" }.contains(".sheet-help { display: none;"))
        #expect(print.contains(".sheet-help.no-cards { display: block;"))
    }

    @Test("Sheets hold at most 2 x 5 cards")
    func sheetsOfTen() throws {
        for file in try ShippedContent.html.get() where file.path.hasPrefix("html/cards/") {
            for sheet in file.contents.components(separatedBy: "<div class=\"sheet\"").dropFirst() {
                #expect(sheet.components(separatedBy: "<section class=\"card").count - 1 <= 10)
            }
        }
    }

    @Test("The style sheet's sizes are the ones the estimate uses")
    func styleSheetAgrees() throws {
        let css = try String(contentsOfFile: TestPaths.templates + "/html/assets/cards.css", encoding: .utf8)
        for (name, value) in [
            ("--card-width", CardSheet.cardWidth), ("--card-height", CardSheet.cardHeight),
            ("--card-padding", CardSheet.padding), ("--font-size", CardSheet.fontSize),
            ("--line-height", CardSheet.lineHeight),
        ] {
            #expect(css.contains("\(name): \(Self.millimetres(value));"), "\(name) should be \(value) mm")
        }
        // No page size: the sheets follow the paper chosen when printing, each paper's grid where its marks are.
        #expect(css.contains("@page { margin: 0; }"))
        #expect(!css.contains("@page { size"))
        #expect(css.contains("@page a4 { size: A4; }") && css.contains("@page letter { size: letter; }"))
        let letter = CardSheet.Paper.letter
        let size = "width: \(Self.millimetres(letter.width)); height: \(Self.millimetres(letter.height));"
        #expect(css.contains(".paper-letter .sheet { \(size) }"))
        let grid = "left: \(CardSheet.Paper.css(letter.gridLeft)); top: \(CardSheet.Paper.css(letter.gridTop));"
        #expect(css.contains(".paper-letter .grid { \(grid) }"))
        let a4 = CardSheet.Paper.a4
        #expect(css.contains("left: \(CardSheet.Paper.css(a4.gridLeft));\n  top: \(CardSheet.Paper.css(a4.gridTop));"))
    }

    @Test("The sheet page holds the same cards on Letter sheets of 2 x 4, their cut marks around the centred grid")
    func letterSheets() throws {
        let file = try #require(try ShippedContent.html.get().first { $0.path == "html/cards/hotline-agent.html" })
        let papers = file.contents.components(separatedBy: "<div class=\"paper paper-letter\">")
        try #require(papers.count == 2)
        func cards(_ html: String) -> [String] {
            html.components(separatedBy: "<div class=\"card-phrase\" data-phrase=\"").dropFirst().map {
                String($0.prefix { $0 != "\"" })
            }
        }
        #expect(cards(papers[0]) == cards(papers[1]))
        let sheets = papers[1].components(separatedBy: "<div class=\"sheet\"").dropFirst()
        #expect(sheets.count > 1)
        for sheet in sheets.dropLast() {
            #expect(sheet.components(separatedBy: "<section class=\"card").count - 1 == 8)
        }
        #expect(sheets.first?.hasPrefix(" id=\"letter-sheet-1\"") == true)
        // Letter is 215.9 x 279.4 mm: the 170 x 220 mm grid 22.95 mm from the sides, 29.7 mm from top and foot.
        #expect(sheets.first?.contains("<i class=\"v\" style=\"left:22.95mm;top:21.7mm\"></i>") == true)
        #expect(sheets.first?.contains("<i class=\"h\" style=\"left:195.95mm;top:249.7mm\"></i>") == true)
    }

    static func millimetres(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))mm" : "\(value)mm"
    }
}
