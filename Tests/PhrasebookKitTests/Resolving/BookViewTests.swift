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
        let part = try #require(view.keyParts.stored(.body(situation: situation.situation.id)) ?? nil)
        #expect(inputs == "body\ntext\n" + part)
        #expect(
            view.inputs(of: situation, page: "roleHandbook", phrases: phrases) == "body\nroleHandbook\n" + part,
            "another kind of page: the same part, named for that page")
        let fresh = BookView(book: book, role: role)
        #expect(fresh.outline == outline)
        #expect(fresh.inputs(of: situation, page: "text", phrases: phrases) == inputs)
        #expect(fresh.inputs(of: situation, page: "roleHandbook", phrases: phrases) != inputs)
    }

    @Test("formats rendering side by side share each view and its key parts; a job that does not makes its own")
    func sharedViews() throws {
        let book = try shippedBook()
        let role = try #require(book.roles.first)
        let alone = RenderJob(book: book, options: RenderOptions())
        #expect(alone.views == nil)
        #expect(alone.view(of: role).keyParts !== alone.view(of: role).keyParts, "made for each caller")
        let together = alone.sharingViews()
        let view = together.view(of: role)
        #expect(view.keyParts === together.view(of: role).keyParts, "the same view, asked twice")
        #expect(view.keyParts !== together.view(of: nil).keyParts, "the whole book's is another")
        #expect(together.view(of: nil).situations.count == BookView(book: book).situations.count)
        #expect(view.situations.map(\.situation.id) == BookView(book: book, role: role).situations.map(\.situation.id))
        let phrases = together.phraseDirectory()
        let situation = try #require(view.situations.first)
        _ = view.inputs(of: situation, page: "text", phrases: phrases)
        #expect(
            together.view(of: role).keyParts.stored(.body(situation: situation.situation.id)) != nil,
            "what one format worked out, the next finds")
    }
}
