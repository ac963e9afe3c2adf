import Foundation
import Testing

@testable import PhrasebookKit

@Suite("HTML card sheet: cost of a long phrase")
struct CardSheetCostTests {
    /// The work (bytes hashed and compared) of laying out the HTML card sheet of the role that sees the shipped
    /// book's first card phrase, made `times` times as long.
    static func work(times: Int) throws -> (work: Int, cards: Int) {
        let (book, situation, _) = try CardSheetTests.bookWithLongPhrase(times: times)
        let role = try CardSheetTests.role(of: situation, in: book)
        let view = BookView(book: book, role: role)
        let templates = try TemplateSet(folder: TestPaths.templates + "/html", required: [])
        let page = PageContext(
            view: view, style: HTMLTextStyle(book: book), pageExtension: "html", homePage: "index.html",
            fragments: Fragments(templates: templates))
        var sheets: [[String: Any]] = []
        let work = WorkCount.counting {
            let context = CardDeck(view: view, options: RenderOptions(role: role.id)).htmlContext(page)
            sheets = context["cards"] as? [[String: Any]] ?? []
        }
        let cards = sheets.reduce(0) { $0 + (($1["sheetCards"] as? [[String: Any]])?.count ?? 0) }
        return (work, cards)
    }

    @Test("A phrase continued over many cards is wrapped and formatted once, not once per card")
    func continuedPhraseCostsItsLength() throws {
        let base = try Self.work(times: 1).cards
        let short = try Self.work(times: 50)
        let long = try Self.work(times: 200)
        // The sheet's other situations take the same cards in all three; the long phrase's own take about four
        // times as many at 200 as at 50.
        #expect(long.cards - base >= 3 * (short.cards - base), "\(base), \(short.cards), \(long.cards)")
        // Four times the text: about four times the work. Re-wrapping it for every card would be sixteen.
        #expect(long.work <= short.work * 5, "\(short) → \(long)")
    }
}
