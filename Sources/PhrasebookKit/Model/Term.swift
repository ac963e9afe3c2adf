/// A glossary entry (`<term>` in `phrasebook.xml`, a compatible extension of format v1): a source term, the
/// approved rendering in each language, the variants that must not be used, and a note for translators.
public struct Term: Sendable {
    /// The term's id.
    public var id: String
    /// The term's forms, one element per form and language, in file order. In the source language every form
    /// is a way of writing the term (`工程师`, `维修人员`); in another language the first form is the preferred
    /// rendering and any further ones are admitted too.
    public var forms: LocalizedText
    /// Renderings that must not be used for the term (`<forbidden>`), per language.
    public var forbidden: [Rendering]
    /// Advice for translators and editors, if any.
    public var note: LocalizedText?
    /// Check codes silenced for this term.
    public var ignoredChecks: Set<String>
    /// Where the element starts.
    public var location: SourceLocation

    /// Creates a term.
    public init(
        id: String, forms: LocalizedText, forbidden: [Rendering], note: LocalizedText?, ignoredChecks: Set<String>,
        location: SourceLocation
    ) {
        self.id = id
        self.forms = forms
        self.forbidden = forbidden
        self.note = note
        self.ignoredChecks = ignoredChecks
        self.location = location
    }

    /// The forms written in `language`, in file order (the first is the preferred one); empty when none.
    public func forms(_ language: String) -> [String] {
        forms.renderings.filter { $0.language == language && !$0.text.isEmpty }.map(\.text)
    }

    /// The forbidden variants in `language`, in file order.
    public func forbidden(_ language: String) -> [String] {
        forbidden.filter { $0.language == language && !$0.text.isEmpty }.map(\.text)
    }
}
