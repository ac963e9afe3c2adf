/// Writes the Markdown handbook: `README.md` for the book, a file per situation and per role, shaped by
/// `Templates/markdown`.
struct MarkdownRenderer: Renderer {
    /// The templates the Markdown handbook needs.
    static let requiredTemplates = ["index", "situation", "role"]

    let templates: TemplateSet

    func render(_ job: RenderJob) throws(PhrasebookError) -> [OutputFile] {
        let style = MarkdownTextStyle()
        let formatted = FormattedTextCache()
        let phrases = PhraseDirectory(job.book)
        var files: [OutputFile] = []
        if job.includesWholeBook {
            let view = BookView(book: job.book)
            let top = PageContext(
                view: view, style: style, pageExtension: "md", homePage: "README.md", formatted: formatted, phrases: phrases)
            var index = top.common(.top)
            index["taboos"] = top.taboos(page: .top)
            files.append(OutputFile(path: "markdown/README.md", contents: try templates.render("index", index)))
            files += try ParallelMap.map(view.situations) { situation throws(PhrasebookError) -> OutputFile in
                var context = top.common(.nested)
                context["situation"] = top.situation(situation, page: .nested)
                return OutputFile(
                    path: "markdown/situations/\(situation.situation.id).md", contents: try templates.render("situation", context))
            }
        }
        // Roles are independent: rendered on every core, in order.
        files += try ParallelMap.map(job.roles) { role throws(PhrasebookError) -> OutputFile in
            let handbook = PageContext(
                view: BookView(book: job.book, role: role), style: style, pageExtension: "md", homePage: "README.md",
                formatted: formatted, phrases: phrases)
            return OutputFile(
                path: "markdown/roles/\(role.id).md", contents: try templates.render("role", handbook.common(.roleHandbook)))
        }
        return files
    }
}
