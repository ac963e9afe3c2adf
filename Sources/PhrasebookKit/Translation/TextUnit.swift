/// One translatable text of the book with a stable id and what a translator needs to know about it: the unit of
/// review, of XLIFF export and import, and of the stats. A situation's search keywords are a unit too where asked
/// for (`textUnits(keywords: true)`: XLIFF export with `--keywords`, and import): written per language, not
/// translated, never reviewed.
struct TextUnit: Sendable {
    /// What kind of text it is, for notes and selections.
    enum Kind: String, Sendable {
        case bookTitle = "book title"
        case label
        case placeholder
        case chapterTitle = "chapter title"
        case situationTitle = "situation title"
        /// A situation's search keywords: no translation of the source's, and without a review state.
        case keywords = "search keywords"
        case when
        case guideline
        case phrase
        case note
        case avoid = "don't say"
        case reason
        case dialogueTitle = "dialogue title"
        case turn
        case condition = "branch condition"
        case taboo
    }

    /// A stable id built from the content's ids and the element path, e.g. `phrase.silent-call-hang-up.avoid.1.why`.
    /// Only letters, digits, `-` and `.`: a valid XML NMTOKEN, so XLIFF 2.0 accepts it as a unit id.
    var id: String
    /// What kind of text it is.
    var kind: Kind
    /// The text in every language.
    var text: LocalizedText
    /// Which kind of element `owners` names, in the order `--id` prefers them: each kind has ids of its own, so
    /// one id may name a phrase and a category.
    enum OwnerKind: Int, Comparable, Sendable {
        /// A situation, phrase or dialogue (one name space).
        case content
        case taboo, chapter, role, channel, category, placeholder
        /// The book's title: no id.
        case book

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The ids of the elements that hold it, outermost first (situation, phrase, dialogue, taboo, role, …): what
    /// `--id` selects by.
    var owners: [String]
    /// The kind of element the owners are.
    var ownerKind: OwnerKind
    /// The situation it belongs to, if any.
    var situation: Situation?
    /// The phrase it belongs to, if any.
    var phrase: Phrase?
    /// A short name for messages: `'silent-call-hang-up'`, `the title of 'silent-call'`.
    var subject: String

    /// The file the text is written in.
    var file: String { text.location.file }

    /// Whether its renderings are reviewed (a `source-hash` written, kept or dropped): every text but search
    /// keywords, which each language writes for itself.
    var hasReviewState: Bool { kind != .keywords }
}

extension Book {
    /// Every translatable text of the book in book order: the title, labels, placeholders, chapter titles, each
    /// situation's texts (title, when, guidelines, phrases with notes and avoids, dialogues), then the taboos.
    var textUnits: [TextUnit] { textUnits(keywords: false) }

