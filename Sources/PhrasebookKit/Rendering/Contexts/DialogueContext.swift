/// A worked example: `id`, its title (`hasTitle`, `title`, `[]` when none) and `items`, turns and branches.
struct DialogueContext: TemplateContext {
    var id: String
    var hasTitle: Bool
    var title: [LanguageText]
    var items: [DialogueItemContext]

    static let keys = TemplateKeys<Self>([
        "id": { $0.id }, "hasTitle": { $0.hasTitle }, "title": { $0.title }, "items": { $0.items },
    ])
}

/// A turn or a branch of a dialogue, with the keys of both (the other's `false`, `""` or `[]`), so the
/// recursive partial `dialogue-items` can test them.
struct DialogueItemContext: TemplateContext {
    var isTurn: Bool
    var isBranch: Bool
    /// Two spaces per level of nesting.
    var indent: String
    /// A turn's anchor on the page (``DialogueAnchors``), `""` for a branch.
    var anchor: String
    var speaker: String
    var isAgent: Bool
    var isCustomer: Bool
    var hasPhrase: Bool
    var phraseId: String
    var phraseHref: String
    var texts: [LanguageText]
    var cases: [CaseContext]

    static let keys = TemplateKeys<Self>([
        "isTurn": { $0.isTurn }, "isBranch": { $0.isBranch }, "indent": { $0.indent }, "anchor": { $0.anchor },
        "speaker": { $0.speaker },
        "isAgent": { $0.isAgent }, "isCustomer": { $0.isCustomer }, "hasPhrase": { $0.hasPhrase },
        "phraseId": { $0.phraseId },
        "phraseHref": { $0.phraseHref }, "texts": { $0.texts }, "cases": { $0.cases },
    ])
}

/// A case of a branch: `number` (1, 2, … within the branch), `path` (`1.2`), `anchor` (``DialogueAnchors``),
/// `depth`, `when` and `items`.
struct CaseContext: TemplateContext {
    var number: Int
    var path: String
    var anchor: String
    var depth: Int
    var when: [LanguageText]
    var items: [DialogueItemContext]

    static let keys = TemplateKeys<Self>([
        "number": { $0.number }, "path": { $0.path }, "anchor": { $0.anchor }, "depth": { $0.depth },
        "when": { $0.when }, "items": { $0.items },
    ])
}
