/// A service taboo (服务禁语): a wording never to be said, with what to say instead.
public struct Taboo: Sendable {
    /// The taboo's id.
    public var id: String
    /// The taboo wording in every language.
    public var text: LocalizedText
    /// Why it must not be said (a compatible extension of format v1).
    public var why: LocalizedText?
    /// Fragments that no recommended source text may contain; empty means the taboo's own source text.
    public var matches: [Located<String>]
    /// Phrases to say instead.
    public var instead: [Located<String>]
    /// Check codes silenced for this taboo.
    public var ignoredChecks: Set<String>
    /// Where the element starts.
    public var location: SourceLocation

    /// Creates a taboo.
    public init(
        id: String, text: LocalizedText, why: LocalizedText?, matches: [Located<String>],
        instead: [Located<String>], ignoredChecks: Set<String>, location: SourceLocation
    ) {
        self.id = id
        self.text = text
        self.why = why
        self.matches = matches
        self.instead = instead
        self.ignoredChecks = ignoredChecks
        self.location = location
    }
}
