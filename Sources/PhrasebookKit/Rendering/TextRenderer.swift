/// Writes the printable text handbook (`text/handbook.txt`, `text/roles/<role>.txt`) and the pocket cards
/// (`text/cards/<role>.txt`). The Swift side lays out every block at the chosen width in display columns; the
/// templates in `Templates/text` arrange the blocks.
struct TextRenderer: Renderer {
    /// The templates the text handbook needs.
    static let requiredTemplates = ["handbook", "cards"]

    let templates: TemplateSet

    func render(_ job: RenderJob) throws(PhrasebookError) -> [OutputFile] {
        try CardDeck.validateLanguages(job.options, book: job.book)
        let layout = PlainTextLayout(book: job.book, width: job.options.textWidth, ambiguousIsWide: job.options.ambiguousIsWide)
        let writer = TextSituationWriter(layout: layout, phrases: PhraseDirectory(job.book))
        var files: [OutputFile] = []
        if job.includesWholeBook {
            files.append(OutputFile(
                path: "text/handbook.txt", contents: try handbook(BookView(book: job.book), writer: writer)))
        }
        // Roles are independent: laid out on every core, in order.
        files += try ParallelMap.map(job.roles) { role throws(PhrasebookError) -> [OutputFile] in
            var files: [OutputFile] = []
            let view = BookView(book: job.book, role: role)
            files.append(OutputFile(path: "text/roles/\(role.id).txt", contents: try handbook(view, writer: writer)))
            let deck = CardDeck(view: view, options: job.options)
            let cards = TextCards(deck: deck, options: job.options).cards()
            let context: [String: Any] = [
                "role": layout.sourcePlain(role.label), "roleId": role.id,
                "cards": cards.enumerated().map { index, lines -> [String: Any] in
                    ["isFirst": index == 0, "lines": lines.joined(separator: "\n")]
                },
                "hasCards": !cards.isEmpty,
            ]
            files.append(OutputFile(path: "text/cards/\(role.id).txt", contents: try templates.render("cards", context)))
            return files
        }.flatMap { $0 }
        return files
    }

    private func handbook(_ view: BookView, writer: TextSituationWriter) throws(PhrasebookError) -> String {
        let layout = writer.layout
        var title = layout.languages.flatMap { layout.paragraph(layout.plain(view.book.title, $0)) }
        if let role = view.role { title += [""] + layout.paragraph(layout.joinedTitle(role.label), prefix: "Role: ") }
        let rule = String(repeating: "=", count: min(layout.width, max(title.map { layout.measure.of($0) }.max() ?? 1, 1)))
        var contents: [String] = []
        var chapters: [[String: Any]] = []
        for (chapterIndex, chapter) in view.chapters.enumerated() {
            let number = "\(chapterIndex + 1)"
            contents += layout.paragraph(layout.joinedTitle(chapter.chapter.title), indent: 2, prefix: number + " ")
            var situations: [[String: Any]] = []
            for (situationIndex, situation) in chapter.situations.enumerated() {
                let situationNumber = "\(number).\(situationIndex + 1)"
                contents += layout.paragraph(
                    layout.joinedTitle(situation.situation.title), indent: 4, prefix: situationNumber + " ")
                situations.append(["body": writer.lines(situation, number: situationNumber).joined(separator: "\n")])
            }
            chapters.append([
                "heading": layout.heading(number + " " + layout.joinedTitle(chapter.chapter.title), rule: "=")
                    .joined(separator: "\n"),
                "situations": situations,
            ])
        }
        let context: [String: Any] = [
            "title": (title + [rule]).joined(separator: "\n"),
            "contents": contents.joined(separator: "\n"),
            "chapters": chapters,
        ]
        return try templates.render("handbook", context)
    }
}
