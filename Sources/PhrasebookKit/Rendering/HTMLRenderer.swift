import Foundation

/// Writes the intranet site: home, a page per situation, a handbook per role, the taboo list, card sheets,
/// the shared assets and the search data. Shaped entirely by `Templates/html`.
struct HTMLRenderer: Renderer {
    /// The templates every site needs.
    static let requiredTemplates = ["index", "situation", "role", "taboos", "cards"]

    let templates: TemplateSet
    /// Files copied as they are into `html/assets/` (style sheet, script).
    let assets: [OutputFile]

    func render(_ job: RenderJob) throws(PhrasebookError) -> [OutputFile] {
        let style = HTMLTextStyle()
        var files = assets.map { OutputFile(path: "html/assets/" + $0.path, contents: $0.contents) }
        if job.includesWholeBook {
            let view = BookView(book: job.book)
            let top = PageContext(view: view, style: style, pageExtension: "html", homePage: "index.html")
            files.append(OutputFile(path: "html/assets/search-book.js", contents: SearchIndex.script(for: view) {
                top.phraseHref($0, page: .top)
            }))
            var index = top.common(.top)
            index["searchScript"] = "assets/search-book.js"
            files.append(OutputFile(path: "html/index.html", contents: try templates.render("index", index)))
            var taboos = top.common(.top)
            taboos["taboos"] = top.taboos(page: .top)
            taboos["searchScript"] = "assets/search-book.js"
            files.append(OutputFile(path: "html/taboos.html", contents: try templates.render("taboos", taboos)))
            let nested = PageContext(view: view, style: style, pageExtension: "html", homePage: "index.html")
            let pages = try ParallelMap.map(view.situations) { situation throws(PhrasebookError) -> OutputFile in
                var context = nested.common(.nested)
                context["situation"] = nested.situation(situation, page: .nested)
                context["searchScript"] = "../assets/search-book.js"
                return OutputFile(
                    path: "html/situations/\(situation.situation.id).html",
                    contents: try templates.render("situation", context))
            }
            files += pages
        }
        for role in job.roles {
            files += try renderRole(role, job: job, style: style)
        }
        return files
    }

    private func renderRole(_ role: Label, job: RenderJob, style: HTMLTextStyle) throws(PhrasebookError) -> [OutputFile] {
        let view = BookView(book: job.book, role: role)
        let handbook = PageContext(view: view, style: style, pageExtension: "html", homePage: "index.html")
        let script = SearchIndex.script(for: view) { handbook.phraseHref($0, page: .roleHandbook) }
        var context = handbook.common(.roleHandbook)
        context["searchScript"] = "../assets/search-\(role.id).js"
        var cards = handbook.common(.nested)
        cards["cards"] = CardDeck(view: view, options: job.options).htmlContext(handbook)
        cards["searchScript"] = "../assets/search-\(role.id).js"
        return [
            OutputFile(path: "html/assets/search-\(role.id).js", contents: script),
            OutputFile(path: "html/roles/\(role.id).html", contents: try templates.render("role", context)),
            OutputFile(path: "html/cards/\(role.id).html", contents: try templates.render("cards", cards)),
        ]
    }
}
