import Testing

@testable import PhrasebookKit

@Suite("When each file of the preview site last changed, as the open pages see it")
struct PageChangesTests {
    @Test("A page changes with its own file and with what every page loads; only the search page with the search data")
    func whatAPageShows() {
        var changes = PageChanges()
        #expect(changes.lastChange(of: "index.html") == 0)
        changes.note("situations/a.html", changedIn: 2)
        changes.note("assets/search/core.js", changedIn: 3)
        #expect(changes.lastChange(of: "situations/a.html") == 2)
        #expect(changes.lastChange(of: "situations/b.html") == 0)
        #expect(changes.lastChange(of: "search.html") == 3)
        changes.note("assets/nav-data.js", changedIn: 4)
        #expect(changes.lastChange(of: "situations/b.html") == 4 && changes.lastChange(of: "search.html") == 4)
        changes.note("situations/a.html", changedIn: 1)
        #expect(changes.lastChange(of: "situations/a.html") == 4, "an earlier generation noted late changes nothing")
    }

    @Test("A file a good build no longer writes changed in that build's generation")
    func filesGone() {
        var changes = PageChanges()
        changes.noteFiles(["index.html", "situations/a.html", "situations/b.html"], in: 1)
        changes.noteFiles(["index.html", "situations/a.html"], in: 2)
        #expect(changes.lastChange(of: "situations/b.html") == 2)
        #expect(changes.lastChange(of: "situations/a.html") == 0, "still written: what changed in it is noted apart")
    }
}
