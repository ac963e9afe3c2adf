/// A worked example: `id`, its title (`hasTitle`, `title`, `[]` when none) and `items`, turns and branches.
struct DialogueContext: TemplateContext {
    var id: String
    var hasTitle: Bool
    var title: [LanguageText]
    var items: [DialogueItemContext]

    static let keys = TemplateKeys<Self>(["id": \.id, "hasTitle": \.hasTitle, "title": \.title, "items": \.items])
}

/// A turn or a branch of a dialogue, with the keys of both (the other's `false`, `""` or `[]`), so the
/// recursive partial `dialogue-items` can test them.
struct DialogueItemContext: TemplateContext {
    var isTurn: Bool
    var isBranch: Bool
    /// Two spaces per level of nesting.
    var indent: String
    var speaker: String
    var isAgent: Bool
    var isCustomer: Bool
    var hasPhrase: Bool
    var phraseId: String
    var phraseHref: String
    var texts: [LanguageText]
    var cases: [CaseContext]

    static let keys = TemplateKeys<Self>([
        "isTurn": \.isTurn, "isBranch": \.isBranch, "indent": \.indent, "speaker": \.speaker,
        "isAgent": \.isAgent, "isCustomer": \.isCustomer, "hasPhrase": \.hasPhrase, "phraseId": \.phraseId,
        "phraseHref": \.phraseHref, "texts": \.texts, "cases": \.cases,
    ])
}

/// A case of a branch: `number` (1, 2, … within the branch), `path` (`1.2`), `depth`, `when` and `items`.
struct CaseContext: TemplateContext {
    var number: Int
    var path: String
    var depth: Int
    var when: [LanguageText]
    var items: [DialogueItemContext]

    static let keys = TemplateKeys<Self>([
        "number": \.number, "path": \.path, "depth": \.depth, "when": \.when, "items": \.items,
    ])
}
