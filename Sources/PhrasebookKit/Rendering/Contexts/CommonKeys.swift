/// The keys of every HTML and Markdown page: the book-wide ones, the roles, the chapters the page's view sees,
/// the edition and the glossary's link (Templates.md, "Keys of every HTML and Markdown page"). A format adds
/// its own page keys over them.
struct CommonKeys: TemplateContext {
    var bookWide: BookWideKeys
    var glossaryHref: String
    var roles: [RoleEntry]
    /// The page's role (``RoleLink``) on a role's pages, else `false`.
    var role: Any
    var chapters: [ChapterContext]
    var edition: EditionKeys
    var hasGlossary: Bool

    static let keys = TemplateKeys<Self>([
        "glossaryHref": { $0.glossaryHref }, "roles": { $0.roles }, "role": { $0.role }, "chapters": { $0.chapters },
        "edition": { $0.edition }, "hasGlossary": { $0.hasGlossary },
    ]).including { $0.bookWide }
}

/// A role and its pages: `id`, `label` (texts), `labelText` and `labelAllText` (escaped), `href` (its
/// handbook), `cardsHref` (its card sheet).
struct RoleLink: TemplateContext {
    var id: String
    var label: [LanguageText]
    var labelText: String
    var labelAllText: String
    var href: String
    var cardsHref: String

    static let keys = TemplateKeys<Self>([
        "id": { $0.id }, "label": { $0.label }, "labelText": { $0.labelText }, "labelAllText": { $0.labelAllText },
        "href": { $0.href },
        "cardsHref": { $0.cardsHref },
    ])
}

/// A role in the list of every role: its link's keys and `isCurrent` (the page is its handbook).
struct RoleEntry: TemplateContext {
    var link: RoleLink
    var isCurrent: Bool

    static let keys = TemplateKeys<Self>(["isCurrent": { $0.isCurrent }]).including { $0.link }
}

/// Which edition a page shows: `stamp` and `label` (escaped), `isKnown`.
struct EditionKeys: TemplateContext {
    var stamp: String
    var label: String
    var isKnown: Bool

    static let keys = TemplateKeys<Self>(["stamp": { $0.stamp }, "label": { $0.label }, "isKnown": { $0.isKnown }])
}
