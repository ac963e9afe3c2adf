/// Ids are well-formed (they become file names and URL fragments: `../x` is refused) and unique where they
/// must be: phrases and dialogues across the whole book, everything else within its kind.
struct IdentifierCheck: Check {
    let rules = [
        CheckRule(
            "invalid-id", .error, "an id is not lower-case ASCII letters, digits and hyphens starting with a letter"),
        CheckRule("duplicate-id", .error, "two things of the same kind share an id"),
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let book = context.book
        let groups: [(kind: String, ids: [(id: String, location: SourceLocation, silenced: Set<String>)])] = [
            ("language", book.languages.map { ($0.code, $0.location, []) }),
            ("role", book.roles.map { ($0.id, $0.location, []) }),
            ("channel", book.channels.map { ($0.id, $0.location, []) }),
            ("category", book.categories.map { ($0.id, $0.location, []) }),
            ("placeholder", book.placeholders.map { ($0.name, $0.location, []) }),
            ("chapter", book.chapters.map { ($0.id, $0.location, []) }),
            ("situation", book.situations.map { ($0.id, $0.location, $0.ignoredChecks) }),
            (
                "phrase or dialogue",
                book.situations.flatMap { situation in
                    situation.phrases.map { ($0.id, $0.location, situation.ignoredChecks.union($0.ignoredChecks)) }
                        + situation.dialogues.map { ($0.id, $0.location, situation.ignoredChecks) }
                }
            ),
            ("taboo", book.taboos.map { ($0.id, $0.location, $0.ignoredChecks) }),
            ("term", book.glossary.map { ($0.id, $0.location, $0.ignoredChecks) }),
        ]
        for group in groups {
            var seen: [String: SourceLocation] = [:]
            for entry in group.ids {
                if !Identifier.isValid(entry.id) {
                    report.add(
                        "invalid-id",
                        "\(group.kind) id '\(entry.id)' is not valid: use lower-case ASCII letters, digits and hyphens, starting with a letter",
                        at: entry.location, silencedBy: entry.silenced)
                }
                if let first = seen[entry.id] {
                    report.add(
                        "duplicate-id",
                        "\(group.kind) id '\(entry.id)' is already used at \(first); rename one of them",
                        at: entry.location, silencedBy: entry.silenced)
                } else {
                    seen[entry.id] = entry.location
                }
            }
        }
    }
}
