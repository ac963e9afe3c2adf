/// Ids are well-formed (they become file names and URL fragments: `../x` is refused), unique where they must be
/// (phrases, dialogues and situations across the whole book, as they share the HTML ids of every page that shows
/// them; everything else within its kind), and not a name the output reserves. None of these can be silenced: a
/// clash loses content (two situations on one page, a role's search data over the book's) with exit status 0.
struct IdentifierCheck: Check {
    /// Role ids the output uses for the whole book (`search-book.js`).
    static let reservedRoleIDs: Set<String> = ["book"]

    let rules = [
        CheckRule(
            "invalid-id", .error, "an id is not lower-case ASCII letters, digits and hyphens starting with a letter"),
        CheckRule("duplicate-id", .error, "two things of the same kind share an id"),
        CheckRule("reserved-id", .error, "an id is one the output already uses for something else"),
        CheckRule("invalid-language-tag", .error, "a language's tag is not a well-formed BCP 47 tag"),
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let book = context.book
        let shared: [(kind: String, id: String, location: SourceLocation)] =
            book.situations.map { ("situation", $0.id, $0.location) }
            + book.situations.flatMap { situation in
                situation.phrases.map { ("phrase", $0.id, $0.location) }
                    + situation.dialogues.map { ("dialogue", $0.id, $0.location) }
            }
        let groups: [(kind: String, ids: [(id: String, location: SourceLocation)])] = [
            ("language", book.languages.map { ($0.code, $0.location) }),
            ("role", book.roles.map { ($0.id, $0.location) }),
            ("channel", book.channels.map { ($0.id, $0.location) }),
            ("category", book.categories.map { ($0.id, $0.location) }),
            ("placeholder", book.placeholders.map { ($0.name, $0.location) }),
            ("chapter", book.chapters.map { ($0.id, $0.location) }),
            ("situation, phrase or dialogue", shared.map { ($0.id, $0.location) }),
            ("taboo", book.taboos.map { ($0.id, $0.location) }),
            ("term", book.glossary.map { ($0.id, $0.location) }),
        ]
        for group in groups {
            var seen: [String: SourceLocation] = [:]
            for entry in group.ids {
                if !Identifier.isValid(entry.id) {
                    report.add(
                        "invalid-id",
                        "\(group.kind) id '\(entry.id)' is not valid: use lower-case ASCII letters, digits and hyphens, starting with a letter",
                        at: entry.location)
                }
                if let first = seen[entry.id] {
                    report.add(
                        "duplicate-id",
                        "\(group.kind) id '\(entry.id)' is already used at \(first); rename one of them",
                        at: entry.location)
                } else {
                    seen[entry.id] = entry.location
                }
            }
        }
        var tagged: [String: Language] = [:]
        for language in book.languages {
            guard let first = tagged[language.tag.lowercased()] else {
                tagged[language.tag.lowercased()] = language
                continue
            }
            report.add(
                "duplicate-id",
                "language '\(language.code)' has tag '\(language.tag)', the tag of language '\(first.code)' at "
                    + "\(first.location): the pages would mark both as one language; give each its own tag",
                at: language.location)
        }
        for language in book.languages where !LanguageTag.isWellFormed(language.tag) {
            report.add(
                "invalid-language-tag",
                "language '\(language.code)' has tag '\(language.tag)', which is not a BCP 47 tag; write e.g. 'en', "
                    + "'zh-Hans', 'pt-BR'",
                at: language.location)
        }
        let htmlIDs = Self.htmlIDs(of: book)
        for (kind, id, location) in shared where htmlIDs[id] != nil {
            report.add(
                "reserved-id",
                "\(kind) id '\(id)' is the HTML id of \(htmlIDs[id]!) on the pages that show both; rename the \(kind)",
                at: location)
        }
        for role in book.roles where Self.reservedRoleIDs.contains(role.id) {
            report.add(
                "reserved-id",
                "role id '\(role.id)' is reserved: the whole book's pages use it (search-\(role.id).js); rename the role",
                at: role.location)
        }
    }

    /// The HTML ids the shipped templates and their scripts give parts of the pages (`main`, the skip link's
    /// target; `my-role`, the role menu; …).
    static let pageIDs: Set<String> = [
        "main", "print-css", "copy-says", "my-role", "hide-other-roles", "nothing-for-role", "contents-heading",
        "roles-heading", "glossary-heading", "taboos-heading", "search-help", "search-input", "search-form",
        "search-query", "search-role", "search-status", "search-says", "search-results", "search-more",
        "search-other-roles", "search-kinds",
    ]

    /// The HTML ids of the pages' own parts (``pageIDs``) and those the pages derive from situations and chapters
    /// (`<situation>-title`, `<situation>-when`, `<situation>-guidelines`, `<situation>-guideline-N`,
    /// `<dialogue>-turn-N`, `<dialogue>-case-1-2`, `chapter-<chapter>`, `chapter-<chapter>-title`), each with what it
    /// belongs to; a situation, phrase or dialogue may not take one.
    private static func htmlIDs(of book: Book) -> [String: String] {
        var ids: [String: String] = [:]
        for id in pageIDs { ids[id] = "a part of the page ('\(id)')" }
        for situation in book.situations {
            let id = situation.id
            ids[id + "-title"] = "the title of situation '\(id)'"
            if situation.when != nil { ids[id + "-when"] = "the \"when\" section of situation '\(id)'" }
            if !situation.guidelines.isEmpty { ids[id + "-guidelines"] = "the guidelines of situation '\(id)'" }
            for number in situation.guidelines.indices.map({ $0 + 1 }) {
                ids[id + "-guideline-\(number)"] = "guideline \(number) of situation '\(id)'"
            }
            for dialogue in situation.dialogues {
                for (anchor, marks) in DialogueAnchors.all(of: dialogue) {
                    ids[anchor] = "\(marks) of dialogue '\(dialogue.id)'"
                }
            }
        }
        for chapter in book.chapters {
            ids["chapter-" + chapter.id] = "chapter '\(chapter.id)'"
            ids["chapter-" + chapter.id + "-title"] = "the title of chapter '\(chapter.id)'"
        }
        return ids
    }
}
