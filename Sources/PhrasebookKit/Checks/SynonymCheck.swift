/// Search synonyms (`<synonyms><same>`, ContentFormat.md, "Search synonyms") are taken for one another within a
/// language: a word alone in its language in a group (and in no glossary term) has nothing to be taken for, and a
/// word in two groups of one language joins them (the search takes every word of both for it), which is one group
/// written as two.
struct SynonymCheck: Check {
    let rules = [
        CheckRule("lonely-synonym", .warning, "a search synonym has no other word of its language in its group"),
        CheckRule("repeated-synonym", .warning, "a search synonym is written twice, in one group or in two"),
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let declared = Set(context.book.languages.map(\.code))
        var seen: [String: (group: Int, location: SourceLocation)] = [:]
        for (number, group) in context.book.synonyms.enumerated() {
            var languages: [String] = []
            for rendering in group.words.renderings where !languages.contains(rendering.language) {
                languages.append(rendering.language)
            }
            for language in languages {
                let words = group.words.renderings.filter { $0.language == language && !$0.text.isEmpty }
                if words.count == 1, let word = words.first, declared.contains(language),
                    !Self.isGlossaryWord(word.text, in: language, of: context.book)
                {
                    report.add(
                        "lonely-synonym",
                        "<\(language)>\(word.text)</\(language)> is the only \(language) word of its <same>, so the "
                            + "search takes nothing for it: add the \(language) words it stands for, or remove it",
                        at: word.location, silencedBy: group.ignoredChecks.union(word.ignoredChecks))
                }
                for word in words {
                    let key = language + "\u{0}" + SearchFolding.fold(word.text)
                    guard let earlier = seen[key] else {
                        seen[key] = (number, word.location)
                        continue
                    }
                    let sameGroup = earlier.group == number
                    report.add(
                        "repeated-synonym",
                        "'\(word.text)' is written before, at line \(earlier.location.line), "
                            + (sameGroup
                                ? "in this <same>: remove one"
                                : "in another <same>: the search takes the words of both for it; make them one group"),
                        at: word.location, silencedBy: group.ignoredChecks.union(word.ignoredChecks))
                }
            }
        }
    }

    /// Whether `word` is one of a glossary term's forms or forbidden variants in `language`, whose other words the
    /// search takes for it.
    private static func isGlossaryWord(_ word: String, in language: String, of book: Book) -> Bool {
        let folded = SearchFolding.fold(word)
        return book.glossary.contains { term in
            (term.forms(language) + term.forbidden(language)).contains { SearchFolding.fold($0) == folded }
        }
    }
}
