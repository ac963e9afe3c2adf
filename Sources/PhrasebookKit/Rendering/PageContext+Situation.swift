extension PageContext {
    /// A situation as a page shows it: its summary and `body`, the situation rendered by the `situation-body`
    /// fragment. Within a build bodies are not kept: in a role's handbook one differs from the other roles'
    /// whenever the roles see different phrases of it (most situations, in a large book), and keeping them cost
    /// more memory than the renderings it saved. A process that builds again and again keeps them for its next
    /// build (``RenderMemory``).
    func situation(_ view: SituationView, page: Page) throws(PhrasebookError) -> SituationWithBody {
        SituationWithBody(summary: summary(view, page: page), pieces: try body(of: view, page: page).pieces)
    }

    /// A situation's body in pieces, and the key under which a later build finds it in the page
    /// (``FragmentStore/placeKey(_:)``) when the render keeps fragments.
    func body(of view: SituationView, page: Page) throws(PhrasebookError) -> (pieces: [TextPiece], place: String?) {
        let lasting = fragments.keeps ? lastingBodyKey(view, page: page) : nil
        let place = fragments.placeKey(lasting)
        let pieces = try fragments.renderBody(
            "situation-body", lasting: lasting, place: place, shared: bodyKeys(page)
        ) { () throws(PhrasebookError) in try situationKeys(view, page: page) }
        return (pieces, place)
    }

    /// The keys of the `situation-body` fragment: everything on a situation's page.
    func situationKeys(_ view: SituationView, page: Page) throws(PhrasebookError) -> SituationContext {
        let situation = view.situation
        var stepNumber = 0
        var blocks: [BlockContext] = []
        for block in view.blocks {
            switch block {
            case .phrase(let phrase):
                blocks.append(
                    BlockContext(isSteps: false, phrases: [try phraseEntry(phrase, step: nil, in: view, page: page)]))
            case .steps(let steps):
                var phrases: [PhraseEntry] = []
                for phrase in steps {
                    stepNumber += 1
                    phrases.append(try phraseEntry(phrase, step: stepNumber, in: view, page: page))
                }
                blocks.append(BlockContext(isSteps: true, phrases: phrases))
            case .dialogue:
                continue
            }
        }
        let dialogues = view.situation.dialogues.map { dialogue($0, page: page) }
        return SituationContext(
            summary: summary(view, page: page), hasWhen: situation.when != nil,
            when: situation.when.map(texts) ?? [], hasGuidelines: !situation.guidelines.isEmpty,
            guidelines: situation.guidelines.enumerated().map {
                GuidelineEntry(texts: texts($0.element), number: $0.offset + 1)
            },
            roles: labels(situation.roles, from: book.roles),
            channels: labels(situation.channels, from: book.channels), blocks: blocks,
            hasDialogues: !dialogues.isEmpty, dialogues: dialogues)
    }

    /// A phrase in a situation's blocks: `id`, `isStep`, `number` and `body`, the phrase rendered by the
    /// `phrase` fragment once for every page that shows it (a step once for every number: ``RenderedPhrase``).
    private func phraseEntry(_ phrase: Phrase, step: Int?, in view: SituationView, page: Page)
        throws(PhrasebookError) -> PhraseEntry
    {
        let shared = bookWideKeys(page)
        let body = try fragments.renderPhrase(
            "phrase", key: "\(shared.root) \(phrase.location)", step: step, shared: shared,
            lasting: { lastingPhraseKey(phrase, key: $0) },
            make: { self.phrase(phrase, number: $0, in: view.situation) })
        return PhraseEntry(id: phrase.id, isStep: step != nil, number: step.map(String.init) ?? "", pieces: body)
    }

    /// A phrase: its renderings, notes, "don't say" pairs and who it is for.
    func phrase(_ phrase: Phrase, number: String, in situation: Situation) -> PhraseContext {
        let category = phrase.category.flatMap { reference in book.categories.first { $0.id == reference.value } }
        let roles = roleKeys(phrase, in: situation)
        return PhraseContext(
            id: phrase.id, isStep: !number.isEmpty, number: number, isCard: phrase.card,
            hasCategory: category != nil, category: category.map { labelTexts($0.label) } ?? [],
            categoryText: category.map { sourceText($0.label) } ?? "", texts: formattedTexts(phrase.text),
            hasNotes: !phrase.notes.isEmpty, notes: phrase.notes.map { TextsEntry(texts: formattedTexts($0)) },
            hasAvoids: !phrase.avoids.isEmpty,
            avoids: phrase.avoids.map { avoid in
                AvoidContext(
                    texts: formattedTexts(avoid.text), hasWhy: avoid.why != nil,
                    why: avoid.why.map { formattedTexts($0) } ?? [])
            },
            roleIds: roles.roleIds, hasRoleMarks: roles.hasRoleMarks, roleMarks: roles.roleMarks,
            cardRoles: roles.cardRoles)
    }

    /// A dialogue; branches nest through the `dialogue-items` partial, numbered and anchored by
    /// ``DialogueAnchors``.
    func dialogue(_ dialogue: Dialogue, page: Page) -> DialogueContext {
        let items = DialogueAnchors.map(
            dialogue,
            turn: { turn, place -> DialogueItemContext in
                var entry = Self.emptyItem(depth: place.depth)
                entry.isTurn = true
                entry.anchor = place.anchor
                entry.speaker = turn.speaker.rawValue
                entry.isAgent = turn.speaker == .agent
                entry.isCustomer = turn.speaker == .customer
                switch turn.content {
                case .phrase(let reference):
                    entry.hasPhrase = true
                    entry.phraseId = reference.value
                    entry.phraseHref = phraseHref(reference.value, page: page)
                    entry.texts = phraseIndex[reference.value].map { texts($0.phrase.text) } ?? []
                case .text(let text):
                    entry.texts = texts(text)
                }
                return entry
            },
            case: { branchCase, place, path, items in
                CaseContext(
                    number: place.number, path: path, anchor: place.anchor, depth: place.depth + 1,
                    when: texts(branchCase.when), items: items)
            },
            branch: { cases, depth in
                var entry = Self.emptyItem(depth: depth)
                entry.isBranch = true
                entry.cases = cases
                return entry
            })
        return DialogueContext(
            id: dialogue.id, hasTitle: dialogue.title != nil, title: dialogue.title.map(texts) ?? [], items: items)
    }

    /// A dialogue item with nothing set yet, indented two spaces for each case it is inside.
    private static func emptyItem(depth: Int) -> DialogueItemContext {
        DialogueItemContext(
            isTurn: false, isBranch: false, indent: String(repeating: "  ", count: depth), anchor: "", speaker: "",
            isAgent: false, isCustomer: false, hasPhrase: false, phraseId: "", phraseHref: "", texts: [], cases: [])
    }

    func labels(_ ids: [Located<String>]?, from declared: [Label]) -> [LabelContext] {
        Audience.labels(ids, from: declared).enumerated().map { index, label in
            LabelContext(
                id: label.id, label: labelTexts(label.label), labelText: sourceText(label.label),
                labelAllText: allText(label.label), isFirst: index == 0)
        }
    }

    /// The taboo list with what to say instead.
    func taboos(page: Page) -> [[String: Any]] {
        book.taboos.map { taboo -> [String: Any] in
            [
                "id": taboo.id, "texts": texts(taboo.text), "hasWhy": taboo.why != nil,
                "why": taboo.why.map(texts) ?? [],
                "hasInstead": !taboo.instead.isEmpty,
                "instead": taboo.instead.map { reference -> [String: Any] in
                    let phrase = phraseIndex[reference.value]?.phrase
                    return [
                        "id": reference.value, "href": phraseHref(reference.value, page: page),
                        "texts": phrase.map { texts($0.text) } ?? [],
                    ]
                },
            ]
        }
    }
}
