import Foundation

/// The in-browser search data of a view: every visible phrase with its texts in every language, written as a
/// script (`window.PHRASEBOOK_SEARCH = …`) that pages load with `<script src>`, which works from file://,
/// unlike fetching a JSON file.
///
/// A role's index holds only the phrases of that role's view, so a role handbook cannot find what the role may
/// not see. `href`s starting with `#` are anchors in the loading page; the others are relative to the site's
/// root, and the script prefixes them with the page's `data-root`.
enum SearchIndex {
    /// The parts of the entries that are the same in every view (id, situation title, texts), written once per
    /// phrase and shared by the book's index and every role's.
    final class Entries: Sendable {
        private let memo = Memo<SourceLocation, String>()

        /// The entry of `phrase` from its `"id"` on, closing brace included.
        func tail(_ phrase: Phrase, situation: Situation, resolver: TextResolver, languages: [Language]) -> String {
            memo.value(phrase.location) {
                let title = languages.map { resolver.resolve(situation.title, in: $0).plain }
                let texts = languages.map { resolver.resolve(phrase.text, in: $0).plain }
                return ",\"id\":" + JSONText.quoted(phrase.id) + ",\"situation\":" + JSONText.array(title)
                    + ",\"texts\":" + JSONText.array(texts) + "}"
            }
        }
    }

    /// The script for `view`; `href` gives each phrase's link (an in-page anchor or a path from the site root).
    /// The data is one object, keys in alphabetical order: `entries`, each `href`, `id`, `situation` (its
    /// situation's title per language, in display order) and `texts` (the phrase's plain text per language,
    /// empty when pending); and `languages`, each `code` (the pages' `data-lang`), `name`, `substring` (whether
    /// it is searched by substring, as CJK without spaces between words is, rather than by word prefixes) and
    /// `tag` (BCP 47).
    static func script(for view: BookView, entries: Entries = Entries(), href: (String) -> String) -> String {
        let resolver = TextResolver(book: view.book)
        let languages = view.book.languages
        var json = "{\"entries\":["
        var first = true
        for situation in view.situations {
            for phrase in situation.phrases {
                if !first { json += "," }
                first = false
                json += "{\"href\":" + JSONText.quoted(href(phrase.id))
                json += entries.tail(phrase, situation: situation.situation, resolver: resolver, languages: languages)
            }
        }
        json += "],\"languages\":["
        json += languages.map { language in
            "{\"code\":" + JSONText.quoted(language.code) + ",\"name\":" + JSONText.quoted(language.name)
                + ",\"substring\":" + (searchesBySubstring(language.tag) ? "true" : "false")
                + ",\"tag\":" + JSONText.quoted(language.tag) + "}"
        }.joined(separator: ",")
        return "window.PHRASEBOOK_SEARCH = " + json + "]};\n"
    }

    /// Languages written without spaces between words: Chinese, Japanese.
    static func searchesBySubstring(_ tag: String) -> Bool {
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return ["zh", "ja", "yue", "wuu", "cmn", "lzh"].contains(primary)
    }
}
