import Foundation
import Testing

@testable import PhrasebookKit

@Suite("The preview site: rebuilt on demand, the last good site kept when an edit breaks")
struct PreviewSiteTests {
    @Test("A good build counts a generation; a broken edit keeps the site and names file:line:col; a fix clears it")
    func rebuilds() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let folder = TestPaths.scratch() + "/preview"
        let site = PreviewSite(contentFolder: content, templatesFolder: TestPaths.templates, folder: folder)
        #expect(site.rebuild() == PreviewSite.State(generation: 1, problems: []))
        let page = site.siteRoot + "/situations/silent-call.html"
        let good = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!FileManager.default.fileExists(atPath: folder + "/markdown"), "only the HTML site is built")

        let file = content + "/situations/silent-call.xml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(original.replacingOccurrences(of: "</title>", with: "</titel>"), to: file)
        let broken = site.rebuild()
        #expect(broken.generation == 1)
        #expect(broken.problems.contains { $0.contains("silent-call.xml:") && $0.contains(": error: ") })
        #expect(try String(contentsOfFile: page, encoding: .utf8) == good)

        try TestPaths.write(original.replacingOccurrences(of: "Silent call", with: "Silent line"), to: file)
        #expect(site.rebuild() == PreviewSite.State(generation: 2, problems: []))
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Silent line"))
    }

    @Test("A broken template is a problem too, not a crash")
    func brokenTemplate() throws {
        let templates = try TestPaths.copyOfTemplates()
        try TestPaths.write("{{#book}}unclosed", to: templates + "/html/index.mustache")
        let site = PreviewSite(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, folder: TestPaths.scratch())
        let state = site.rebuild()
        #expect(state.generation == 0)
        #expect(state.problems.first?.contains("index.mustache") == true)
    }

    @Test("The watcher's fingerprint changes with a file's content, and ignores hidden files")
    func fingerprint() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let watcher = FolderWatcher(folders: [folder])
        let before = watcher.fingerprint()
        try TestPaths.write("swap", to: folder + "/situations/.silent-call.xml.swp")
        #expect(watcher.fingerprint() == before)
        try TestPaths.write("<situations/>", to: folder + "/situations/new.xml")
        #expect(watcher.fingerprint() != before)
    }
}
