/// The words the site's search takes for one another (`search.js`, `14-same-words.js`; ContentFormat.md, "Search
/// synonyms"): per language of the site, each group of the book's `<synonyms>`, and each glossary term's forms with
/// its forbidden variants (what a reader may type for the word the book uses: `수리 기사` for `엔지니어`).
extension SearchIndex {
    /// The core's `sameWords`: the groups, each a list of two or more folded words (``SearchFolding``) of one
    /// language, each word once in its group; the glossary's terms first, then `<synonyms>`, in file order, and
    /// within a group by the book's languages.
    var sameWords: [[String]] {
        var groups: [[String]] = []
        func add(_ words: [String]) {
            var group: [String] = []
            for word in words.map(SearchFolding.fold) where !word.isEmpty && !group.contains(word) {
                group.append(word)
            }
            if group.count >= 2 { groups.append(group) }
        }
        for term in book.glossary {
            for language in book.languages { add(term.forms(language.code) + term.forbidden(language.code)) }
        }
        for group in book.synonyms {
            for language in book.languages { add(group.words(language.code)) }
        }
        return groups
    }

    /// The core's `avoided`: each glossary term's forbidden variant in a language of the site, folded, and the
    /// term's id, as a JSON object sorted by the word (the first term's where two forbid one word). A query that is
    /// one of them, whole, puts that term first: the word the reader would say is one the book avoids.
    var avoidedWords: String {
        var terms: [String: String] = [:]
        for term in book.glossary {
            for language in book.languages {
                for word in term.forbidden(language.code).map(SearchFolding.fold) where terms[word] == nil {
                    terms[word] = term.id
                }
            }
        }
        let fields = terms.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ":" + JSONText.quoted($0.value) }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
