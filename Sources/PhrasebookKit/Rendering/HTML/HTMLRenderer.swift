import Foundation

/// Writes the intranet site: home, a page per situation, a handbook per role and one of the whole book
/// (`book/handbook.html`, to print), the taboo list, the glossary (when the book has one), card sheets, the shared
/// assets and the search data. Shaped entirely by `Templates/html`.
///
/// Besides the common page keys, every page gets `searchHref` (the search page), `searchRole` (the role a role's
/// pages search by default, else `""`), `titleTag` and `sectionTag` (the heading elements of a situation's
/// title and its parts), and `isHome`, `isTaboos`, `isGlossary`, `isRoleHandbook`, `isSearch` (which page it is,
/// for navigation). On a situation page `chapters` holds only the page's own chapter (`isCurrentChapter`), in
/// which the page's situation has `isCurrent`.
struct HTMLRenderer: Renderer {
    /// The templates every site needs.
    static let requiredTemplates = [
        "index", "situation", "role", "taboos", "glossary", "cards", "search", "situation-body", "phrase",
    ]

    /// The templates each kind of page is rendered by (``PageInputs``).
    static let pageTemplates = [
        "situation": ["situation", "situation-body", "phrase"], "role": ["role", "situation-body", "phrase"],
        "book": ["role", "situation-body", "phrase"], "cards": ["cards"], "index": ["index"], "search": ["search"],
        "taboos": ["taboos"], "glossary": ["glossary"],
    ]

    let templates: TemplateSet
    /// Files copied (or joined) into `html/assets/` (style sheets, scripts).
    let assets: Assets

    var inputs: [String: String] {
        assets.digests.reduce(into: templates.digests) { inputs, asset in
            inputs[templates.folder + "/assets/" + asset.key] = asset.value
        }
    }

    func render(_ job: RenderJob, into sink: any FileSink) throws(PhrasebookError) {
        // In a book of left-to-right languages every `{{{dirAttribute}}}` is empty: the templates are rendered
        // without its tags, which cost a cold build 2 % of its instructions to look up and write nothing.
        let renderer =
            DirectionAttributes(book: job.book).areWritten
            ? self : HTMLRenderer(templates: templates.withoutVariables(["dirAttribute"]), assets: assets)
        try renderer.renderSite(job, into: sink)
    }

