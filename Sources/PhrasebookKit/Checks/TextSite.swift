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
        /// A situation's search keywords (``CheckContext/keywords``).
        case keywords
    }

    var text: LocalizedText
    var kind: Kind
    /// Check codes silenced for the text by enclosing elements (situation, phrase, avoid, turn).
    var silencedBy: Set<String>
    /// What the text is, named in messages (``subject``).
    var about: Subject

    /// A short name for messages: `'silent-call-hang-up'`, `the title of 'silent-call'`.
    var subject: String { about.description }

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

extension TextSite {
    /// What a text is and whose it is: its words (``description``) are made only for a message, not for each of
    /// the book's texts on every check.
    enum Subject: Sendable, Equatable, CustomStringConvertible {
        case bookTitle
        /// The label of a role, channel or category (its id).
        case label(String)
        /// A placeholder's value or label (its name).
        case placeholder(String)
        /// A chapter's title (its id).
        case chapterTitle(String)
        /// A situation's or dialogue's title (its id).
        case title(String)
        /// A situation's `when` (its id).
        case when(String)
        /// A situation's search keywords (its id).
        case keywords(String)
        /// One of a situation's guidelines (its id).
        case guideline(String)
        /// A phrase (its id).
        case phrase(String)
        /// One of a phrase's notes (its id).
        case note(String)
        /// One of a phrase's "don't say" wordings (the phrase's id).
        case avoid(String)
        /// The reason of one of a phrase's "don't say" wordings (the phrase's id).
        case avoidReason(String)
        /// A taboo wording (its id).
        case taboo(String)
        /// A taboo's reason (its id).
        case tabooReason(String)
        /// A dialogue turn (the speaker, the dialogue's id).
        case turn(Speaker, dialogue: String)
        /// A branch case's condition (the dialogue's id).
        case branchCase(String)

        var description: String {
            switch self {
            case .bookTitle: "the book's title"
            case .label(let id): "the label of '\(id)'"
            case .placeholder(let name): "placeholder '\(name)'"
            case .chapterTitle(let id): "the title of chapter '\(id)'"
            case .title(let id): "the title of '\(id)'"
            case .keywords(let id): "the keywords of '\(id)'"
            case .when(let id): "'when' of '\(id)'"
            case .guideline(let id): "a guideline of '\(id)'"
            case .phrase(let id): "'\(id)'"
            case .note(let id): "a note of '\(id)'"
            case .avoid(let id): "a 'don't say' of '\(id)'"
            case .avoidReason(let id): "a reason of '\(id)'"
            case .taboo(let id): "taboo '\(id)'"
            case .tabooReason(let id): "the reason of '\(id)'"
            case .turn(let speaker, let dialogue):
                "\(speaker == .agent ? "an" : "a") \(speaker.rawValue) turn of '\(dialogue)'"
            case .branchCase(let dialogue): "a case of '\(dialogue)'"
            }
        }
    }
}
