import Testing

@testable import PhrasebookKit

@Suite("Text outputs of the shipped content at every width")
struct TextOutputTests {
    static let cardLines = RenderOptions().cardLines

    /// The widths the shipped book is laid out at: every width up to 33, where the longest words and blanks come
    /// close to a line's width, odd and even (a wide character does not fit in the last column of an odd one);
    /// above it, some of each. Each is a render of the whole book in a debug build: `LineBreakerPropertyTests`
    /// lays random texts out at every width from 8 to 80.
    static let widths = Array(24...33) + [36, 41, 47, 52, 59, 64, 73, 80]

    @Test(
        "Every line of the handbook, every role's handbook and every role's cards fits and keeps kinsoku",
        arguments: widths)
    func everyLineFits(width: Int) throws {
        try expectEveryLineFits(width: width, pronunciations: [])
    }

    @Test(
        "With Korean pronunciation guides (--pronunciation ko), every line still fits and keeps kinsoku",
        arguments: Array(stride(from: 24, through: 80, by: 8)))
    func everyLineFitsWithGuides(width: Int) throws {
        try expectEveryLineFits(width: width, pronunciations: ["ko"])
    }

    private func expectEveryLineFits(width: Int, pronunciations: [String]) throws {
        let book = try ShippedContent.book.get()
        let options = RenderOptions(
            formats: [.text], textWidth: width, cardWidth: width, pronunciations: pronunciations)
        let files = try ShippedContent.pipeline.render(book, options)
        let measure = DisplayWidth()
        #expect(files.contains { $0.path == "text/handbook.txt" })
        #expect(files.filter { $0.path.hasPrefix("text/roles/") }.count == book.roles.count)
        #expect(files.filter { $0.path.hasPrefix("text/cards/") }.count == book.roles.count)
        var problems: [String] = []
        // A line the role handbooks and cards repeat is measured where it first appears.
        var measured = Set<Substring>()
        for file in files {
            for (number, line) in file.contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where measured.insert(line).inserted {
                let line = String(line)
                let columns = measure.of(line)
                if columns > width { problems.append("\(file.path):\(number + 1): \(columns) columns: \(line)") }
                if let violation = Kinsoku.violation(line, allowedStarts: ShippedContent.textsStartingWithStops) {
                    problems.append("\(file.path):\(number + 1): \(violation): \(line)")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(
        "Cards are card-lines tall with a card-wide rule (and stamp), split by form feeds, with or without guides",
        arguments: [24, 32, 48, 80], [[], ["ko"]])
    func cardsHaveTheirSize(width: Int, pronunciations: [String]) throws {
        let book = try ShippedContent.book.get()
        let options = RenderOptions(
            formats: [.text], textWidth: width, cardWidth: width, pronunciations: pronunciations)
        let files = try ShippedContent.pipeline.render(book, options).filter { $0.path.hasPrefix("text/cards/") }
        for file in files {
            let cards = file.contents.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            // Each situation with card phrases starts a card of its own (and may continue on more).
            let roleID = String(file.path.dropFirst("text/cards/".count).dropLast(".txt".count))
            let role = try #require(book.roles.first { $0.id == roleID })
            let situations = CardDeck(view: BookView(book: book, role: role), options: options).groups.count
            #expect(situations > 0 && cards.count >= situations, "\(file.path): \(cards.count) cards")
            for (index, card) in cards.enumerated() {
                #expect(card.hasSuffix("\n"), "\(file.path) card \(index + 1) does not end with a newline")
                let lines = card.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == Self.cardLines, "\(file.path) card \(index + 1) has \(lines.count) lines")
                #expect(lines.contains { $0.hasPrefix("----") && DisplayWidth().of(String($0)) == width })
            }
        }
    }

    @Test("The layout itself uses only ASCII: rules, bullets, markers and labels", arguments: [24, 80])
    func layoutIsASCII(width: Int) throws {
        let book = try ShippedContent.book.get()
        let files = try ShippedContent.pipeline.render(book, RenderOptions(formats: [.text], textWidth: width))
        var looked = Set<Substring>()  // a line the role handbooks and cards repeat is looked at once
        for file in files {
            for line in file.contents.split(separator: "\n") where looked.insert(line).inserted {
                let text = Kinsoku.content(of: String(line))
                let layout = line.prefix(line.count - text.count)
                #expect(layout.allSatisfy { $0.isASCII || $0 == "\u{0C}" }, "\(file.path): \(line)")
                if text.allSatisfy({ $0 == "=" || $0 == "-" }) { continue }
                for character in text where !character.isASCII {
                    // Non-ASCII text must be content: it never is a box-drawing or ambiguous layout character.
                    #expect(!("\u{2500}"..."\u{257F}").contains(character), "\(file.path): \(line)")
                }
            }
        }
    }
}
