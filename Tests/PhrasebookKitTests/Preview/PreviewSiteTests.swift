import Foundation
import Testing

@testable import PhrasebookKit

@Suite("The preview site: rebuilt on demand, the last good site kept when an edit breaks")
struct PreviewSiteTests {
    /// A preview of a copy of the minimal book, built once; its silent call's file and that file's text.
    private func builtSite() throws -> (site: PreviewSite, file: String, original: String) {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let site = PreviewSite(
            contentFolder: content, templatesFolder: TestPaths.templates, folder: TestPaths.scratch() + "/preview")
        site.rebuild()
        let file = content + "/situations/silent-call.xml"
        return (site, file, try String(contentsOfFile: file, encoding: .utf8))
    }

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

    @Test("The open pages are rendered first, as the build then writes them, and announced before it")
    func openPagesFirst() async throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let site = PreviewSite(
            contentFolder: content, templatesFolder: TestPaths.templates, folder: TestPaths.scratch() + "/preview")
        var announced: [PreviewSite.State] = []
        site.rebuild(open: ["situations/silent-call.html"]) { announced.append($0) }
        #expect(announced == [PreviewSite.State(generation: 1, problems: [])])
        site.rebuild(open: ["situations/silent-call.html"]) { announced.append($0) }
        #expect(announced.count == 1, "nothing changed: nothing to announce")

        let file = content + "/situations/silent-call.xml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(original.replacingOccurrences(of: "Silent call", with: "Silent line"), to: file)
        var folder: Data?
        var ahead: Data?
        let state = site.rebuild(open: ["situations/silent-call.html", "index.html"]) { early in
            announced.append(early)
            // Announced before the build: the page comes from memory, the folder still has the old one.
            folder = FileManager.default.contents(atPath: site.siteRoot + "/situations/silent-call.html")
            ahead = site.renderedAhead("situations/silent-call.html")
        }
        #expect(announced.last == PreviewSite.State(generation: 2, problems: []))
        #expect(state == PreviewSite.State(generation: 2, problems: []))
        #expect(folder.map { String(decoding: $0, as: UTF8.self).contains("Silent call") } == true)
        #expect(site.renderedAhead("situations/silent-call.html") == nil, "forgotten once the site is built")
        let built = try #require(FileManager.default.contents(atPath: site.siteRoot + "/situations/silent-call.html"))
        #expect(String(decoding: built, as: UTF8.self).contains("Silent line"))
        #expect(ahead == built)
        #expect(await site.file("situations/silent-call.html") == built)

