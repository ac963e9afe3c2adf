/// The XLIFF versions phrasebook writes and reads, and how review states map onto each one's states.
public enum XLIFFVersion: String, Sendable, CaseIterable {
    /// XLIFF 1.2 (OASIS, 2008): `<trans-unit>`, `<x/>` inline codes, `state` on `<target>`.
    case version1 = "1.2"
    /// XLIFF 2.0 (OASIS, 2014): `<unit>`/`<segment>`, `<ph/>` inline codes, `state` on `<segment>`.
    case version2 = "2.0"

    /// The document namespace.
    var namespace: String {
        switch self {
        case .version1: "urn:oasis:names:tc:xliff:document:1.2"
        case .version2: "urn:oasis:names:tc:xliff:document:2.0"
        }
    }

    /// The state written for a rendering in `state`. 1.2: missing `needs-translation`, unreviewed `translated`,
    /// stale `needs-review-translation`, reviewed `final`. 2.0: missing `initial`, unreviewed and stale
    /// `translated` (stale with `subState="phrasebook:stale"`), reviewed `final`.
    public func state(for state: RenderingState) -> String {
        switch (self, state) {
        case (.version1, .missing): "needs-translation"
        case (.version1, .unreviewed): "translated"
        case (.version1, .stale): "needs-review-translation"
        case (.version1, .reviewed): "final"
        case (.version2, .missing): "initial"
        case (.version2, .unreviewed), (.version2, .stale): "translated"
        case (.version2, .reviewed): "final"
        }
    }

    /// Whether an imported unit in `state` sends a reviewed rendering back to review: a state below review that a
    /// reviewer or their tool set on a unit exported as `final`. 1.2: `new` or a `needs-…` state (translate-toolkit's
    /// `markfuzzy` writes `needs-translation`); 2.0: `initial` or `translated`.
    func sendsBack(_ state: String?) -> Bool {
        guard let state else { return false }
        switch self {
        case .version1: return state == "new" || state.hasPrefix("needs-")
        case .version2: return state == "initial" || state == "translated"
        }
    }

    /// Whether an imported unit in `state` is marked untranslated: 1.2 `needs-translation` or `new`, 2.0 `initial`
    /// (what a tool writes on fuzzy or machine-drafted words).
    func isUntranslated(_ state: String?) -> Bool {
        switch self {
        case .version1: state == "needs-translation" || state == "new"
        case .version2: state == "initial"
        }
    }

    /// Whether an imported unit in `state` counts as reviewed: `final` (both), `signed-off` (1.2) or `reviewed`
    /// (2.0, which phrasebook never writes: a reviewer's tool set it).
    func isReviewed(_ state: String?) -> Bool {
        switch self {
        case .version1: state == "final" || state == "signed-off"
        case .version2: state == "final" || state == "reviewed"
        }
    }
}
