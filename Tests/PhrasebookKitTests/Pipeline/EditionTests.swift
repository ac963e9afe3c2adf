import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Editions: every output carries the book's edition and the content's hash")
struct EditionTests {
    /// The shipped book rendered in every format, with its declared edition or `edition`.
    static func render(edition: String? = nil) throws -> (files: [OutputFile], stamp: String) {
        let book = try ShippedContent.book.get()
        let files = try ShippedContent.pipeline.render(book, RenderOptions(edition: edition))
        return (files, Edition(book: book, name: edition).stamp)
    }

    @Test("The shipped book declares its edition, and the stamp adds an 8-digit content hash")
    func shippedStamp() throws {
        let book = try ShippedContent.book.get()
        #expect(book.edition == "2026-12")
        #expect(book.contentHash.count == 8 && book.contentHash.allSatisfy(\.isHexDigit))
        #expect(Edition(book: book).stamp == "2026-12 (\(book.contentHash))")
    }

    @Test("Every page, handbook and card sheet of every format shows the stamp")
    func everyFileShowsTheStamp() throws {
        let (files, stamp) = try Self.render()
        let pages = files.filter { [".html", ".md", ".txt"].contains(where: $0.path.hasSuffix) }
        #expect(pages.count > 150)
        let missing = pages.filter { !$0.contents.contains(stamp) }.map(\.path)
        #expect(missing.isEmpty, "no stamp in \(missing.prefix(10))")
    }

    @Test("Each pocket card shows it: every text card and every card of the HTML sheets")
    func everyCardShowsTheStamp() throws {
        let (files, stamp) = try Self.render()
        for file in files where file.path.hasPrefix("text/cards/") {
            for card in file.contents.split(separator: "\u{0C}") {
                #expect(card.contains(stamp), "a card of \(file.path) has no stamp")
            }
        }
        for file in files where file.path.hasPrefix("html/cards/") {
            let cards = file.contents.components(separatedBy: "<section class=\"card").count - 1
            let stamps = file.contents.components(separatedBy: "<p class=\"edition\">\(stamp)</p>").count - 1
            #expect(cards > 0 && stamps == cards, "\(file.path): \(cards) cards, \(stamps) stamps")
        }
    }

    @Test("--edition overrides the declared edition in every format")
    func optionOverrides() throws {
        let (files, stamp) = try Self.render(edition: "2027-01")
        #expect(stamp.hasPrefix("2027-01 ("))
        for path in ["html/index.html", "markdown/README.md", "text/handbook.txt", "text/cards/hotline-agent.txt"] {
            let file = try #require(files.first { $0.path == path })
            #expect(file.contents.contains(stamp), "\(path)")
            #expect(!file.contents.contains("2026-12"), "\(path)")
        }
    }

    @Test(
        "An edition that is not 1 to 24 letters, digits, '.', '_', '-' is refused",
        arguments: ["", "a b", "-x", "é", String(repeating: "9", count: 25)])
    func badEditionRefused(name: String) throws {
        let book = try ShippedContent.book.get()
        #expect(throws: PhrasebookError.self) { try ShippedContent.pipeline.render(book, RenderOptions(edition: name)) }
    }

    @Test("The same content gives the same hash; any change to a file gives another")
    func hashFollowsTheContent() throws {
        let phrase = ContentFixture.phrase("greet-hello", zh: "您好。", ko: "안녕하세요.", en: "Hello.")
        let fixture = ContentFixture(situations: ["greet": ContentFixture.situation("greet", body: phrase)])
        let changed = ContentFixture(
            situations: [
                "greet": ContentFixture.situation(
                    "greet", body: ContentFixture.phrase("greet-hello", zh: "您好！", ko: "안녕하세요.", en: "Hello."))
            ])
        func hash(_ fixture: ContentFixture) throws -> String {
            try fixture.withFolder { folder in try #require(try ContentLoader(folder: folder).load().book).contentHash }
        }
        let first = try hash(fixture)
        #expect(try hash(fixture) == first)
        #expect(try hash(changed) != first)
    }
}
