/// A group of search synonyms (`<synonyms><same>` in `phrasebook.xml`, a compatible extension of format v1): words
/// that the site's search takes for one another, one element per word and language (`<zh>客户</zh><zh>顾客</zh>`).
struct SynonymGroup: Sendable {
    /// The group's words, one element per word and language, in file order.
    var words: LocalizedText
    /// Check codes silenced for this group.
    var ignoredChecks: Set<String>
    /// Where the element starts.
    var location: SourceLocation

    /// The words written in `language`, in file order; empty when none.
    func words(_ language: String) -> [String] {
        words.renderings.filter { $0.language == language && !$0.text.isEmpty }.map(\.text)
    }
}
