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

    /// Orders states as declared: missing, unreviewed, stale, reviewed.
    public static func < (lhs: RenderingState, rhs: RenderingState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension RenderingState {
    /// The state of a rendering of `status`; `nil` when the text has no source to translate.
    init?(_ status: RenderingStatus) {
        switch status {
        case .missing: self = .missing
        case .noSource: return nil
        case .unreviewed: self = .unreviewed
        case .stale: self = .stale
        case .reviewed: self = .reviewed
        }
    }
}

extension LocalizedText {
    /// The state of the rendering in `language` by `status(of:source:)`; `nil` when the source text is missing
    /// or empty (and the rendering is not missing).
    func state(of language: String, source: String) -> RenderingState? {
        RenderingState(status(of: language, source: source))
    }
}

extension TextUnit {
    /// The state of the unit's rendering in `language`: the text's review state, and for search keywords, which are
    /// never reviewed, `missing` or `unreviewed` (none written in `language`, or some); `nil` without a source text.
    func state(of language: String, source: String) -> RenderingState? {
        guard !hasReviewState else { return text.state(of: language, source: source) }
        guard text.text(source)?.isEmpty == false else { return nil }
        return text.text(language)?.isEmpty == false ? .unreviewed : .missing
    }
}