    private func renderSite(_ job: RenderJob, into sink: any FileSink) throws(PhrasebookError) {
        let style = HTMLTextStyle(book: job.book)
        let formatted = FormattedTextCache()
        // The card sheets' wrapped texts, shared by every role's sheet (``CardSheet``).
        let cardLines = Memo<WrapKey, [String]>()
        let store = job.fragmentStore(.html, inputs: inputs)
        let fragments = Fragments(templates: templates, pageKeys: Self.headingKeys, store: store)
        let phrases = job.phraseDirectory()
        let keys = job.pageInputs(inputs, templates: templates, pages: Self.pageTemplates)
        for asset in assets.files {
            var file = asset
            file.path = "html/assets/" + asset.path
            try sink.accept(file)
        }
        // The search data (a tenth of an edit's work, its keys patched from the previous build's): when every page
        // renders (a first or clean build), both cores are busy throughout, and it is made first, on its own, so
        // that its memory does not add to the pages' and their caches'. When most pages are kept (an edit), the
        // pages leave a core idle, and it is made on another thread beside them from the start.
        var search: BackgroundWork<Void, PhrasebookError>?
        var site: PageContext?
        if job.includesWholeBook {
            let view = job.view(of: nil)
            site = PageContext(
                view: view, style: style, pageExtension: "html", homePage: "index.html", fragments: fragments,
                formatted: formatted, phrases: phrases)
            if job.only == nil {
                if job.hasEarlierWork {
                    search = Self.searchData(of: view, earlier: job.pages, into: sink)
                } else {
                    try Self.writeSearchData(of: view, earlier: job.pages, into: sink)
                }
            }
        }
        do throws(PhrasebookError) {
            let pages: SituationPages?
            if let site {
                let outline = site.view.outline
                try topPages(of: site, outline: outline, job, keys, phrases, into: sink)
                // The whole book on one page, by the role handbook's template (with `role` false): what prints as
                // the whole book's booklet.
                try handbook(
                    "html/book/handbook.html", kind: "book", of: site, everyCore: true, job, keys, phrases, sink)
                pages = SituationPages(site: site, outline: outline, job: job)
            } else {
                pages = nil
            }
            // On an edit the roles' pages, each a long piece of work, are taken first; the situation pages, most of
            // them kept, many and short, then fill the cores, so that none waits idle while another finishes the
            // last role's handbook (about 50 ms of a core idle, at 10,000 phrases). A build from nothing keeps its order,
            // the situation pages and then the roles' in turn: in one list, its peak memory read up to 10 MB higher.
            let roles = job.roles.map(PageWork.role)
            let situations = (pages?.wanted ?? []).map(PageWork.situation)
            for work in job.hasEarlierWork ? [roles + situations] : [situations, roles] {
                // The free pages of what came before handed back first: the roles' handbooks then grow in fresh
                // pages instead of beside the situation pages' freed ones, and a cold build's resident peak at
                // 10,000 phrases, at the end of this format, read 137 MB (median of 10; 136–144) instead of 142
                // (139–153, Documentation/Performance.md).
                FreeMemory.giveBack()
                _ = try ParallelMap.map(work) { item throws(PhrasebookError) in
                    switch item {
                    case .role(let role):
                        try renderRole(
                            role, job: job, keys: keys, style: style, fragments: fragments, formatted: formatted,
                            cardLines: cardLines, phrases: phrases, into: sink)
                    case .situation(let index):
                        try pages?.render(index, by: templates, job, keys, into: sink)
                    }
                }
            }
        } catch {
            // No file of the search data is handed on after the render has failed.
            _ = try? search?.wait()
            throw error
        }
        try search?.wait()
        job.keep(store)
    }

    /// The whole book's pages besides its situations and handbook: home, search, taboos and glossary.
    private func topPages(
        of book: PageContext, outline: String, _ job: RenderJob, _ keys: PageInputs?, _ phrases: PhraseDirectory,
        into sink: any FileSink
    ) throws(PhrasebookError) {
        try sink.accept(OutputFile(path: "html/assets/nav-data.js", contents: NavigationData.script(for: book.view)))
        try job.page("html/search.html", inputs: keys?.key("search", [outline]), into: sink) {
            () throws(PhrasebookError) in
            try templates.render("search", Self.page(book, .top, kind: "isSearch"))
        }
        try job.page("html/index.html", inputs: keys?.key("index", [outline, book.view.roleCountsDigest]), into: sink) {
            () throws(PhrasebookError) in
            try templates.render("index", Self.page(book, .top, kind: "isHome"))
        }
        try job.page(
            "html/taboos.html", inputs: keys?.key("taboos", [outline, job.book.tabooInputs(phrases: phrases)]),
            into: sink
        ) { () throws(PhrasebookError) in
            var taboos = Self.page(book, .top, kind: "isTaboos")
            taboos["taboos"] = book.taboos(page: .top)
            return try templates.render("taboos", taboos)
        }
        guard !job.book.glossary.isEmpty else { return }
        try job.page("html/glossary.html", inputs: keys?.key("glossary", [outline]), into: sink) {
            () throws(PhrasebookError) in
            var glossary = Self.page(book, .top, kind: "isGlossary")
            glossary["glossary"] = book.glossary()
            return try templates.render("glossary", glossary)
        }
    }

    /// Makes the search data of `view` and hands its files to `sink`, from the `earlier` build's where it can.
    private static func writeSearchData(
        of view: BookView, earlier: PreviousPages?, into sink: any FileSink
    ) throws(PhrasebookError) {
        let read = earlier.map { pages in { (path: String) in pages.file("html/" + path) } }
        try SearchIndex(view: view).write(earlier: read) { (file: OutputFile) throws(PhrasebookError) in
            var file = file
            file.path = "html/" + file.path
            try sink.accept(file)
        }
    }

