/// Where one language's rendering of a text stands in the translation loop.
public enum RenderingState: String, Sendable, CaseIterable, Comparable {
    /// No rendering, or an empty one.
    case missing
    /// A rendering without `source-hash`: nobody has reviewed it.
    case unreviewed
    /// A rendering whose `source-hash` no longer matches the source text: the source changed since review.
    case stale
    /// A rendering reviewed against the current source text.
    case reviewed

    public static func < (lhs: RenderingState, rhs: RenderingState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension LocalizedText {
    /// The state of the rendering in `language`, judged against the text in `source`.
    public func state(of language: String, source: String) -> RenderingState {
        guard let rendering = rendering(language), !rendering.text.isEmpty else { return .missing }
        guard let hash = rendering.sourceHash else { return .unreviewed }
        return hash.lowercased() == SourceHash.of(text(source) ?? "") ? .reviewed : .stale
    }
}
