/// A service taboo (服务禁语): a wording never to be said, with what to say instead.
public struct Taboo: Sendable {
    /// The taboo's id.
    var id: String
    /// The taboo wording in every language.
    var text: LocalizedText
    /// Why it must not be said (a compatible extension of format v1).
    var why: LocalizedText?
    /// Fragments that no recommended source text may contain; empty means the taboo's own source text.
    var matches: [Located<String>]
    /// Phrases to say instead.
    var instead: [Located<String>]
    /// Check codes silenced for this taboo.
    var ignoredChecks: Set<String>
    /// Where the element starts.
    var location: SourceLocation
}
