import BookSynth
import Foundation
import PhrasebookKit
import Testing

@Suite("The benchmark's Hugo site: the same book, for timing Hugo beside phrasebook")
struct HugoSiteTests {
    static let hugo = "/usr/bin/hugo"

    @Test(
        "Hugo builds it: a page per situation with every phrase, a page per chapter, a page per role",
        .enabled(if: FileManager.default.isExecutableFile(atPath: hugo), "needs Debian's hugo (.ci/run installs it)"))
    func hugoBuildsTheSite() throws {
        let scratch = NSTemporaryDirectory() + "hugo-site-tests-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try BookSynth(phrases: 120, seed: 3).write(to: scratch + "/content")
        let book = try #require(try ContentLoader(folder: scratch + "/content").load().book)
        try HugoSite(book: book).write(to: scratch + "/site")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.hugo)
        process.arguments = ["--quiet", "--source", scratch + "/site", "--destination", scratch + "/public"]
        try ProcessStart.serialized { try process.run() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        for chapter in book.chapters {
            for reference in chapter.situationRefs {
                let page = scratch + "/public/\(chapter.id)/\(reference.value)/index.html"
                let html = try String(contentsOfFile: page, encoding: .utf8)
                let situation = try #require(book.situations.first { $0.id == reference.value })
                for phrase in situation.phrases {
                    #expect(html.contains(phrase.id), "\(page) lacks \(phrase.id)")
                }
            }
            #expect(FileManager.default.fileExists(atPath: scratch + "/public/\(chapter.id)/index.html"))
        }
        for role in book.roles {
            #expect(FileManager.default.fileExists(atPath: scratch + "/public/roles/\(role.id)/index.html"))
        }
    }
}
