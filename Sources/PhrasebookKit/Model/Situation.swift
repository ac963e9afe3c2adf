/// One situation file: when it applies, the rules for staff, the phrases to say and worked dialogues.
public struct Situation: Sendable {
    /// The situation's id; its file is `situations/<id>.xml`.
    public var id: String
    /// The file's path, for diagnostics about the file as a whole.
    public var file: String
    /// The roles it is for (`roles="…"`); `nil` means every role.
    public var roles: [Located<String>]?
    /// The channels it happens on (`channels="…"`); `nil` means every channel.
    var channels: [Located<String>]?
    /// The situation's title.
    public var title: LocalizedText
    /// Search keywords (`<keywords>`): per language, words readers of that language would type to find the
    /// situation that its texts do not hold; searched with the title, shown nowhere. Not a translation: each
    /// language's list stands by itself.
    public var keywords: LocalizedText?
    /// What triggers the situation.
    public var when: LocalizedText?
    /// Rules and timings for the staff member.
    public var guidelines: [LocalizedText]
    /// Phrases, step lists and dialogues in file order.
    var blocks: [SituationBlock] {
        didSet { phrases = blocks.phrases }
    }
    /// Every phrase of the situation, alternatives and steps alike, in file order: kept beside the blocks, since
    /// pages and checks ask for it many times per build (and a `Phrase` is a dozen references to copy).
    public private(set) var phrases: [Phrase]
    /// Check codes silenced for everything in the situation.
    var ignoredChecks: Set<String>
    /// Where the root element starts.
    var location: SourceLocation

    /// Creates a situation.
    init(
        id: String, file: String, roles: [Located<String>]?, channels: [Located<String>]?, title: LocalizedText,
        keywords: LocalizedText? = nil, when: LocalizedText?, guidelines: [LocalizedText], blocks: [SituationBlock],
        ignoredChecks: Set<String>,
        location: SourceLocation
    ) {
        self.id = id
        self.file = file
        self.roles = roles
        self.channels = channels
        self.title = title
        self.keywords = keywords
        self.when = when
        self.guidelines = guidelines
        self.blocks = blocks
        phrases = blocks.phrases
        self.ignoredChecks = ignoredChecks
        self.location = location
    }

    /// The situation's worked dialogues in file order.
    var dialogues: [Dialogue] {
        blocks.compactMap { if case .dialogue(let dialogue) = $0 { dialogue } else { nil } }
    }
}

extension Array where Element == SituationBlock {
    /// The phrases of these blocks, alternatives and steps alike, in order.
    var phrases: [Phrase] {
        flatMap { block -> [Phrase] in
            switch block {
            case .phrase(let phrase): [phrase]
            case .steps(let steps): steps
            case .dialogue: []
            }
        }
    }
}

/// What stands in a situation after its guidelines.
enum SituationBlock: Sendable {
    /// A phrase standing directly in the situation: one of several alternatives.
    case phrase(Phrase)
    /// A `<steps>` procedure: phrases said in order.
    case steps([Phrase])
    /// A worked example.
    case dialogue(Dialogue)
}

/// A recommended phrase with its renderings, delivery notes and the wrong ways to say it.
public struct Phrase: Sendable {
    /// The id, unique across the book; it becomes the phrase's anchor.
    public var id: String
    /// The category id, if any.
    var category: Located<String>?
    /// Whether the phrase belongs on its roles' pocket cards.
    var card: Bool
    /// Narrower roles than the situation's, if given.
    var roles: [Located<String>]?
    /// Narrower channels than the situation's, if given.
    var channels: [Located<String>]?
    /// The words in every language.
    public var text: LocalizedText
    /// Delivery advice.
    public var notes: [LocalizedText]
    /// The wrong ways to say it, each with the reason.
    public var avoids: [Avoid]
    /// Check codes silenced for this phrase.
    var ignoredChecks: Set<String>
    /// Where the element starts.
    var location: SourceLocation
}

/// A "don't say" wording and the reason, inside the phrase to say instead.
public struct Avoid: Sendable {
    /// The wrong wording.
    public var text: LocalizedText
    /// Why it is wrong: what the customer hears.
    var why: LocalizedText?
    /// Check codes silenced for this wording.
    var ignoredChecks: Set<String>
    /// Where the element starts.
    var location: SourceLocation
}
