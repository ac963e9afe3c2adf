import Foundation

/// The in-browser search data of a view: every visible phrase with its texts in every language, written as a
/// script (`window.PHRASEBOOK_SEARCH = …`) that pages load with `<script src>`, which works from file://,
/// unlike fetching a JSON file.
enum SearchIndex {
    private struct Entry: Encodable {
        /// The phrase id.
        let id: String
        /// The link to its anchor, relative to the page that loads the index.
        let href: String
        /// The situation's source-language title.
        let situation: String
        /// The phrase's plain text per language, in display order.
        let texts: [String]
    }

    private struct Index: Encodable {
        let languages: [String]
        let entries: [Entry]
    }

    /// The script for `view`; `href` gives each phrase's link from the loading page.
    static func script(for view: BookView, href: (String) -> String) -> String {
        let resolver = TextResolver(book: view.book)
        let source = view.book.languages.first { $0.code == view.book.sourceLanguage }
        var entries: [Entry] = []
        for situation in view.situations {
            let title = source.map { resolver.resolve(situation.situation.title, in: $0).plain } ?? ""
            for phrase in situation.phrases {
                entries.append(Entry(
                    id: phrase.id, href: href(phrase.id), situation: title,
                    texts: view.book.languages.map { resolver.resolve(phrase.text, in: $0).plain }))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Index(languages: view.book.languages.map(\.tag), entries: entries))) ?? Data("{}".utf8)
        return "window.PHRASEBOOK_SEARCH = " + String(decoding: data, as: UTF8.self) + ";\n"
    }
}
