/// A text of the book together with what it is and who speaks it: what most checks iterate over.
struct TextSite: Sendable {
    /// What kind of text it is.
    enum Kind: Sendable, Equatable {
        /// A recommended phrase: what staff say.
        case phrase
        /// A "don't say" wording.
        case avoid
        /// Delivery advice, reasons, guidelines, conditions: words for staff, not said to customers.
        case guidance
        /// A title or a label.
        case label
        /// A dialogue turn with its own words.
        case turn(Speaker)
        /// A taboo wording.
        case taboo
        /// A variable's value or a slot's label.
        case placeholder
    }

    var text: LocalizedText
    var kind: Kind
    /// Check codes silenced for the text by enclosing elements (situation, phrase, avoid, turn).
    var silencedBy: Set<String>
    /// A short name for messages: `'silent-call-hang-up'`, `the title of 'silent-call'`.
    var subject: String

    /// Whether the text is something staff say to a customer (politeness and address checks apply).
    var isStaffSpeech: Bool {
        switch kind {
        case .phrase, .turn(.agent): true
        default: false
        }
    }

    /// The codes silenced for one of its renderings.
    func silenced(for rendering: Rendering) -> Set<String> {
        silencedBy.union(rendering.ignoredChecks)
    }
}
