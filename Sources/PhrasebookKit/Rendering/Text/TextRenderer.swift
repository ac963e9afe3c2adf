/// Writes the printable text handbook (`text/handbook.txt`, `text/roles/<role>.txt`) and the pocket cards
/// (`text/cards/<role>.txt`). The Swift side lays out every block at the chosen width in display columns; the
/// templates in `Templates/text` arrange the blocks. A handbook has its title, contents, the legend of the
/// marks, the chapters, the taboo list and the glossary (Documentation/Templates.md).
struct TextRenderer: Renderer {
    /// The templates the text handbook needs.
    static let requiredTemplates = ["handbook", "cards"]

    /// The templates each kind of page is rendered by (``PageInputs``).
    static let pageTemplates = ["handbook": ["handbook"], "role": ["handbook"], "cards": ["cards"]]

    let templates: TemplateSet

    var inputs: [String: String] { templates.digests }

    func render(_ job: RenderJob, into sink: any FileSink) throws(PhrasebookError) {
        let layout = PlainTextLayout(
            book: job.book, width: job.options.textWidth, ambiguousIsWide: job.options.ambiguousIsWide,
            pronunciations: job.options.pronunciations, interfaceLanguage: job.options.interfaceLanguage)
        let phrases = job.phraseDirectory()
        let writer = TextSituationWriter(layout: layout, phrases: phrases, book: job.book)
        let keys = job.pageInputs(inputs, templates: templates, pages: Self.pageTemplates)
        let store = job.fragmentStore(.text, inputs: inputs)
        // The interface words are the same in every file: made once per render.
        let uiText = Self.uiText(layout.labels)
        if job.includesWholeBook {
            let view = job.view(of: nil)
            let path = "text/handbook.txt"
            let inputs = keys?.wholeView("handbook", view, page: "text", phrases: phrases)
            try job.page(path, inputs: inputs, into: sink) { () throws(PhrasebookError) in
                let frameKey = keys?.frame("handbook", view, path: path, phrases: phrases)
                return try handbook(view, writer: writer, uiText: uiText, store: store, frameKey: frameKey)
            }
        }
        // Roles are independent: laid out on every core, in order.
        _ = try ParallelMap.map(job.roles) { role throws(PhrasebookError) in
            let view = job.view(of: role)
            let path = "text/roles/\(role.id).txt"
            let handbookInputs = keys?.wholeView("role", view, page: "text", phrases: phrases)
            try job.page(path, inputs: handbookInputs, into: sink) { () throws(PhrasebookError) in
                let frameKey = keys?.frame("role", view, path: path, phrases: phrases)
                return try handbook(view, writer: writer, uiText: uiText, store: store, frameKey: frameKey)
            }
            let cardInputs = keys?.cards(view)
            try job.page("text/cards/\(role.id).txt", inputs: cardInputs, into: sink) { () throws(PhrasebookError) in
                let deck = CardDeck(view: view, options: job.options)
                let cards = TextCards(deck: deck, options: job.options).cards()
                let context: [String: Any] = [
                    "role": layout.sourcePlain(role.label), "roleId": role.id,
                    "cards": cards.enumerated().map { index, lines -> [String: Any] in
                        ["isFirst": index == 0, "lines": lines.joined(separator: "\n")]
                    },
                    "hasCards": !cards.isEmpty, "uiText": uiText,
                ]
                return try templates.render("cards", context)
            }
        }
        job.keep(store)
    }

    /// The handbook of `view`; `uiText` is ``uiText(_:)`` of the writer's labels. Its frame (everything but the
    /// situations) is kept under `frameKey`, where the render keeps fragments (``PageFrame``).
    private func handbook(
        _ view: BookView, writer: TextSituationWriter, uiText: [String: String], store: FragmentStore?,
        frameKey: String?
    ) throws(PhrasebookError) -> AssembledPage {
        // Situations are laid out on every core (the longest part of the handbook), then put in order.
        let numbered = view.chapters.enumerated().flatMap { chapterIndex, chapter in
            chapter.situations.enumerated().map { situationIndex, situation in
                (situation: situation, number: "\(chapterIndex + 1).\(situationIndex + 1)")
            }
        }
        let laidOut = bodies(numbered, of: view, writer: writer, store: store)
        // The bodies are put in after the template renders (``HandbookSplice``). What the template shows but the
        // bodies is laid out at its first render (none when the kept frame is taken), and once.
        var aroundBodies: (keys: [String: Any], headings: [String])?
        let page = try HandbookSplice.render(
            bodies: laidOut.map(\.text), keepingFrameIn: FrameSlot(key: frameKey, store: store)
        ) {
            shown throws(PhrasebookError) in
            let laid =
                aroundBodies ?? (
                    frameKeys(view, layout: writer.layout, phrases: writer.phrases, uiText: uiText),
                    chapterHeadings(view, layout: writer.layout)
                )
            aroundBodies = laid
            var context = laid.keys
            var shown = shown.makeIterator()
            context["chapters"] = zip(view.chapters, laid.headings).map {
                chapter, heading in
                [
                    "heading": heading,
                    "situations": chapter.situations.map { _ in ["body": shown.next() ?? ""] },
                ] as [String: Any]
            }
            return try templates.render("handbook", context)
        }
        return AssembledPage(
            pieces: page.pieces, lasting: laidOut.compactMap(\.lasting), frame: page.frame, bodies: page.bodies)
    }

