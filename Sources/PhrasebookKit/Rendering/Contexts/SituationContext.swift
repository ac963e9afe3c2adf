/// The keys of the `situation-body` fragment: a situation's summary (with `roleIds`, its own roles), when,
/// guidelines, audience, phrases in blocks and dialogues (Templates.md, "A situation").
struct SituationContext: TemplateContext {
    var summary: SituationSummary
    var hasWhen: Bool
    /// The `when` text, `[]` when none.
    var when: [LanguageText]
    var hasGuidelines: Bool
    var guidelines: [GuidelineEntry]
    var roles: [LabelContext]
    var channels: [LabelContext]
    var blocks: [BlockContext]
    var hasDialogues: Bool
    var dialogues: [DialogueContext]

    static let keys = TemplateKeys<Self>([
        "hasWhen": { $0.hasWhen }, "when": { $0.when }, "hasGuidelines": { $0.hasGuidelines },
        "guidelines": { $0.guidelines },
        "roles": { $0.roles }, "channels": { $0.channels }, "blocks": { $0.blocks },
        "hasDialogues": { $0.hasDialogues }, "dialogues": { $0.dialogues },
    ]).including { $0.summary }
}

/// A guideline: its `texts`, and its `number` in the situation from 1 (its anchor: `SITUATION-guideline-N`,
/// where the search links a guideline it found).
struct GuidelineEntry: TemplateContext {
    var texts: [LanguageText]
    var number: Int

    static let keys = TemplateKeys<Self>(["texts": { $0.texts }, "number": { $0.number }])
}

extension SituationContext {
    /// The phrases' fragments (their `body`, in pieces), in the order of the blocks.
    var phraseBodies: [[TextPiece]] { blocks.flatMap { $0.phrases.map(\.pieces) } }

    /// This context with the phrases' fragments replaced, in the order of the blocks, by `bodies`.
    func with(phraseBodies bodies: [String]) -> SituationContext {
        var next = bodies.makeIterator()
        var context = self
        for block in context.blocks.indices {
            for phrase in context.blocks[block].phrases.indices {
                context.blocks[block].phrases[phrase].pieces = [.text((next.next() ?? "")[...])]
            }
        }
        return context
    }
}

/// Phrases in file order: a `<steps>` procedure (`isSteps`, numbered) or a single phrase.
struct BlockContext: TemplateContext {
    var isSteps: Bool
    var phrases: [PhraseEntry]

    static let keys = TemplateKeys<Self>(["isSteps": { $0.isSteps }, "phrases": { $0.phrases }])
}
