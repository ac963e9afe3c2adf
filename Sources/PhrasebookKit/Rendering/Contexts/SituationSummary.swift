/// What names and links a situation: `id`, `title`, `titleText`, `titleAllText`, `href`, `phraseCount`,
/// `isOnePhrase`, `hasCountOfOne`, `roleIds`, `roleCounts`, `isCurrent`.
struct SituationSummary: TemplateContext {
    var id: String
    var title: [LanguageText]
    var titleText: String
    var titleAllText: String
    /// The link to the situation from the page.
    var href: String
    var phraseCount: Int
    /// The roles the situation is for, space-separated (`data-roles`, which "My role" greys or hides by); empty
    /// for every role.
    var roleIds: String
    /// How many of its phrases a role sees, for each role the situation is for that sees fewer than
    /// `phraseCount` (`role=count`, space-separated, in the book's order of roles; `data-role-counts`, which "My
    /// role" shows as the count when the other roles' phrases are hidden); empty when every role sees them all.
    var roleCounts: String
    /// Whether it has one phrase (`phrases-count-one`: "1 phrase").
    var isOnePhrase: Bool { phraseCount == 1 }
    /// Whether its count may read 1: it has one phrase, or a role sees one of its phrases (the contents page then
    /// carries both words, `phrases-count` and `phrases-count-one`, for "My role" to show the one that fits).
    var hasCountOfOne: Bool {
        isOnePhrase || roleCounts.split(separator: " ").contains { $0.hasSuffix("=1") }
    }
    /// Whether this is the page's own situation (the navigation of a situation page).
    var isCurrent: Bool

    static let keys = TemplateKeys<Self>([
        "id": { $0.id }, "title": { $0.title }, "titleText": { $0.titleText }, "titleAllText": { $0.titleAllText },
        "href": { $0.href },
        "phraseCount": { $0.phraseCount }, "roleIds": { $0.roleIds }, "roleCounts": { $0.roleCounts },
        "isOnePhrase": { $0.isOnePhrase }, "hasCountOfOne": { $0.hasCountOfOne }, "isCurrent": { $0.isCurrent },
    ])
}

/// A situation shown in full: its summary's keys and `body`, the situation rendered by `situation-body`.
struct SituationWithBody: TemplateContext {
    var summary: SituationSummary
    /// The body in pieces (its own markup between its phrases, and the phrases' fragments as they were kept:
    /// ``Fragments/renderBody(_:lasting:place:shared:make:)``), written one after the other in a handbook.
    var pieces: [TextPiece]
    /// The body as one text, for a page whose template shows it.
    var body: String { pieces.joinedText }

    static let keys = TemplateKeys<Self>(["body": { $0.body }]).including { $0.summary }
}

/// A chapter with the situations the page's view sees in it (summaries, or in full in a role's handbook).
struct ChapterContext: TemplateContext {
    var id: String
    var title: [LanguageText]
    var titleText: String
    var titleAllText: String
    /// The chapter's section of the home page, or of a role's handbook.
    var href: String
    var isCurrentChapter: Bool
    var hasSituations: Bool
    /// ``SituationSummary`` or ``SituationWithBody`` entries.
    var situations: [any TemplateContext]

    static let keys = TemplateKeys<Self>([
        "id": { $0.id }, "title": { $0.title }, "titleText": { $0.titleText }, "titleAllText": { $0.titleAllText },
        "href": { $0.href },
        "isCurrentChapter": { $0.isCurrentChapter }, "hasSituations": { $0.hasSituations },
        "situations": { $0.situations },
    ])
}
