import Foundation

/// Writes the intranet site: home, a page per situation, a handbook per role and one of the whole book
/// (`book/handbook.html`, to print), the taboo list, the glossary (when the book has one), card sheets, the shared
/// assets and the search data. Shaped entirely by `Templates/html`.
///
/// Besides the common page keys, every page gets `searchScript` (the search data it loads), `searchScope`
/// (what it searches, for the search box's label), `titleTag` and `sectionTag` (the heading elements of a situation's
/// title and its parts), and `isHome`, `isTaboos`, `isGlossary`, `isRoleHandbook` (which page it is,
/// for navigation). On a situation page `chapters` holds only the page's own chapter (`isCurrentChapter`), in
/// which the page's situation has `isCurrent`.
struct HTMLRenderer: Renderer {
    /// The templates every site needs.
    static let requiredTemplates = [
        "index", "situation", "role", "taboos", "glossary", "cards", "situation-body", "phrase",
    ]

    let templates: TemplateSet
    /// Files copied as they are into `html/assets/` (style sheet, script).
    let assets: [OutputFile]

    var inputs: [String: String] {
        assets.reduce(into: templates.digests) { inputs, asset in
            inputs[templates.folder + "/assets/" + asset.path] = FileDigest.of(asset.binary ?? Data())
        }
    }

    func render(_ job: RenderJob, into sink: any FileSink) throws(PhrasebookError) {
        let style = HTMLTextStyle()
        let formatted = FormattedTextCache()
        let fragments = Fragments(templates: templates, pageKeys: Self.headingKeys)
        let phrases = PhraseDirectory(job.book)
        let searchEntries = SearchIndex.Entries()
        for asset in assets {
            var file = asset
            file.path = "html/assets/" + asset.path
            try sink.accept(file)
        }
        if job.includesWholeBook {
            let view = BookView(book: job.book)
            let site = PageContext(
                view: view, style: style, pageExtension: "html", homePage: "index.html", fragments: fragments,
                formatted: formatted, phrases: phrases)
            try sink.accept(
                OutputFile(
                    path: "html/assets/search-book.js",
                    contents: SearchIndex.script(for: view, entries: searchEntries) {
                        site.phraseHref($0, page: .top)
                    }))
            let index = Self.page(site, .top, search: "search-book.js", kind: "isHome")
            try sink.accept(OutputFile(path: "html/index.html", contents: try templates.render("index", index)))
            var taboos = Self.page(site, .top, search: "search-book.js", kind: "isTaboos")
            taboos["taboos"] = site.taboos(page: .top)
            try sink.accept(OutputFile(path: "html/taboos.html", contents: try templates.render("taboos", taboos)))
            // The whole book on one page, by the role handbook's template (with `role` false): what prints as
            // the whole book's booklet.
            var handbook = Self.page(site, .roleHandbook, search: "search-book.js", kind: "isRoleHandbook")
            handbook["chapters"] = try site.chaptersWithBodies(page: .roleHandbook)
            try sink.accept(
                OutputFile(path: "html/book/handbook.html", contents: try templates.render("role", handbook)))
            if !job.book.glossary.isEmpty {
                var glossary = Self.page(site, .top, search: "search-book.js", kind: "isGlossary")
                glossary["glossary"] = site.glossary()
                try sink.accept(
                    OutputFile(path: "html/glossary.html", contents: try templates.render("glossary", glossary)))
            }
            // A situation page's navigation lists its own chapter only; the home page has the whole table of
            // contents. Every chapter on every page would make the site grow with the square of the book (at
            // 100,000 phrases, 500 chapters on each of 5,000 pages).
            let pages = view.chapters.flatMap { chapter in chapter.situations.map { (chapter, $0) } }
            _ = try ParallelMap.map(pages) { chapter, situation throws(PhrasebookError) in
                var context = Self.page(site, .nested, search: "search-book.js", kind: nil)
                context["situation"] = try site.situation(situation, page: .nested)
                context["chapters"] = [site.chapter(for: chapter, page: .nested, current: situation.situation.id)]
                try sink.accept(
                    OutputFile(
                        path: "html/situations/\(situation.situation.id).html",
                        contents: try templates.render("situation", context)))
            }
        }
        _ = try ParallelMap.map(job.roles) { role throws(PhrasebookError) in
            for file in try renderRole(
                role, job: job, style: style, fragments: fragments, formatted: formatted, phrases: phrases,
                searchEntries: searchEntries)
            {
                try sink.accept(file)
            }
        }
    }

    private func renderRole(
        _ role: Label, job: RenderJob, style: HTMLTextStyle, fragments: Fragments, formatted: FormattedTextCache,
        phrases: PhraseDirectory, searchEntries: SearchIndex.Entries
    ) throws(PhrasebookError) -> [OutputFile] {
        let view = BookView(book: job.book, role: role)
        let handbook = PageContext(
            view: view, style: style, pageExtension: "html", homePage: "index.html", fragments: fragments,
            formatted: formatted, phrases: phrases)
        let search = "search-\(role.id).js"
        let script = SearchIndex.script(for: view, entries: searchEntries) {
            handbook.phraseHref($0, page: .roleHandbook)
        }
        var context = Self.page(handbook, .roleHandbook, search: search, kind: "isRoleHandbook")
        context["chapters"] = try handbook.chaptersWithBodies(page: .roleHandbook)
        var cards = Self.page(handbook, .nested, search: search, kind: nil)
        cards["cards"] = CardDeck(view: view, options: job.options).htmlContext(handbook)
        return [
            OutputFile(path: "html/assets/\(search)", contents: script),
            OutputFile(path: "html/roles/\(role.id).html", contents: try templates.render("role", context)),
            OutputFile(path: "html/cards/\(role.id).html", contents: try templates.render("cards", cards)),
        ]
    }

    /// The common keys plus the HTML-only ones.
    private static func page(_ context: PageContext, _ page: PageContext.Page, search: String, kind: String?)
        -> [String: Any]
    {
        var keys = context.common(page)
        keys["searchScript"] = (page == .top ? "" : "../") + "assets/" + search
        keys["searchScope"] = context.view.role == nil ? "the phrasebook" : "this handbook"
        keys.merge(headingKeys(page)) { _, heading in heading }
        for name in ["isHome", "isTaboos", "isGlossary", "isRoleHandbook"] { keys[name] = name == kind }
        return keys
    }

    /// The heading elements of a situation's title and parts: the page's h1 on its own page, an h3 under its
    /// chapter in a role's handbook.
    @Sendable private static func headingKeys(_ page: PageContext.Page) -> [String: Any] {
        ["titleTag": page == .roleHandbook ? "h3" : "h1", "sectionTag": page == .roleHandbook ? "h4" : "h2"]
    }
}
