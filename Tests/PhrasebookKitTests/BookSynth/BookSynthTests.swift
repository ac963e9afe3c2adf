import BookSynth
import Foundation
import PhrasebookKit
import Testing

@Suite("BookSynth: synthetic books for benchmarks")
struct BookSynthTests {
    private func temporaryFolder(_ name: String) -> String {
        TestPaths.scratch() + "/" + name
    }

    @Test("the same seed and size give byte-identical files")
    func sameSeedSameFiles() throws {
        let first = BookSynth(phrases: 300, seed: 7)
        let second = BookSynth(phrases: 300, seed: 7)
        #expect(first.files() == second.files())

        let one = temporaryFolder("same-1")
        let two = temporaryFolder("same-2")
        defer {
            try? FileManager.default.removeItem(atPath: one)
            try? FileManager.default.removeItem(atPath: two)
        }
        try first.write(to: one)
        try second.write(to: two)
        let paths = first.files().map(\.path)
        for path in paths {
            let a = FileManager.default.contents(atPath: one + "/" + path)
            let b = FileManager.default.contents(atPath: two + "/" + path)
            #expect(a != nil && a == b, "\(path) differs")
        }
    }

    @Test("another seed gives another book")
    func otherSeedOtherBook() {
        #expect(BookSynth(phrases: 100, seed: 1).files() != BookSynth(phrases: 100, seed: 2).files())
    }

    @Test("the book has exactly the number of phrases asked for", arguments: [1, 37, 200, 1234])
    func sizeIsHonoured(phrases: Int) throws {
        let folder = temporaryFolder("size-\(phrases)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BookSynth(phrases: phrases, seed: 3).write(to: folder)
        let book = try #require(try ContentLoader(folder: folder).load().book)
        #expect(book.situations.reduce(0) { $0 + $1.phrases.count } == phrases)
    }

    @Test("situations hold about 20 phrases and chapters about 10 situations")
    func shapeIsRealistic() throws {
        let folder = temporaryFolder("shape")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BookSynth(phrases: 2000, seed: 5).write(to: folder)
        let book = try #require(try ContentLoader(folder: folder).load().book)
        let perSituation = book.situations.map(\.phrases.count)
        #expect(perSituation.allSatisfy { (8...32).contains($0) })
        #expect((85...115).contains(book.situations.count))
        #expect(book.chapters.allSatisfy { (4...15).contains($0.situationRefs.count) })
        #expect(book.roles.count == 10 && book.channels.count == 4 && book.languages.map(\.code) == ["zh", "ko", "en"])
        #expect(!book.taboos.isEmpty)
        #expect(
            book.situations.allSatisfy { situation in
                ["zh", "ko", "en"].allSatisfy { !(situation.keywords?.text($0) ?? "").isEmpty }
            }, "every situation has search keywords, as the shipped book's do")
    }

    @Test("a book of about 200 phrases passes check --strict: no errors, no warnings")
    func passesStrictCheck() throws {
        let folder = temporaryFolder("strict")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BookSynth(phrases: 200).write(to: folder)
        let loaded = try ContentLoader(folder: folder).load()
        #expect(loaded.book != nil)
        let failing = Checker().check(loaded).filter { $0.severity == .error || $0.severity == .warning }
        #expect(failing.isEmpty, "\(failing.prefix(5).map(\.formatted))")
    }
}
