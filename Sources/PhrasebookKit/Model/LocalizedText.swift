/// One language's words for a text: an element such as `<ko source-hash="…">…</ko>`.
///
/// Immutable, and a class so that a copy is one reference: the checks read every rendering of the book many
/// times over, and copying a struct of seven fields retained each of them.
final class Rendering: Sendable, Hashable {
    /// The language code, the element's name (`zh`, `ko`, `en`, …).
    let language: String
    /// The text with white space folded (see `WhiteSpace.fold`); what every stage after loading uses.
    let text: String
    /// The text exactly as written between the tags; only the white-space check reads it.
    let raw: String
    /// The `source-hash` attribute: the first 8 hex digits of the SHA-256 of the source text this rendering was
    /// reviewed against, or `nil` when it was never reviewed.
    let sourceHash: String?
    /// Check codes silenced for this rendering by its `check-ignore` attribute.
    let ignoredChecks: Set<String>
    /// The `pron` attribute, white space folded: how the text is said, in Latin letters, where the language's
    /// romanizer gets it wrong (a loanword, a name); `nil` when the romanizer's reading stands.
    let pronunciation: Located<String>?
    /// Where the element starts.
    let location: SourceLocation

    /// Creates a rendering.
    init(
        language: String, text: String, raw: String? = nil, sourceHash: String? = nil,
        ignoredChecks: Set<String> = [], pronunciation: Located<String>? = nil, location: SourceLocation
    ) {
        self.language = language
        self.text = text
        self.raw = raw ?? text
        self.sourceHash = sourceHash
        self.ignoredChecks = ignoredChecks
        self.pronunciation = pronunciation
        self.location = location
    }

    /// A copy with `text` as its words (folded and as written), everything else the same.
    func replacingText(_ text: String) -> Rendering {
        Rendering(
            language: language, text: text, raw: text, sourceHash: sourceHash, ignoredChecks: ignoredChecks,
            pronunciation: pronunciation, location: location)
    }

    /// Two renderings are equal when all their fields are, as values.
    static func == (left: Rendering, right: Rendering) -> Bool {
        left === right
            || (left.language == right.language && left.text == right.text && left.raw == right.raw
                && left.sourceHash == right.sourceHash && left.ignoredChecks == right.ignoredChecks
                && left.pronunciation == right.pronunciation && left.location == right.location)
    }

    /// Hashes every field, as a struct's synthesized hashing would.
    func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(text)
        hasher.combine(raw)
        hasher.combine(sourceHash)
        hasher.combine(ignoredChecks)
        hasher.combine(pronunciation)
        hasher.combine(location)
    }
}

/// A text held in several languages: a `<title>`, a phrase, a note, … with one child element per language.
public struct LocalizedText: Sendable, Hashable {
    /// The renderings in file order.
    var renderings: [Rendering]
    /// Where the element holding the renderings starts.
    var location: SourceLocation

    /// The rendering in `language`, if the content has one.
    func rendering(_ language: String) -> Rendering? {
        renderings.first { $0.language == language }
    }

    /// The folded text in `language`, if the content has it.
    public func text(_ language: String) -> String? {
        rendering(language)?.text
    }
}
