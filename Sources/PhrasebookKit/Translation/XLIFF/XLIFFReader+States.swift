extension XLIFFVersion {
    /// The values the standard gives `state`. 1.2 (on `<target>`): its ten, and any user-defined one starting with
    /// `x-`; 2.0 (on `<segment>`): its four, a tool's own state going in `subState`.
    var standardStates: [String] {
        switch self {
        case .version1:
            [
                "final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
                "needs-review-translation", "needs-translation", "new", "signed-off", "translated",
            ]
        case .version2: ["initial", "translated", "reviewed", "final"]
        }
    }
}

extension XLIFFReader {
    /// The state of a 1.2 `<target>` as the import reads it: the standard's, or none when it has none or a
    /// user-defined one (`x-…`), which says nothing the import knows.
    static func standardState(_ target: MarkupElement) -> String? {
        target.attributes["state"].flatMap { $0.hasPrefix("x-") ? nil : $0 }
    }

    /// Why the `state` of `element` (a 1.2 `<target>`, a 2.0 `<segment>`) of the unit `id` is not one of
    /// `version`'s, in words for an `xliff-malformed` refusal at the attribute: a value the standard does not have
    /// (`done`), or one in another case (`Final`), which would be read as no state of review; the right one when it
    /// is close, and the allowed ones. `nil` when it is absent, the standard's, or (1.2) user-defined (`x-…`).
    static func stateProblem(of element: MarkupElement, version: XLIFFVersion, unit id: String) -> String? {
        let states = version.standardStates
        guard let state = element.attributes["state"], !states.contains(state),
            version == .version2 || !state.hasPrefix("x-")
        else { return nil }
        let own =
            version == .version1
            ? "or a state of your own starting with \"x-\", read as no state"
            : "a state of your own going in subState=\"prefix:value\" beside one of them"
        let wrong = "unit '\(id)': state=\"\(state)\" is not an XLIFF \(version.rawValue) state"
        let meant = Suggestion.didYouMean(state, among: states)
        guard meant.isEmpty else {
            return wrong + meant + " (the states: \(states.joined(separator: ", ")); \(own))"
        }
        return wrong + ": write one of \(states.joined(separator: ", ")); \(own)"
    }
}
