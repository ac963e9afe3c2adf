import Foundation
import Testing

@testable import PhrasebookKit

/// Situation files are read into situations on the worker that parsed them (their element trees are let go
/// there), and the book is the one a single reader makes of every tree in file order.
@Suite("Situations read where they are parsed")
struct ParallelReadTests {
    /// Where the situation files are among the files the loader reads (after `phrasebook.xml` and the taboos).
    private func situationRange(_ files: [String]) throws -> Range<Int> {
        try #require(files.firstIndex { $0.contains("/situations/") })..<files.count
    }

    @Test("a situation file comes back read, without its tree; the book's files keep theirs")
    func readOnTheWorker() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let files = try ContentLoader(folder: content).files()
        let situations = try situationRange(files)
        #expect(situations.count == 2)
        let parsed = try ParallelParser.parse(files, situations: situations)
        #expect(parsed[0].root?.name == "phrasebook")
        #expect(parsed[0].read == nil)
        for index in situations {
            #expect(parsed[index].root == nil, "\(files[index])")
            let read = try #require(parsed[index].read)
            #expect(read.situation.file == files[index])
            #expect(read.digest == parsed[index].digest)
        }
    }

    @Test("a root that is not <situation> keeps its tree, for the schema error")
    func wrongRoot() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write("<taboos/>\n", to: content + "/situations/silent-call.xml")
        let files = try ContentLoader(folder: content).files()
        let parsed = try ParallelParser.parse(files, situations: try situationRange(files))
        let index = try #require(files.firstIndex { $0.hasSuffix("silent-call.xml") })
        #expect(parsed[index].root?.name == "taboos")
        #expect(parsed[index].read == nil)
        let loaded = try ContentLoader(folder: content).load()
        #expect(loaded.diagnostics.contains { $0.message.contains("must be <situation>") })
    }

    @Test("the check-ignore codes are met in file order, as one reader reading every tree in turn meets them")
    func checkIgnoresInOrder() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.replace(
            "<situation ", with: "<situation check-ignore=\"first-code second-code\" ",
            in: content + "/situations/counter-welcome.xml")
        try TestPaths.replace(
            "<situation ", with: "<situation check-ignore=\"third-code\" ", in: content + "/situations/silent-call.xml")
        let files = try ContentLoader(folder: content).files()
        let trees = try ParallelParser.parse(files).map { try #require($0.root) }
        var reader = ModelReader()
        for index in try situationRange(files) { _ = reader.situation(trees[index], file: files[index]) }
        _ = reader.taboos(trees[1])
        _ = reader.book(trees[0], situations: [], taboos: [])
        let book = try #require(try ContentLoader(folder: content).load().book)
        #expect(book.checkIgnores.map(\.value) == reader.checkIgnores.map(\.value))
        #expect(book.checkIgnores.map(\.value).prefix(3) == ["first-code", "second-code", "third-code"])
        #expect(book.checkIgnores.map(\.location) == reader.checkIgnores.map(\.location))
    }
}