        try TestPaths.write(original.replacingOccurrences(of: "</title>", with: "</titel>"), to: file)
        let broken = site.rebuild(open: ["situations/silent-call.html"]) { announced.append($0) }
        #expect(announced.count == 2, "a broken edit is not announced as a generation")
        #expect(broken.generation == 2 && !broken.problems.isEmpty)
    }

    @Test("An edit the open pages do not show is not announced ahead: broken, they stay as they are; good, one reload")
    func editOtherPagesShow() throws {
        let templates = try TestPaths.copyOfTemplates()
        let site = PreviewSite(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates,
            folder: TestPaths.scratch() + "/preview")
        site.rebuild()
        let contents = templates + "/html/index.mustache"
        let original = try String(contentsOfFile: contents, encoding: .utf8)
        let open = ["situations/silent-call.html"]
        var announced: [PreviewSite.State] = []
        // Broken where only the contents page shows it (a name the renderer lacks, found as it renders).
        try TestPaths.write(original.replacingOccurrences(of: "</main>", with: "{{nosuchkey}}</main>"), to: contents)
        let broken = site.rebuild(open: open) { announced.append($0) }
        #expect(announced.isEmpty, "the open page is as it was: not announced, so not taken back either")
        #expect(broken.generation == 1 && broken.problems.contains { $0.contains("index.mustache") })

        try TestPaths.write(original.replacingOccurrences(of: "</main>", with: "<p>New</p></main>"), to: contents)
        let good = site.rebuild(open: open) { announced.append($0) }
        #expect(announced.isEmpty)
        #expect(good == PreviewSite.State(generation: 2, problems: []), "built: the open pages reload once")
        let index = try String(contentsOfFile: site.siteRoot + "/index.html", encoding: .utf8)
        #expect(index.contains("<p>New</p>"))
    }

    @Test("A page's last change: its own file, a file every page loads, or for search the data; not other pages'")
    func lastChange() throws {
        let (site, file, original) = try builtSite()
        let silent = "situations/silent-call.html"
        let counter = "situations/counter-welcome.html"
        #expect(site.lastChange(of: silent) == 1 && site.lastChange(of: counter) == 1)
        var announced: [PreviewSite.State] = []

        // A phrase's text: its situation's page and the search data change, the other situation's page does not.
        let phrase = original.replacingOccurrences(of: "Please call again", with: "Please ring again")
        try TestPaths.write(phrase, to: file)
        #expect(site.rebuild(open: [counter]) { announced.append($0) }.generation == 2)
        #expect(announced.isEmpty, "the open page came out as it is")
        #expect(site.lastChange(of: silent) == 2 && site.lastChange(of: "search.html") == 2)
        #expect(site.lastChange(of: counter) == 1, "an edit the page does not show: it stays as it is")

        // A title is in the navigation data every page loads: every page changes.
        try TestPaths.write(phrase.replacingOccurrences(of: "Silent call", with: "Silent line"), to: file)
        #expect(site.rebuild(open: [silent]) { announced.append($0) }.generation == 3)
        #expect(announced.map(\.generation) == [3])
        #expect(site.lastChange(of: silent) == 3 && site.lastChange(of: counter) == 3)

        // A page no longer built changes too (it is gone): the counter's situation and its chapter removed.
        let content = (file as NSString).deletingLastPathComponent + "/.."
        try FileManager.default.removeItem(atPath: content + "/situations/counter-welcome.xml")
        let book = try String(contentsOfFile: content + "/phrasebook.xml", encoding: .utf8)
        let chapter = try #require(
            book.range(of: #"(?s)<chapter id="counter">.*?</chapter>"#, options: .regularExpression))
        try TestPaths.write(book.replacingCharacters(in: chapter, with: ""), to: content + "/phrasebook.xml")
        #expect(site.rebuild().problems == [])
        #expect(site.lastChange(of: counter) == 4)
        #expect(site.lastChange(of: "no-such-page.html") == 4, "a page that is not there: what every page loads")
    }

    @Test("Pages shown ahead of a build that then fails change again when taken back; the others do not")
    func lastChangeTakenBack() throws {
        let templates = try TestPaths.copyOfTemplates()
        let content = try TestPaths.copy(ofFixture: "minimal")
        let site = PreviewSite(
            contentFolder: content, templatesFolder: templates, folder: TestPaths.scratch() + "/preview")
        site.rebuild()
        // Broken where only the contents page shows it (a name the renderer lacks, found as it renders).
        let contents = templates + "/html/index.mustache"
        try TestPaths.write(
            String(contentsOfFile: contents, encoding: .utf8).replacingOccurrences(
                of: "</main>", with: "{{nosuchkey}}</main>"), to: contents)
        let file = content + "/situations/silent-call.xml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(original.replacingOccurrences(of: "Please call again", with: "Call again"), to: file)
        var announced: [PreviewSite.State] = []
        let open = ["situations/silent-call.html", "situations/counter-welcome.html"]
        let state = site.rebuild(open: open) { early in
            announced.append(early)
            #expect(site.lastChange(of: open[0]) == 2 && site.lastChange(of: open[1]) == 1)
        }
        #expect(announced.map(\.generation) == [2])
        #expect(state.generation == 3 && !state.problems.isEmpty)
        #expect(site.lastChange(of: open[0]) == 3, "back to the last good page")
        #expect(site.lastChange(of: open[1]) == 1)
    }

    @Test("Following a page: where it first differs after the build, said with the state, ahead of the build too")
    func follow() throws {
        let (site, file, original) = try builtSite()
        let page = "situations/silent-call.html"
        try TestPaths.write(original.replacingOccurrences(of: "Please call again", with: "Please ring again"), to: file)
        let state = site.rebuild(follow: page)
        #expect(state == PreviewSite.State(generation: 2, problems: [], go: page + "#silent-call-hang-up"))

        // Shown ahead: the page followed is rendered with the open ones, and the announcement says where.
        try TestPaths.write(original.replacingOccurrences(of: "Your call is connected", with: "Connected"), to: file)
        var announced: [PreviewSite.State] = []
        let ahead = site.rebuild(open: ["index.html"], follow: page) { announced.append($0) }
        #expect(announced == [PreviewSite.State(generation: 3, problems: [], go: page + "#silent-call-connected")])
        #expect(ahead == announced.first)

        // A save while the rest is built: the build is past the page shown ahead; the place is where the built
        // page differs from the one before both saves.
        let shown = original.replacingOccurrences(of: "Your call is connected", with: "Connected")
        try TestPaths.write(shown.replacingOccurrences(of: "Please call again", with: "Call again"), to: file)
        var early: PreviewSite.State?
        let overtaken = site.rebuild(open: ["index.html"], follow: page) { state in
            early = state
            try? TestPaths.write(
                shown.replacingOccurrences(of: "Please call again", with: "Call again")
                    .replacingOccurrences(of: "Connected.", with: "You are through."), to: file)
        }
        #expect(early?.go == page + "#silent-call-hang-up")
        #expect(overtaken == PreviewSite.State(generation: 5, problems: [], go: page + "#silent-call-connected"))

        // Nothing on the page changed (a comment), a broken edit: nowhere to go.
        try TestPaths.write(
            shown.replacingOccurrences(of: "Please call again", with: "Call again")
                .replacingOccurrences(of: "Connected.", with: "You are through.") + "<!-- x -->", to: file)
        #expect(site.rebuild(follow: page).go == nil)
        try TestPaths.write(original.replacingOccurrences(of: "</title>", with: "</titel>"), to: file)
        #expect(site.rebuild(follow: page).go == nil)
    }

    @Test("A save between the open pages rendered ahead and the build counts one more generation: they reload")
    func saveWhileBuilding() throws {
        let (site, file, original) = try builtSite()
        try TestPaths.write(original.replacingOccurrences(of: "Silent call", with: "Edit A"), to: file)
        var announced: [PreviewSite.State] = []
        let state = site.rebuild(open: ["situations/silent-call.html"]) { early in
            announced.append(early)
            try? TestPaths.write(original.replacingOccurrences(of: "Silent call", with: "Edit B"), to: file)
        }
        #expect(announced == [PreviewSite.State(generation: 2, problems: [])])
        #expect(state == PreviewSite.State(generation: 3, problems: []), "the announced page (Edit A) is out of date")
        let built = try #require(FileManager.default.contents(atPath: site.siteRoot + "/situations/silent-call.html"))
        #expect(String(decoding: built, as: UTF8.self).contains("Edit B"))
        #expect(site.rebuild(open: ["situations/silent-call.html"]) == state, "the next save's rebuild finds it built")
    }

    @Test("Rendered ahead: byte for byte what the build writes, assets included; nothing when up to date or broken")
    func renderAhead() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        let pipeline = Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        let options = RenderOptions(formats: [.html])
        let memory = RenderMemory()
        _ = try pipeline.build(options, memory: memory)
        let wanted: Set = ["html/situations/silent-call.html", "html/roles/hotline-agent.html", "html/index.html"]
        #expect(pipeline.renderAhead(wanted, options, strict: false, memory: memory) == nil, "up to date")

        let file = content + "/situations/silent-call.xml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(original.replacingOccurrences(of: "Silent call", with: "Silent line"), to: file)
        let files = try #require(pipeline.renderAhead(wanted, options, strict: false, memory: memory))
        #expect(memory.lastReuse(.html)?.reused == 0, "a render ahead leaves the memory as the last build left it")
        let paths = Set(files.map(\.path))
        #expect(wanted.isSubset(of: paths))
        #expect(
            paths.subtracting(wanted).allSatisfy {
                $0.hasPrefix("html/assets/") && !$0.hasPrefix("html/assets/search/")
            })
        _ = try pipeline.build(options, memory: memory)
        let written = TestPaths.snapshot(output)
        for file in files {
            #expect(written[file.path] == (file.binary ?? Data(file.contents.utf8)), "\(file.path)")
        }

        try TestPaths.write(original.replacingOccurrences(of: "</title>", with: "</titel>"), to: file)
        #expect(pipeline.renderAhead(wanted, options, strict: false, memory: memory) == nil, "broken")
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
