/// The search data written as a script.
extension SearchIndex {
    /// `window.PHRASEBOOK_SEARCH = {…};`: one object, keys in alphabetical order (so the file is the same for
    /// the same book): `categories` (each `id`, `label` per language), `entries` (each `category` when the
    /// phrase has one, `href`, `kind`, `page`, `roles` when narrowed, `texts`), `languages` (each `code`, `name`,
    /// `tag`), `pages` (each `href`, `title` per language) and `roles` (each `id`, `label` per language).
    var script: String {
        var json = "{\"categories\":["
        json += book.categories.map(label).joined(separator: ",")
        json += "],\"entries\":["
        var first = true
        for entry in entries {
            if !first { json += "," }
            first = false
            json += "{"
            if let category = entry.category { json += "\"category\":\(category)," }
            json +=
                "\"href\":" + JSONText.quoted(entry.href) + ",\"kind\":\"" + entry.kind + "\",\"page\":\(entry.page)"
            if let roles = entry.roles { json += ",\"roles\":" + JSONText.array(roles) }
            json += ",\"texts\":" + JSONText.array(entry.texts) + "}"
        }
        json += "],\"languages\":["
        json += book.languages.map { language in
            "{\"code\":" + JSONText.quoted(language.code) + ",\"name\":" + JSONText.quoted(language.name)
                + ",\"tag\":" + JSONText.quoted(language.tag) + "}"
        }.joined(separator: ",")
        json += "],\"pages\":["
        json += pages.map { "{\"href\":" + JSONText.quoted($0.href) + ",\"title\":" + JSONText.array($0.title) + "}" }
            .joined(separator: ",")
        json += "],\"roles\":["
        json += book.roles.map(label).joined(separator: ",")
        return "window.PHRASEBOOK_SEARCH = " + json + "]};\n"
    }

    private func label(_ label: Label) -> String {
        "{\"id\":" + JSONText.quoted(label.id) + ",\"label\":" + JSONText.array(plain(label.label)) + "}"
    }
}
