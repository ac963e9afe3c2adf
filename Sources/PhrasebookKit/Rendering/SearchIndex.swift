import Foundation

/// The in-browser search data of a view: every visible phrase with its texts in every language, written as a
/// script (`window.PHRASEBOOK_SEARCH = …`) that pages load with `<script src>`, which works from file://,
/// unlike fetching a JSON file.
///
/// A role's index holds only the phrases of that role's view, so a role handbook cannot find what the role may
/// not see. `href`s starting with `#` are anchors in the loading page; the others are relative to the site's
/// root, and the script prefixes them with the page's `data-root`.
enum SearchIndex {
    private struct Language: Encodable {
        /// The element name of the language (`zh`), matching the pages' `data-lang`.
        let code: String
        /// The BCP 47 tag for `lang` attributes.
        let tag: String
        /// The language's name in itself.
        let name: String
        /// Whether the language is searched by substring (CJK without spaces between words) rather than by
        /// word prefixes.
        let substring: Bool
    }

    private struct Entry: Encodable {
        /// The phrase id.
        let id: String
        /// The link to its anchor (see the type's summary).
        let href: String
        /// The situation's title, per language in display order.
        let situation: [String]
        /// The phrase's plain text per language, in display order; empty when pending.
        let texts: [String]
    }

    private struct Index: Encodable {
        let languages: [Language]
        let entries: [Entry]
    }

    /// The script for `view`; `href` gives each phrase's link (an in-page anchor or a path from the site root).
    static func script(for view: BookView, href: (String) -> String) -> String {
        let resolver = TextResolver(book: view.book)
        let languages = view.book.languages
        var entries: [Entry] = []
        for situation in view.situations {
            let title = languages.map { resolver.resolve(situation.situation.title, in: $0).plain }
            for phrase in situation.phrases {
                entries.append(Entry(
                    id: phrase.id, href: href(phrase.id), situation: title,
                    texts: languages.map { resolver.resolve(phrase.text, in: $0).plain }))
            }
        }
        let index = Index(
            languages: languages.map { language in
                Language(code: language.code, tag: language.tag, name: language.name, substring: searchesBySubstring(language.tag))
            },
            entries: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(index)) ?? Data("{}".utf8)
        // JSON inside a script: "<" is escaped so that no content can close or open markup if the data is ever inlined.
        let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        return "window.PHRASEBOOK_SEARCH = " + json + ";\n"
    }

    /// Languages written without spaces between words: Chinese, Japanese.
    static func searchesBySubstring(_ tag: String) -> Bool {
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return ["zh", "ja", "yue", "wuu", "cmn", "lzh"].contains(primary)
    }
}
