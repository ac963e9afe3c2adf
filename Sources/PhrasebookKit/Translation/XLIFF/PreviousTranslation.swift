/// What a stale rendering was approved as, offered to the translator of the changed source: the source text it was
/// reviewed against (from `review-history.xml`) with the rendering, and how much of that old source the current one
/// keeps. The XLIFF 1.2 export writes it as the unit's `<alt-trans>`, which CAT tools (OmegaT, Trados, memoQ) show
/// as a match beside the unit, with what changed in the source marked.
struct PreviousTranslation: Sendable, Equatable {
    /// The source text the rendering was reviewed against.
    var source: String
    /// The rendering as it is in the content: the translation of `source`.
    var target: String
    /// How alike the old and the current source are, in percent: 100 less the characters inserted, removed or
    /// replaced, as a share of the longer text, rounded down (so below 100, since the two differ).
    var matchQuality: Int

    /// The previous translation of `unit` in `language`; `nil` unless the rendering is stale and `book`'s review
    /// history recorded the source it was reviewed against.
    init?(of unit: TextUnit, in language: String, book: Book) {
        guard let now = unit.text.text(book.sourceLanguage),
            unit.state(of: language, source: book.sourceLanguage) == .stale,
            let rendering = unit.text.rendering(language), let hash = rendering.sourceHash,
            let was = book.reviewHistory.source(reviewedAs: hash)
        else { return nil }
        source = was
        target = rendering.text
        let longer = max(was.count, now.count)
        let changed = Suggestion.distance(was, now, limit: longer)
        matchQuality = longer == 0 ? 100 : (longer - changed) * 100 / longer
    }
}