    /// Starts ``writeSearchData(of:earlier:into:)`` on a thread of its own: at once, not after the other formats'
    /// work queued before it (an edit's search data is one long piece of work on one core; started last, it ran
    /// alone at the end with the other core idle).
    private static func searchData(
        of view: BookView, earlier: PreviousPages?, into sink: any FileSink
    ) -> BackgroundWork<Void, PhrasebookError> {
        BackgroundWork(qos: .userInitiated) { () throws(PhrasebookError) in
            try writeSearchData(of: view, earlier: earlier, into: sink)
        }
    }

    /// A piece of the render's work that runs on one core: a role's pages, or the page of the situation at an index
    /// of ``SituationPages``.
    private enum PageWork: Sendable {
        case role(Label)
        case situation(Int)
    }

    private func renderRole(
        _ role: Label, job: RenderJob, keys: PageInputs?, style: HTMLTextStyle, fragments: Fragments,
        formatted: FormattedTextCache, cardLines: Memo<WrapKey, [String]>,
        phrases: PhraseDirectory, into sink: any FileSink
    ) throws(PhrasebookError) {
        let view = job.view(of: role)
        let handbook = PageContext(
            view: view, style: style, pageExtension: "html", homePage: "index.html", fragments: fragments,
            formatted: formatted, phrases: phrases)
        try self.handbook(
            "html/roles/\(role.id).html", kind: "role", of: handbook, everyCore: false, job, keys, phrases, sink)
        try job.page(
            "html/cards/\(role.id).html",
            inputs: keys?.cards(view), into: sink
        ) { () throws(PhrasebookError) in
            var cards = Self.page(handbook, .nested, kind: nil)
            let deck = CardDeck(view: view, options: job.options)
            if let code = deck.interfaceLanguage {
                cards.own.merge(handbook.interfaceKeys(firstIn: code, page: .nested)) { $1 }
            }
            cards.own.merge(deck.htmlContext(handbook, lines: cardLines)) { $1 }
            return try templates.render("cards", cards)
        }
    }

    /// A handbook page at `path`: every situation of `context`'s view in full, by the `role` template (the
    /// whole book's, with `role` false, or a role's); its bodies rendered on every core when `everyCore`.
    private func handbook(
        _ path: String, kind: String, of context: PageContext, everyCore: Bool, _ job: RenderJob,
        _ keys: PageInputs?, _ phrases: PhraseDirectory, _ sink: any FileSink
    ) throws(PhrasebookError) {
        let page = PageContext.Page.roleHandbook
        try job.page(
            path, inputs: keys?.wholeView(kind, context.view, page: "\(page)", phrases: phrases), into: sink
        ) { () throws(PhrasebookError) in
            let frameKey = keys?.frame(kind, context.view, path: path, phrases: phrases)
            return try context.handbookPage(
                {
                    var keys = Self.page(context, page, kind: "isRoleHandbook")
                    keys["taboos"] = context.taboos(page: page)
                    return keys
                }, by: templates, everyCore: everyCore, frameKey: frameKey)
        }
    }

    /// Where a situation's page goes.
    static func situationPath(_ situation: SituationView) -> String {
        "html/situations/\(situation.situation.id).html"
    }

    /// The common keys plus the HTML-only ones.
    static func page(_ context: PageContext, _ page: PageContext.Page, kind: String?) -> PageKeys {
        var keys = PageKeys(common: context.common(page))
        keys["searchHref"] = (page == .top ? "" : "../") + "search.html"
        keys["searchRole"] = context.view.role?.id ?? ""
        keys["navIsPartial"] = false
        keys.own.merge(headingKeys(page)) { _, heading in heading }
        for name in ["isHome", "isTaboos", "isGlossary", "isRoleHandbook", "isSearch"] { keys[name] = name == kind }
        return keys
    }

    /// The heading elements of a situation's title and parts: the page's h1 on its own page, an h3 under its
    /// chapter in a role's handbook.
    @Sendable private static func headingKeys(_ page: PageContext.Page) -> [String: Any] {
        ["titleTag": page == .roleHandbook ? "h3" : "h1", "sectionTag": page == .roleHandbook ? "h4" : "h2"]
    }
}
