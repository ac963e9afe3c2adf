/// A worked example: turns between agent and customer, with branches for the ways a call can go.
struct Dialogue: Sendable {
    /// The dialogue's id, unique across the book; it becomes an anchor.
    var id: String
    /// An optional title.
    var title: LocalizedText?
    /// Turns and branches in order.
    var items: [DialogueItem]
    /// Where the element starts.
    var location: SourceLocation

    /// Creates a dialogue.
    init(id: String, title: LocalizedText?, items: [DialogueItem], location: SourceLocation) {
        self.id = id
        self.title = title
        self.items = items
        self.location = location
    }

    /// Every turn of the dialogue, inside branches too, in file order.
    var allTurns: [Turn] { DialogueItem.turns(in: items) }
}

/// A step of a dialogue.
enum DialogueItem: Sendable {
    /// One person speaks.
    case turn(Turn)
    /// The conversation forks: one case applies.
    case branch([BranchCase])

    /// Every turn in `items`, depth first.
    static func turns(in items: [DialogueItem]) -> [Turn] {
        items.flatMap { item -> [Turn] in
            switch item {
            case .turn(let turn): [turn]
            case .branch(let cases): cases.flatMap { turns(in: $0.items) }
            }
        }
    }
}

/// Who speaks a turn.
enum Speaker: String, Sendable {
    case agent
    case customer
}

/// One turn: a reference to a phrase of the book, or words of its own.
struct Turn: Sendable {
    /// What the turn says.
    enum Content: Sendable {
        /// `phrase="id"`: the book's phrase with that id.
        case phrase(Located<String>)
        /// The turn's own words.
        case text(LocalizedText)
    }

    /// Who speaks.
    var speaker: Speaker
    /// What is said.
    var content: Content
    /// Check codes silenced for this turn.
    var ignoredChecks: Set<String>
    /// Where the element starts.
    var location: SourceLocation

    /// Creates a turn.
    init(speaker: Speaker, content: Content, ignoredChecks: Set<String> = [], location: SourceLocation) {
        self.speaker = speaker
        self.content = content
        self.ignoredChecks = ignoredChecks
        self.location = location
    }
}

/// One way a branch can go: the condition and the turns that follow.
struct BranchCase: Sendable {
    /// When this case applies.
    var when: LocalizedText
    /// The turns (and nested branches) of this case.
    var items: [DialogueItem]
    /// Where the element starts.
    var location: SourceLocation
}