    /// The keys of the handbook of `view` but its chapters: its title, contents, legend, taboo list and glossary.
    private func frameKeys(
        _ view: BookView, layout: PlainTextLayout, phrases: PhraseDirectory, uiText: [String: String]
    ) -> [String: Any] {
        var title = layout.languages.flatMap { layout.paragraph(layout.plain(view.book.title, $0)) }
        if let role = view.role {
            title += [""] + layout.paragraph(layout.joinedTitle(role.label), prefix: layout.labels.prefix("role"))
        }
        let edition = layout.labels.edition(Edition(book: view.book))
        if !edition.isEmpty { title += [""] + layout.paragraph(edition) }
        let rule = String(
            repeating: "=", count: min(layout.width, max(title.map { layout.measure.of($0) }.max() ?? 1, 1)))
        var contents: [String] = []
        for (chapterIndex, chapter) in view.chapters.enumerated() {
            let number = "\(chapterIndex + 1)"
            contents += layout.paragraph(layout.joinedTitle(chapter.chapter.title), indent: 2, prefix: number + " ")
            for (situationIndex, situation) in chapter.situations.enumerated() {
                contents += layout.paragraph(
                    layout.joinedTitle(situation.situation.title), indent: 4, prefix: "\(number).\(situationIndex + 1) "
                )
            }
        }
        let extras = TextExtrasWriter(layout: layout, phrases: phrases)
        return [
            "title": (title + [rule]).joined(separator: "\n"),
            "contents": contents.joined(separator: "\n"),
            "legend": extras.legend().joined(separator: "\n"),
            "hasTaboos": !view.book.taboos.isEmpty,
            "hasGlossary": !view.book.glossary.isEmpty,
            "glossary": extras.glossary(view.book.glossary).joined(separator: "\n"),
            "taboos": extras.taboos(view.book.taboos).joined(separator: "\n"),
            "taboosHeading": layout.heading(layout.labels["taboos"], rule: "=").joined(separator: "\n"),
            "glossaryHeading": layout.heading(layout.labels["glossary"], rule: "=").joined(separator: "\n"),
            "uiText": uiText,
        ]
    }

    /// Each chapter's heading in the handbook of `view`: its number and title, ruled.
    private func chapterHeadings(_ view: BookView, layout: PlainTextLayout) -> [String] {
        view.chapters.enumerated().map { chapterIndex, chapter in
            layout.heading("\(chapterIndex + 1) " + layout.joinedTitle(chapter.chapter.title), rule: "=")
                .joined(separator: "\n")
        }
    }

    /// The situations of `numbered` laid out as `view` shows them, on every core: each taken from `store` (a
    /// memory's, or the previous build's handbooks) when what it is made from did not change, with the fragment a
    /// later build may read back from the page (``FragmentIndex``).
    private func bodies(
        _ numbered: [(situation: SituationView, number: String)], of view: BookView, writer: TextSituationWriter,
        store: FragmentStore?
    ) -> [(text: TextPiece, lasting: LastingFragment?)] {
        @Sendable func laidOut(_ situation: SituationView, _ number: String) -> String {
            writer.lines(situation, number: number).joined(separator: "\n")
        }
        guard let store else { return ParallelMap.map(numbered) { (.text(laidOut($0, $1)[...]), nil) } }
        let outline = view.outline
        return ParallelMap.map(numbered) { situation, number in
            guard let inputs = view.inputs(of: situation, page: "text", phrases: writer.phrases)
            else { return (.text(laidOut(situation, number)[...]), nil) }
            let key = "text \(number)\n\(outline)\n\(inputs)"
            let place = store.placeKey(key)
            let text: TextPiece
            if let kept = store.storedBody(key, place: place) {
                text = kept
            } else {
                let made = laidOut(situation, number)
                store.store(made, for: key)
                text = .text(made[...])
            }
            return (text, LastingFragment(key: place, pieces: [text]))
        }
    }

    /// The interface words in the chosen language, by id, as text templates read them (`{{{uiText.contents}}}`);
    /// made once per render and shared by the handbooks and the cards.
    private static func uiText(_ labels: InterfaceLabels) -> [String: String] {
        Dictionary(uniqueKeysWithValues: InterfaceWords.ids.map { ($0, labels[$0]) })
    }
}
