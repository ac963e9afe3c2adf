/// Lays out one situation for the text handbook: heading, when, guidelines, numbered steps and alternatives
/// with every language, notes, don't/do pairs with reasons, dialogues with branches indented.
struct TextSituationWriter {
    let layout: PlainTextLayout
    let book: Book
    private let phrases: [String: Phrase]

    init(layout: PlainTextLayout, book: Book) {
        self.layout = layout
        self.book = book
        var phrases: [String: Phrase] = [:]
        for phrase in book.situations.flatMap(\.phrases) where phrases[phrase.id] == nil { phrases[phrase.id] = phrase }
        self.phrases = phrases
    }

    func lines(_ view: SituationView, number: String) -> [String] {
        let situation = view.situation
        var lines = layout.heading(number + " " + layout.joinedTitle(situation.title), rule: "-")
        if let when = situation.when {
            lines += [""] + layout.paragraph("When:") + layout.renderings(when, indent: 2)
        }
        if !situation.guidelines.isEmpty {
            lines += [""] + layout.paragraph("Guidelines:")
            for guideline in situation.guidelines {
                lines += layout.renderings(guideline, indent: 2, marker: "- ")
            }
        }
        for block in view.blocks {
            switch block {
            case .steps(let steps):
                lines += [""] + layout.paragraph("Steps:")
                let markerWidth = "\(steps.count). ".count
                for (index, phrase) in steps.enumerated() {
                    let marker = "\(index + 1).".padding(toLength: markerWidth, withPad: " ", startingAt: 0)
                    lines += phraseLines(phrase, marker: marker)
                }
            case .phrase(let phrase):
                lines += [""] + phraseLines(phrase, marker: "* ")
            case .dialogue:
                break
            }
        }
        for dialogue in situation.dialogues {
            lines += [""] + layout.paragraph("Dialogue" + (dialogue.title.map { ": " + layout.joinedTitle($0) } ?? ":"))
            lines += items(dialogue.items, indent: 2)
        }
        return lines + [""]
    }

    private func phraseLines(_ phrase: Phrase, marker: String) -> [String] {
        let indent = 2
        var lines = layout.renderings(phrase.text, indent: indent, marker: marker)
        let inner = indent + layout.measure.of(marker)
        for note in phrase.notes {
            lines += layout.paragraph("Note:", indent: inner) + layout.renderings(note, indent: inner + 2)
        }
        for avoid in phrase.avoids {
            lines += layout.paragraph("Don't say:", indent: inner) + layout.renderings(avoid.text, indent: inner + 2)
            if let why = avoid.why {
                lines += layout.paragraph("Why:", indent: inner) + layout.renderings(why, indent: inner + 2)
            }
        }
        return lines
    }

    private func items(_ items: [DialogueItem], indent: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            switch item {
            case .turn(let turn):
                let text: LocalizedText? =
                    switch turn.content {
                    case .phrase(let reference): phrases[reference.value]?.text
                    case .text(let own): own
                    }
                let speaker = turn.speaker == .agent ? "Agent:" : "Customer:"
                lines += layout.paragraph(speaker, indent: indent)
                if let text { lines += layout.renderings(text, indent: indent + 2) }
            case .branch(let cases):
                for branchCase in cases {
                    lines += layout.paragraph("If:", indent: indent) + layout.renderings(branchCase.when, indent: indent + 2)
                    lines += self.items(branchCase.items, indent: indent + 4)
                }
            }
        }
        return lines
    }
}
