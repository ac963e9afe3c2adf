/// The keys of the `phrase` fragment: a phrase's renderings, notes, "don't say" pairs and who it is for
/// (Templates.md, "A situation").
struct PhraseContext: TemplateContext {
    var id: String
    var isStep: Bool
    /// The step number as a string, `""` when not a step.
    var number: String
    var isCard: Bool
    var hasCategory: Bool
    /// The category's label, `[]` when none.
    var category: [LanguageText]
    var categoryText: String
    var texts: [LanguageText]
    var hasNotes: Bool
    var notes: [TextsEntry]
    var hasAvoids: Bool
    var avoids: [AvoidContext]
    /// The roles it is for, space-separated, `""` for every role.
    var roleIds: String
    var hasRoleMarks: Bool
    var roleMarks: [LabelContext]
    var cardRoles: [LabelContext]

    static let keys = TemplateKeys<Self>([
        "id": { $0.id }, "isStep": { $0.isStep }, "number": { $0.number }, "isCard": { $0.isCard },
        "hasCategory": { $0.hasCategory },
        "category": { $0.category }, "categoryText": { $0.categoryText }, "texts": { $0.texts },
        "hasNotes": { $0.hasNotes },
        "notes": { $0.notes }, "hasAvoids": { $0.hasAvoids }, "avoids": { $0.avoids }, "roleIds": { $0.roleIds },
        "hasRoleMarks": { $0.hasRoleMarks }, "roleMarks": { $0.roleMarks }, "cardRoles": { $0.cardRoles },
    ])
}

/// A "don't say" wording: `texts`, and why not (`hasWhy`, `why`, `[]` when none).
struct AvoidContext: TemplateContext {
    var texts: [LanguageText]
    var hasWhy: Bool
    var why: [LanguageText]

    static let keys = TemplateKeys<Self>(["texts": { $0.texts }, "hasWhy": { $0.hasWhy }, "why": { $0.why }])
}

/// A phrase in a situation's blocks: `id`, `isStep`, `number` and `body`, the phrase rendered by the `phrase`
/// fragment.
struct PhraseEntry: TemplateContext {
    var id: String
    var isStep: Bool
    var number: String
    /// The fragment in pieces (a step's number apart from the text around it: ``RenderedPhrase``).
    var pieces: [TextPiece]
    /// The fragment as one text, for a template that shows it.
    var body: String { pieces.joinedText }

    static let keys = TemplateKeys<Self>([
        "id": { $0.id }, "isStep": { $0.isStep }, "number": { $0.number }, "body": { $0.body },
    ])
}
