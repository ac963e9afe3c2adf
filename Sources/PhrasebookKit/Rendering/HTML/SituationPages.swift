extension HTMLRenderer {
    /// The page of every situation of the whole book's view, each rendered on its own (``render(_:by:_:_:into:)``)
    /// so that the render can spread them over the cores with its other work. A situation page's navigation lists
    /// its own chapter only; the home page has the whole table of contents. Every chapter on every page would make
    /// the site grow with the square of the book (at 100,000 phrases, 500 chapters on each of 5,000 pages).
    struct SituationPages: Sendable {
        /// The whole book's view, as pages show it.
        let site: PageContext
        /// The view's outline, a part of every situation page's inputs.
        let outline: String
        /// Every situation with its chapter, in book order.
        let pages: [(chapter: ChapterView, situation: SituationView)]
        /// The indexes in `pages` of those the render is asked for.
        let wanted: [Int]

        /// The situation pages of `site` (the whole book's view, whose outline is `outline`) that `job` asks for.
        init(site: PageContext, outline: String, job: RenderJob) {
            self.site = site
            self.outline = outline
            pages = site.view.chapters.flatMap { chapter in chapter.situations.map { (chapter, $0) } }
            wanted = pages.indices.filter { [pages] in job.wants(HTMLRenderer.situationPath(pages[$0].situation)) }
        }

        /// Hands `sink` the page of the situation at `index` of `pages`, rendered by `templates` unless the previous
        /// build's page made from the same inputs is kept.
        func render(
            _ index: Int, by templates: TemplateSet, _ job: RenderJob, _ keys: PageInputs?, into sink: any FileSink
        ) throws(PhrasebookError) {
            let (chapter, situation) = pages[index]
            let inputs = keys?.key("situation", [outline, site.lastingBodyKey(situation, page: .nested)])
            try job.page(HTMLRenderer.situationPath(situation), inputs: inputs, into: sink) {
                () throws(PhrasebookError) in
                var context = HTMLRenderer.page(site, .nested, kind: nil)
                context["situation"] = try site.situation(situation, page: .nested)
                context["chapters"] = [site.chapter(for: chapter, page: .nested, current: situation.situation.id)]
                context["navIsPartial"] = true
                context["previous"] = index > 0 ? site.summary(pages[index - 1].situation, page: .nested) : false
                context["next"] =
                    index + 1 < pages.count ? site.summary(pages[index + 1].situation, page: .nested) : false
                return try templates.render("situation", context)
            }
        }
    }
}
