/// Lays out one situation for the text handbook: heading, roles and channels, when, guidelines, numbered steps
/// and alternatives with every language (a phrase for fewer roles than its situation says whom it is only for),
/// notes, don't/do pairs with reasons, dialogues with branches indented.
struct TextSituationWriter {
    let layout: PlainTextLayout
    /// Where dialogue turns look up the phrases they quote.
    let phrases: PhraseDirectory
    /// The book's roles and channels, for who and where a situation is for.
    let roles: [Label]
    let channels: [Label]
    /// The speaker labels, padded to one width in display columns so that the texts line up: made once per
    /// writer, not for every dialogue and branch.
    let speakers: [Speaker: String]
    /// A phrase's lines by its situation, id and marker: the same in the whole book's handbook and in every role's
    /// that shows it (a view leaves phrases out, never changes one), so laid out once per render.
    private let laidOutPhrases = Memo<[String], [String]>()

    init(layout: PlainTextLayout, phrases: PhraseDirectory, book: Book) {
        self.layout = layout
        self.phrases = phrases
        roles = book.roles
        channels = book.channels
        let labels: [Speaker: String] = [
            .agent: layout.labels.label("agent"), .customer: layout.labels.label("customer"),
        ]
        let width = (labels.values.map { layout.measure.of($0) }.max() ?? 0) + 1
        speakers = labels.mapValues { $0 + String(repeating: " ", count: width - layout.measure.of($0)) }
    }

    func lines(_ view: SituationView, number: String) -> [String] {
        let situation = view.situation
        let labels = layout.labels
        var lines = layout.heading(number + " " + layout.joinedTitle(situation.title), rule: "-")
        lines += [""] + layout.paragraph(labelList(situation.roles, from: roles), prefix: labels.prefix("roles"))
        lines += layout.paragraph(labelList(situation.channels, from: channels), prefix: labels.prefix("channels"))
        if let when = situation.when {
            lines += [""] + layout.paragraph(labels.label("when")) + layout.renderings(when, indent: 2)
        }
        if !situation.guidelines.isEmpty {
            lines += [""] + layout.paragraph(labels.label("guidelines"))
            for guideline in situation.guidelines {
                lines += layout.renderings(guideline, indent: 2, marker: "- ")
            }
        }
        for block in view.blocks {
            switch block {
            case .steps(let steps):
                lines += [""] + layout.paragraph(labels.label("phrases"))
                let markerWidth = "\(steps.count). ".count
                for (index, phrase) in steps.enumerated() {
                    let marker = "\(index + 1).".paddedWithSpaces(to: markerWidth)
                    if index > 0, !phrase.notes.isEmpty || !phrase.avoids.isEmpty || !steps[index - 1].notes.isEmpty {
                        lines.append("")
                    }
                    lines += phraseLines(phrase, of: situation, marker: marker)
                }
            case .phrase(let phrase):
                lines += [""] + phraseLines(phrase, of: situation, marker: "* ")
            case .dialogue:
                break
            }
        }
        for dialogue in situation.dialogues {
            let title = dialogue.title.map { layout.joinedTitle($0) } ?? ""
            lines += [""] + layout.paragraph(title, prefix: labels.prefix("dialogue"))
            lines += items(dialogue.items, indent: 2)
        }
        return lines + [""]
    }

    /// The labels of `ids` (every declared one without a list), each in every language, joined by " · ".
    private func labelList(_ ids: [Located<String>]?, from declared: [Label]) -> String {
        Audience.labels(ids, from: declared).map { layout.joinedTitle($0.label) }.joined(separator: " · ")
    }

    private func phraseLines(_ phrase: Phrase, of situation: Situation, marker: String) -> [String] {
        laidOutPhrases.value([situation.id, phrase.id, marker]) { layOut(phrase, of: situation, marker: marker) }
    }

    private func layOut(_ phrase: Phrase, of situation: Situation, marker: String) -> [String] {
        let indent = 2
        var lines = layout.renderings(phrase.text, indent: indent, marker: marker)
        let inner = indent + layout.measure.of(marker)
        let labels = layout.labels
        if Audience.isNarrowed(phrase, in: situation, roles: roles) {
            let only = labelList(phrase.roles, from: roles)
            lines += layout.paragraph(only, indent: inner, prefix: labels.prefix("only-for"))
        }
        for note in phrase.notes {
            lines += layout.paragraph(labels.label("note"), indent: inner) + layout.renderings(note, indent: inner + 2)
        }
        for avoid in phrase.avoids {
            lines +=
                layout.paragraph(labels.label("dont-say"), indent: inner)
                + layout.renderings(avoid.text, indent: inner + 2)
            if let why = avoid.why {
                lines +=
                    layout.paragraph(labels.label("why"), indent: inner) + layout.renderings(why, indent: inner + 2)
            }
        }
        return lines
    }

    /// Turns with the speaker in front; each branch's cases lettered (a), (b), … with their turns indented under
    /// them, nested branches deeper.
    private func items(_ items: [DialogueItem], indent: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            switch item {
            case .turn(let turn):
                let text: LocalizedText? =
                    switch turn.content {
                    case .phrase(let reference): phrases[reference.value]?.phrase.text
                    case .text(let own): own
                    }
                let speaker = speakers[turn.speaker] ?? ""
                if let text {
                    lines += layout.renderings(text, indent: indent, marker: speaker)
                } else {
                    lines += layout.paragraph(speaker.trimmingTrailingSpaces, indent: indent)
                }
            case .branch(let cases):
                if cases.count > 1 { lines += layout.paragraph(layout.labels["depending-on-reply"], indent: indent) }
                for (index, branchCase) in cases.enumerated() {
                    let marker = (cases.count > 1 ? "(\(Self.letter(index))) " : "") + layout.labels["case-if"] + " "
                    lines += layout.renderings(branchCase.when, indent: indent, marker: marker)
                    lines += self.items(branchCase.items, indent: indent + layout.measure.of(marker))
                }
            }
        }
        return lines
    }

    /// a, b, …, z, aa, ab, …
    private static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < 26 ? String(letters[index]) : letter(index / 26 - 1) + String(letters[index % 26])
    }
}
