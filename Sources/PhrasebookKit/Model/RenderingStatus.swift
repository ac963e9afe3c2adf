/// Where one language's rendering of a text stands in translation: the one rule the check
/// (`RenderingStatusCheck`), the stats and the review command share.
enum RenderingStatus: Sendable, Equatable {
    /// No rendering in that language, or an empty one.
    case missing
    /// The source text is missing or empty, so there is nothing to review against.
    case noSource
    /// A rendering without `source-hash`: nobody has reviewed it yet. `current` is the hash to write once it is.
    case unreviewed(current: String)
    /// A rendering reviewed against another source text: its `source-hash` is `reviewed`, the source's is `current`.
    case stale(reviewed: String, current: String)
    /// A rendering reviewed against the current source text.
    case reviewed
}

extension LocalizedText {
    /// The languages whose rendering is stale (``RenderingStatus/stale``): the source hashed once, and only when
    /// some rendering has a review hash to compare.
    func staleLanguages(source: String) -> Set<String> {
        let reviewed = renderings.filter { $0.language != source && $0.sourceHash != nil && !$0.text.isEmpty }
        guard !reviewed.isEmpty, let sourceText = text(source), !sourceText.isEmpty else { return [] }
        let current = SourceHash.of(sourceText)
        return Set(reviewed.filter { $0.sourceHash?.lowercased() != current }.map(\.language))
    }

    /// The status of this text's rendering in `language`, against its rendering in `source`.
    func status(of language: String, source: String) -> RenderingStatus {
        guard let rendering = rendering(language), !rendering.text.isEmpty else { return .missing }
        guard let sourceText = text(source), !sourceText.isEmpty else { return .noSource }
        let current = SourceHash.of(sourceText)
        guard let hash = rendering.sourceHash else { return .unreviewed(current: current) }
        return hash.lowercased() == current ? .reviewed : .stale(reviewed: hash, current: current)
    }
}
