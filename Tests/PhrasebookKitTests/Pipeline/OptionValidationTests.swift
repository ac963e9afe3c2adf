import Testing

@testable import PhrasebookKit

@Suite("Build options are checked against the book once, whatever the formats")
struct OptionValidationTests {
    static let book = Result { try ContentLoader(folder: TestPaths.fixture("minimal")).load().book! }

    @Test("An undeclared --card-language is refused for every format, HTML alone included")
    func unknownCardLanguage() throws {
        let book = try Self.book.get()
        for format in OutputFormat.allCases {
            let options = RenderOptions(formats: [format], cardLanguages: ["xx"])
            #expect(throws: PhrasebookError.self) { try options.validate(against: book) }
            #expect(throws: PhrasebookError.self) { try ShippedContent.pipeline.render(book, options) }
        }
        #expect(throws: Never.self) { try RenderOptions(cardLanguages: ["ko"]).validate(against: book) }
    }

    @Test("An undeclared --role is refused, naming the roles the book declares")
    func unknownRole() throws {
        let book = try Self.book.get()
        do {
            try RenderOptions(role: "nobody").validate(against: book)
            Issue.record("--role nobody was accepted")
        } catch {
            #expect(error.description.contains("nobody"))
            #expect(error.description.contains(book.roles[0].id))
        }
    }
}
