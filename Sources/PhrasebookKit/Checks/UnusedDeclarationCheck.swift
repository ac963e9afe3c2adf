/// Everything declared in phrasebook.xml is used somewhere. A role or channel is used when a situation or a
/// phrase names it in `roles`/`channels`; a situation that omits the attribute is for everyone, which does not
/// count as using any one of them (a role nobody names has no content of its own). A category is used when a
/// phrase names it; a variable or slot when some text writes `{name}`. Not while a situation file could not be
/// loaded: it may use any of them, and its own error is the one mistake to report.
struct UnusedDeclarationCheck: Check {
    let rules = [
        CheckRule(
            "unused-declaration", .warning, "a role, channel, category, variable or slot is declared but never used")
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let book = context.book
        guard book.unloadedSituations.isEmpty else { return }
        var roles: Set<String> = []
        var channels: Set<String> = []
        var categories: Set<String> = []
        for situation in book.situations {
            roles.formUnion((situation.roles ?? []).map(\.value))
            channels.formUnion((situation.channels ?? []).map(\.value))
            for phrase in situation.phrases {
                roles.formUnion((phrase.roles ?? []).map(\.value))
                channels.formUnion((phrase.channels ?? []).map(\.value))
                if let category = phrase.category { categories.insert(category.value) }
            }
        }
        var placeholders: Set<String> = []
        for site in context.sites {
            for rendering in site.text.renderings where PlaceholderText.hasBrace(rendering.text) {
                placeholders.formUnion(PlaceholderText(rendering.text).names)
            }
        }
        let groups: [(kind: String, used: Set<String>, declared: [(String, SourceLocation)], hint: String)] = [
            (
                "role", roles, book.roles.map { ($0.id, $0.location) },
                "name it in a situation's or phrase's roles=\"…\""
            ),
            (
                "channel", channels, book.channels.map { ($0.id, $0.location) },
                "name it in a situation's or phrase's channels=\"…\""
            ),
            (
                "category", categories, book.categories.map { ($0.id, $0.location) },
                "give it to a phrase with category=\"…\""
            ),
            (
                "variable", placeholders,
                book.placeholders.filter { $0.kind == .variable }.map { ($0.name, $0.location) }, "write it into a text"
            ),
            (
                "slot", placeholders, book.placeholders.filter { $0.kind == .slot }.map { ($0.name, $0.location) },
                "write it into a text"
            ),
        ]
        for group in groups {
            for (id, location) in group.declared where !group.used.contains(id) {
                let name = group.kind == "variable" || group.kind == "slot" ? "{\(id)}" : "'\(id)'"
                report.add(
                    "unused-declaration",
                    "\(group.kind) \(name) is declared but never used; remove the declaration or \(group.hint)",
                    at: location)
            }
        }
    }
}
