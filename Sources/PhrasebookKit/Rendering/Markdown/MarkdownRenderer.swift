/// Writes the Markdown handbook: `README.md` for the book (with the taboos and the glossary), a file per situation
/// and per role, shaped by `Templates/markdown`. Situation bodies get `titleMark` and `sectionMark`, the ATX
/// heading markers of a situation's title and its parts: `#` and `##` on its own page (its one level-1 heading),
/// `###` and `####` in a role's handbook, under the role's `#` and the chapter's `##`.
struct MarkdownRenderer: Renderer {
    /// The templates the Markdown handbook needs.
    static let requiredTemplates = ["index", "situation", "role", "situation-body", "phrase"]

    /// The templates each kind of page is rendered by (``PageInputs``).
    static let pageTemplates = [
        "situation": ["situation", "situation-body", "phrase"], "role": ["role", "situation-body", "phrase"],
    ]

    let templates: TemplateSet

    var inputs: [String: String] { templates.digests }

    func render(_ job: RenderJob, into sink: any FileSink) throws(PhrasebookError) {
        let style = MarkdownTextStyle()
        let formatted = FormattedTextCache()
        let store = job.fragmentStore(.markdown, inputs: inputs)
        let fragments = Fragments(templates: templates, pageKeys: Self.headingKeys, store: store)
        let phrases = job.phraseDirectory()
        let keys = job.pageInputs(inputs, templates: templates, pages: Self.pageTemplates)
        if job.includesWholeBook {
            let view = job.view(of: nil)
            let outline = view.outline
            let top = PageContext(
                view: view, style: style, pageExtension: "md", homePage: "README.md", fragments: fragments,
                formatted: formatted, phrases: phrases, interfaceLanguage: job.options.interfaceLanguage)
            var index = PageKeys(common: top.common(.top))
            index["taboos"] = top.taboos(page: .top)
            index["glossary"] = top.glossary()
            try sink.accept(OutputFile(path: "markdown/README.md", contents: try templates.render("index", index)))
            _ = try ParallelMap.map(view.situations) { situation throws(PhrasebookError) in
                let inputs = keys?.key("situation", [outline, top.lastingBodyKey(situation, page: .nested)])
                try job.page("markdown/situations/\(situation.situation.id).md", inputs: inputs, into: sink) {
                    () throws(PhrasebookError) in
                    var context = PageKeys(common: top.common(.nested))
                    context["situation"] = try top.situation(situation, page: .nested)
                    return try templates.render("situation", context)
                }
            }
        }
        // Roles are independent: rendered on every core, in order.
        _ = try ParallelMap.map(job.roles) { role throws(PhrasebookError) in
            let view = job.view(of: role)
            let path = "markdown/roles/\(role.id).md"
            let inputs = keys?.wholeView("role", view, page: "\(PageContext.Page.roleHandbook)", phrases: phrases)
            try job.page(path, inputs: inputs, into: sink) { () throws(PhrasebookError) in
                let handbook = PageContext(
                    view: view, style: style, pageExtension: "md", homePage: "README.md", fragments: fragments,
                    formatted: formatted, phrases: phrases, interfaceLanguage: job.options.interfaceLanguage)
                return try handbook.handbookPage(
                    { PageKeys(common: handbook.common(.roleHandbook)) }, by: templates,
                    frameKey: keys?.frame("role", view, path: path, phrases: phrases))
            }
        }
        job.keep(store)
    }

    @Sendable private static func headingKeys(_ page: PageContext.Page) -> [String: Any] {
        ["titleMark": page == .roleHandbook ? "###" : "#", "sectionMark": page == .roleHandbook ? "####" : "##"]
    }
}
