import Foundation
import Testing

@testable import PhrasebookKit

/// What a view tells about the phrases it shows, and the parts of page keys it works out once for every format.
@Suite("Book views")
struct BookViewTests {
    private func shippedBook() throws -> Book {
        try #require(try ContentLoader(folder: TestPaths.content).load().book)
    }

    @Test("a view shows a phrase exactly when one of its situations holds it: every phrase, every role")
    func showsWhatItHolds() throws {
        let book = try shippedBook()
        let phrases = PhraseDirectory(book)
        let restricted = book.situations.flatMap(\.phrases).filter { $0.roles != nil }
        #expect(!restricted.isEmpty, "the shipped book has phrases for some roles only")
        for role in [nil] + book.roles {
            let view = BookView(book: book, role: role)
            let held = Set(view.situations.flatMap(\.phrases).map(\.id))
            for phrase in book.situations.flatMap(\.phrases) {
                #expect(
                    view.shows(phrase.id, in: phrases) == held.contains(phrase.id),
                    "\(phrase.id) in the view of \(role?.id ?? "the whole book")")
            }
            #expect(!view.shows("no-such-phrase", in: phrases))
        }
        let somebody = try #require(
            book.roles.first { role in
                restricted.contains { phrase in !Audience.includes(phrase.roles, role.id) }
            })
        let hidden = try #require(restricted.first { !Audience.includes($0.roles, somebody.id) })
        #expect(BookView(book: book).shows(hidden.id, in: phrases), "the whole book shows every phrase")
        #expect(!BookView(book: book, role: somebody).shows(hidden.id, in: phrases))
    }

    @Test("a view's outline and body inputs are worked out once, and are what a fresh view works out")
    func keyPartsOnce() throws {
        let book = try shippedBook()
        let phrases = PhraseDirectory(book)
        let role = try #require(book.roles.first)
        let view = BookView(book: book, role: role)
        let situation = try #require(view.situations.first { !$0.situation.dialogues.isEmpty })
        let outline = view.outline
        let inputs = try #require(view.inputs(of: situation, page: "text", phrases: phrases))
        #expect(view.keyParts.stored(.outline) == outline)
        #expect(view.keyParts.stored(.body(page: "text", situation: situation.situation.id)) == inputs)
        #expect(
            view.keyParts.stored(.body(page: "roleHandbook", situation: situation.situation.id)) == nil,
            "another page: not yet")
        let fresh = BookView(book: book, role: role)
        #expect(fresh.outline == outline)
        #expect(fresh.inputs(of: situation, page: "text", phrases: phrases) == inputs)
    }
}
