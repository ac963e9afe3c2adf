/// The whole table of contents as a script (`window.PHRASEBOOK_NAV = …`), loaded by every page: a situation
/// page's own markup lists only its chapter (every chapter on every page would make the site grow with the
/// square of the book), and `nav.js` fills in the other chapters from this one shared file.
enum NavigationData {
    /// `{"chapters": [{"id", "situations": [{"href", "id", "roles", "title"}], "title"}], "languages": [{"code",
    /// "tag"}]}` (`roles` space-separated, only for a situation that names its roles)
    /// (each language with its `dir` too in a book with a language written right to left),
    /// keys in alphabetical order; `href`s from the site's root, titles plain per language in display order.
    static func script(for view: BookView) -> String {
        let resolver = TextResolver(book: view.book)
        let languages = view.book.languages
        func title(_ text: LocalizedText) -> String {
            JSONText.array(languages.map { resolver.plain(text, in: $0) })
        }
        let chapters = view.chapters.map { chapter in
            let situations = chapter.situations.map { situation in
                let id = situation.situation.id
                let roles = situation.situation.roles.map {
                    ",\"roles\":" + JSONText.quoted($0.map(\.value).joined(separator: " "))
                }
                return "{\"href\":" + JSONText.quoted("situations/\(id).html") + ",\"id\":" + JSONText.quoted(id)
                    + (roles ?? "") + ",\"title\":" + title(situation.situation.title) + "}"
            }
            return "{\"id\":" + JSONText.quoted(chapter.chapter.id) + ",\"situations\":["
                + situations.joined(separator: ",") + "],\"title\":" + title(chapter.chapter.title) + "}"
        }
        let directions = DirectionAttributes(book: view.book)
        let codes = languages.map {
            "{\"code\":" + JSONText.quoted($0.code) + directions.jsonField(tag: $0.tag) + ",\"tag\":"
                + JSONText.quoted($0.tag) + "}"
        }
        return "window.PHRASEBOOK_NAV = {\"chapters\":[" + chapters.joined(separator: ",") + "],\"languages\":["
            + codes.joined(separator: ",") + "]};\n"
    }
}
