/// When each file of the preview site last changed, as a generation of ``PreviewSite/State``, so that an open page
/// reloads only when a build changed what it shows: its own file, a file every page loads (the style, the scripts,
/// the navigation data with every title) or, for the search page, the search data.
struct PageChanges: Sendable {
    /// The generation in which each page (a path in the site ending in `.html`) last changed.
    private var pages: [String: Int] = [:]
    /// The last generation in which a file every page loads changed: one under `assets/` but not the search data.
    private var everyPage = 0
    /// The last generation in which the search data (`assets/search/`) changed.
    private var searchData = 0
    /// The site's files as the last good build wrote them.
    private var files: Set<String> = []

    /// Notes that the file at `path` (a path in the site) changed, or was removed, in `generation`.
    mutating func note(_ path: String, changedIn generation: Int) {
        if path.hasPrefix("assets/search/") {
            searchData = max(searchData, generation)
        } else if path.hasSuffix(".html") {
            pages[path] = max(pages[path] ?? 0, generation)
        } else {
            everyPage = max(everyPage, generation)
        }
    }

    /// Notes the files a good build wrote, in `generation`: those of the build before that it no longer writes
    /// changed then (they are gone).
    mutating func noteFiles(_ written: Set<String>, in generation: Int) {
        for removed in files.subtracting(written) { note(removed, changedIn: generation) }
        files = written
    }

    /// The last generation in which something the page at `page` shows changed; 0 when nothing has since the site
    /// was first built into its folder.
    func lastChange(of page: String) -> Int {
        let own = max(pages[page] ?? 0, everyPage)
        return page == "search.html" ? max(own, searchData) : own
    }
}
