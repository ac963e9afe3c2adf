/// A glossary entry (`<term>` in `phrasebook.xml`, a compatible extension of format v1): a source term, the
/// approved rendering in each language, the variants that must not be used, and a note for translators.
struct Term: Sendable {
    /// The term's id.
    var id: String
    /// The term's forms, one element per form and language, in file order. In the source language every form
    /// is a way of writing the term (`工程师`, `维修人员`); in another language the first form is the preferred
    /// rendering and any further ones are admitted too.
    var forms: LocalizedText
    /// Renderings that must not be used for the term (`<forbidden>`), per language.
    var forbidden: [Rendering]
    /// Advice for translators and editors, if any.
    var note: LocalizedText?
    /// Check codes silenced for this term.
    var ignoredChecks: Set<String>
    /// Where the element starts.
    var location: SourceLocation

    /// The forms written in `language`, in file order (the first is the preferred one); empty when none.
    func forms(_ language: String) -> [String] {
        forms.renderings.filter { $0.language == language && !$0.text.isEmpty }.map(\.text)
    }

    /// The forbidden variants in `language`, in file order.
    func forbidden(_ language: String) -> [String] {
        forbidden.filter { $0.language == language && !$0.text.isEmpty }.map(\.text)
    }
}
