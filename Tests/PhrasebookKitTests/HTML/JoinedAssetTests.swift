import Foundation
import Testing

@testable import PhrasebookKit

@Suite("A folder of parts named like a script or a style sheet is joined into one file")
struct JoinedAssetTests {
    /// Writes `text` at `path`, making its folders.
    private func write(_ text: String, at path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("parts in the order of their names, a line feed between them where one lacks it, hidden ones left out")
    func joinedInNameOrder() throws {
        let assets = TestPaths.scratch() + "/assets"
        try write("// two\n", at: assets + "/app.js/02-two.js")
        try write("// one, no line end", at: assets + "/app.js/01-one.js")
        try write("// ten\n", at: assets + "/app.js/10-ten.js")
        try write("// nested\n", at: assets + "/app.js/05-more/a.js")
        try write("swap file", at: assets + "/app.js/.01-one.js.swp")
        try write("b { }\n", at: assets + "/theme.css/b.css")
        try write("a { }", at: assets + "/theme.css/a.css")
        try write("plain", at: assets + "/fonts/face.txt")
        let files = try Assets.read(assets).files
        #expect(files.map(\.path) == ["app.js", "fonts/face.txt", "theme.css"])
        let text = Dictionary(
            uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.binary ?? Data(), as: UTF8.self)) })
        #expect(text["app.js"] == "// one, no line end\n// two\n// nested\n// ten\n")
        #expect(text["theme.css"] == "a { }\nb { }\n")
        #expect(text["fonts/face.txt"] == "plain")
        #expect(
            try Assets.read(assets).digests.keys.sorted() == [
                "app.js/01-one.js", "app.js/02-two.js", "app.js/05-more/a.js", "app.js/10-ten.js", "fonts/face.txt",
                "theme.css/a.css", "theme.css/b.css",
            ])
    }

    @Test("the shipped search.js is its parts joined, each starting on a line of its own")
    func shippedSearchScript() throws {
        let folder = TestPaths.templates + "/html/assets/search.js"
        let parts = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        #expect(parts.count > 1 && parts.first == "01-load.js")
        let joined = try Assets.read(TestPaths.templates + "/html/assets").files.first { $0.path == "search.js" }
        let expected = try parts.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined()
        #expect(joined.map { String(decoding: $0.binary ?? Data(), as: UTF8.self) } == expected)
        #expect(parts.allSatisfy { (try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8))?.last == "\n" })
    }

    @Test("nothing changed is up to date; a part edited or added is seen by the next build, which equals a clean one")
    func partEditedIncrementally() throws {
        let templates = try TestPaths.copyOfTemplates()
        let output = TestPaths.scratch() + "/Output"
        let pipeline = Pipeline(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: output)
        _ = try pipeline.build(RenderOptions(formats: [.html]))
        // Each part is recorded as read, with its own digest: with nothing changed, the next build has nothing to do.
        #expect(try pipeline.build(RenderOptions(formats: [.html])).upToDate)
        let parts = templates + "/html/assets/search.js"
        try write("// the last part\n", at: parts + "/99-last.js")
        let page = try String(contentsOfFile: parts + "/15-page.js", encoding: .utf8)
        try write(
            page.replacingOccurrences(of: "\"use strict\";", with: "\"use strict\"; // edited"),
            at: parts + "/15-page.js")
        let edited = try pipeline.build(RenderOptions(formats: [.html]))
        #expect(!edited.upToDate)
        let script = try String(contentsOfFile: output + "/html/assets/search.js", encoding: .utf8)
        #expect(script.hasSuffix("})(window.phrasebookSearch);\n// the last part\n"))
        #expect(script.contains("\"use strict\"; // edited"))
        #expect(!FileManager.default.fileExists(atPath: output + "/html/assets/search.js/99-last.js"))
        let clean = TestPaths.scratch() + "/Clean"
        _ = try Pipeline(contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: clean)
            .build(RenderOptions(formats: [.html]), clean: true)
        #expect(TestPaths.snapshot(output) == TestPaths.snapshot(clean))
    }
}
