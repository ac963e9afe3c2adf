extension PageContext {
    /// A situation as a page shows it: its summary and `body`, the situation rendered by the `situation-body`
    /// fragment. Bodies are not kept: in a role's handbook one differs from the other roles' whenever the roles
    /// see different phrases of it (most situations, in a large book), and keeping them cost more memory than
    /// the renderings it saved.
    func situation(_ view: SituationView, page: Page) throws(PhrasebookError) -> [String: Any] {
        var entry = summary(view, page: page)
        entry["body"] = try fragments.render("situation-body", key: nil, shared: bodyKeys(page)) {
            () throws(PhrasebookError) in try situationKeys(view, page: page)
        }
        return entry
    }

    /// The keys of the `situation-body` fragment: everything on a situation's page.
    func situationKeys(_ view: SituationView, page: Page) throws(PhrasebookError) -> [String: Any] {
        let situation = view.situation
        var stepNumber = 0
        var blocks: [[String: Any]] = []
        for block in view.blocks {
            switch block {
            case .phrase(let phrase):
                blocks.append(["isSteps": false, "phrases": [try phraseEntry(phrase, step: nil, in: view, page: page)]])
            case .steps(let steps):
                var phrases: [[String: Any]] = []
                for phrase in steps {
                    stepNumber += 1
                    phrases.append(try phraseEntry(phrase, step: stepNumber, in: view, page: page))
                }
                blocks.append(["isSteps": true, "phrases": phrases])
            case .dialogue:
                continue
            }
        }
        let dialogues = view.situation.dialogues.map { dialogue($0, page: page) }
        var keys = summary(view, page: page)
        keys.merge([
            "hasWhen": situation.when != nil, "when": situation.when.map(texts) ?? [],
            "hasGuidelines": !situation.guidelines.isEmpty,
            "guidelines": situation.guidelines.map { ["texts": texts($0)] },
            "roles": labels(situation.roles, from: book.roles),
            "roleIds": situation.roles?.map(\.value).joined(separator: " ") ?? "",
            "channels": labels(situation.channels, from: book.channels),
            "blocks": blocks, "hasDialogues": !dialogues.isEmpty, "dialogues": dialogues,
        ]) { _, new in new }
        return keys
    }

    /// A phrase in a situation's blocks: `id`, `isStep`, `number` and `body`, the phrase rendered by the
    /// `phrase` fragment once for every page that shows it with the same step number.
    private func phraseEntry(_ phrase: Phrase, step: Int?, in view: SituationView, page: Page)
        throws(PhrasebookError) -> [String: Any]
    {
        let shared = bookWideKeys(page)
        let key = "\(shared["root"] ?? "") \(phrase.location) \(step ?? 0)"
        let body = try fragments.render("phrase", key: key, shared: shared) {
            self.phrase(phrase, step: step).merging(roleKeys(phrase, in: view.situation)) { _, roles in roles }
        }
        return ["id": phrase.id, "isStep": step != nil, "number": step.map(String.init) ?? "", "body": body]
    }

    /// A phrase: its renderings, notes and "don't say" pairs.
    func phrase(_ phrase: Phrase, step: Int?) -> [String: Any] {
        let category = phrase.category.flatMap { reference in book.categories.first { $0.id == reference.value } }
        return [
            "id": phrase.id, "isStep": step != nil, "number": step.map(String.init) ?? "", "isCard": phrase.card,
            "hasCategory": category != nil, "category": category.map { texts($0.label) } ?? [],
            "categoryText": category.map { sourceText($0.label) } ?? "",
            "texts": texts(phrase.text),
            "hasNotes": !phrase.notes.isEmpty, "notes": phrase.notes.map { ["texts": texts($0)] },
            "hasAvoids": !phrase.avoids.isEmpty,
            "avoids": phrase.avoids.map { avoid -> [String: Any] in
                ["texts": texts(avoid.text), "hasWhy": avoid.why != nil, "why": avoid.why.map(texts) ?? []]
            },
        ]
    }

    /// A dialogue; branches nest through the `dialogue-items` partial.
    func dialogue(_ dialogue: Dialogue, page: Page) -> [String: Any] {
        [
            "id": dialogue.id, "hasTitle": dialogue.title != nil, "title": dialogue.title.map(texts) ?? [],
            "items": items(dialogue.items, page: page, path: ""),
        ]
    }

    /// `path` numbers nested cases: case 2 inside case 1 is "1.2".
    private func items(_ items: [DialogueItem], page: Page, path: String) -> [[String: Any]] {
        let indent = String(repeating: "  ", count: path.isEmpty ? 0 : path.split(separator: ".").count)
        return items.map { item -> [String: Any] in
            switch item {
            case .turn(let turn):
                var entry: [String: Any] = [
                    "isTurn": true, "isBranch": false, "cases": [], "indent": indent,
                    "speaker": turn.speaker.rawValue, "isAgent": turn.speaker == .agent,
                    "isCustomer": turn.speaker == .customer,
                ]
                switch turn.content {
                case .phrase(let reference):
                    let phrase = phraseIndex[reference.value]?.phrase
                    entry["hasPhrase"] = true
                    entry["phraseId"] = reference.value
                    entry["phraseHref"] = phraseHref(reference.value, page: page)
                    entry["texts"] = phrase.map { texts($0.text) } ?? []
                case .text(let text):
                    entry["hasPhrase"] = false
                    entry["phraseId"] = ""
                    entry["phraseHref"] = ""
                    entry["texts"] = texts(text)
                }
                return entry
            case .branch(let cases):
                return [
                    "isTurn": false, "isBranch": true, "indent": indent, "speaker": "", "isAgent": false,
                    "isCustomer": false,
                    "hasPhrase": false, "phraseId": "", "phraseHref": "", "texts": [],
                    "cases": cases.enumerated().map { index, branchCase -> [String: Any] in
                        let number = path.isEmpty ? "\(index + 1)" : "\(path).\(index + 1)"
                        return [
                            "number": index + 1, "path": number, "depth": number.split(separator: ".").count,
                            "when": texts(branchCase.when),
                            "items": self.items(branchCase.items, page: page, path: number),
                        ]
                    },
                ]
            }
        }
    }

    func labels(_ ids: [Located<String>]?, from declared: [Label]) -> [[String: Any]] {
        let chosen = ids.map { ids in declared.filter { label in ids.contains { $0.value == label.id } } } ?? declared
        return chosen.map { ["id": $0.id, "label": texts($0.label), "labelText": sourceText($0.label)] }
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