    /// The same, with `keywords` each situation's search keywords after its title (`situation.<id>.keywords`), for
    /// the situations that have a `<keywords>` element.
    func textUnits(keywords: Bool) -> [TextUnit] {
        var units: [TextUnit] = []
        func add(
            _ id: String, _ kind: TextUnit.Kind, _ text: LocalizedText, _ owners: [String], _ subject: String,
            situation: Situation? = nil, phrase: Phrase? = nil, of ownerKind: TextUnit.OwnerKind = .content
        ) {
            units.append(
                TextUnit(
                    id: id, kind: kind, text: text, owners: owners, ownerKind: ownerKind, situation: situation,
                    phrase: phrase, subject: subject))
        }
        add("book.title", .bookTitle, title, [], "the book's title", of: .book)
        let labelled: [(String, [Label], TextUnit.OwnerKind)] = [
            ("role", roles, .role), ("channel", channels, .channel), ("category", categories, .category),
        ]
        for (prefix, labels, ownerKind) in labelled {
            for label in labels {
                add(
                    "\(prefix).\(label.id)", .label, label.label, [label.id], "the label of '\(label.id)'",
                    of: ownerKind)
            }
        }
        for placeholder in placeholders {
            add(
                "placeholder.\(placeholder.name)", .placeholder, placeholder.text, [placeholder.name],
                "placeholder '\(placeholder.name)'", of: .placeholder)
        }
        for chapter in chapters {
            add(
                "chapter.\(chapter.id).title", .chapterTitle, chapter.title, [chapter.id],
                "the title of chapter '\(chapter.id)'", of: .chapter)
        }
        for situation in situations {
            let owner = [situation.id]
            let base = "situation.\(situation.id)"
            add(
                "\(base).title", .situationTitle, situation.title, owner, "the title of '\(situation.id)'",
                situation: situation)
            if keywords, let words = situation.keywords {
                add(
                    "\(base).keywords", .keywords, words, owner, "the keywords of '\(situation.id)'",
                    situation: situation)
            }
            if let when = situation.when {
                add("\(base).when", .when, when, owner, "'when' of '\(situation.id)'", situation: situation)
            }
            for (index, guideline) in situation.guidelines.enumerated() {
                add(
                    "\(base).guideline.\(index + 1)", .guideline, guideline, owner,
                    "guideline \(index + 1) of '\(situation.id)'", situation: situation)
            }
            for phrase in situation.phrases {
                let owners = owner + [phrase.id]
                let id = "phrase.\(phrase.id)"
                add(id, .phrase, phrase.text, owners, "'\(phrase.id)'", situation: situation, phrase: phrase)
                for (index, note) in phrase.notes.enumerated() {
                    add(
                        "\(id).note.\(index + 1)", .note, note, owners, "note \(index + 1) of '\(phrase.id)'",
                        situation: situation, phrase: phrase)
                }
                for (index, avoid) in phrase.avoids.enumerated() {
                    add(
                        "\(id).avoid.\(index + 1)", .avoid, avoid.text, owners,
                        "'don't say' \(index + 1) of '\(phrase.id)'", situation: situation, phrase: phrase)
                    if let why = avoid.why {
                        add(
                            "\(id).avoid.\(index + 1).why", .reason, why, owners,
                            "the reason of 'don't say' \(index + 1) of '\(phrase.id)'", situation: situation,
                            phrase: phrase)
                    }
                }
            }
            for dialogue in situation.dialogues {
                let owners = owner + [dialogue.id]
                let id = "dialogue.\(dialogue.id)"
                if let title = dialogue.title {
                    add(
                        "\(id).title", .dialogueTitle, title, owners, "the title of '\(dialogue.id)'",
                        situation: situation)
                }
                dialogueUnits(dialogue.items, id: id, owners: owners, situation: situation, into: &units)
            }
        }
        for taboo in taboos {
            add("taboo.\(taboo.id)", .taboo, taboo.text, [taboo.id], "taboo '\(taboo.id)'", of: .taboo)
            if let why = taboo.why {
                add(
                    "taboo.\(taboo.id).why", .reason, why, [taboo.id], "the reason of taboo '\(taboo.id)'", of: .taboo)
            }
        }
        return units
    }

    /// Turns with their own words are `<dialogue>.item.<n>`; a branch's case condition is
    /// `<dialogue>.item.<n>.case.<m>.when` and its turns continue the path.
    private func dialogueUnits(
        _ items: [DialogueItem], id: String, owners: [String], situation: Situation, into units: inout [TextUnit]
    ) {
        for (index, item) in items.enumerated() {
            let path = "\(id).item.\(index + 1)"
            switch item {
            case .turn(let turn):
                if case .text(let text) = turn.content {
                    units.append(
                        TextUnit(
                            id: path, kind: .turn, text: text, owners: owners, ownerKind: .content,
                            situation: situation, phrase: nil,
                            subject: "a \(turn.speaker.rawValue) turn of '\(owners.last ?? id)'"))
                }
            case .branch(let cases):
                for (caseIndex, branchCase) in cases.enumerated() {
                    let casePath = "\(path).case.\(caseIndex + 1)"
                    units.append(
                        TextUnit(
                            id: "\(casePath).when", kind: .condition, text: branchCase.when, owners: owners,
                            ownerKind: .content, situation: situation, phrase: nil,
                            subject: "a case of '\(owners.last ?? id)'"))
                    dialogueUnits(branchCase.items, id: casePath, owners: owners, situation: situation, into: &units)
                }
            }
        }
    }
}
