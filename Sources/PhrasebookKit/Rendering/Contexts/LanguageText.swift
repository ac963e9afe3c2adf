/// One language of a text as the templates see it (Templates.md, "Texts: one entry per language"). A class: the
/// renderer pushes each entry it shows onto its context stack, which for a struct this size would copy it into a box
/// of its own with every string retained, and a text's entries are shared by every page that shows it.
final class LanguageText: TemplateContext, Sendable {
    /// The language's element name (`zh`).
    let code: String
    /// Its BCP 47 tag (`zh-Hans`).
    let tag: String
    /// The `dir` attribute that goes with `tag`, with its leading space (` dir="rtl"`), or `""`
    /// (``DirectionAttributes``).
    let dirAttribute: String
    /// Its name in itself, escaped.
    let name: String
    /// Whether it is the source language.
    let isSource: Bool
    /// Whether this rendering is missing.
    let isPending: Bool
    /// Whether this rendering was reviewed against a source text that has changed since (`source-hash` no longer
    /// matches): shown, and marked as to be reviewed again.
    let isStale: Bool
    /// The text, formatted and escaped by the format's text style; empty when pending.
    let text: String
    /// Whether the text has a pronunciation guide.
    let hasPronunciation: Bool
    /// The guide, formatted like `text`; empty without one.
    let pronunciation: String
    /// The guide's BCP 47 tag (`ko-Latn`); empty without one.
    let pronunciationTag: String

    init(
        code: String,
        tag: String,
        dirAttribute: String,
        name: String,
        isSource: Bool,
        isPending: Bool,
        isStale: Bool,
        text: String,
        hasPronunciation: Bool,
        pronunciation: String,
        pronunciationTag: String
    ) {
        self.code = code
        self.tag = tag
        self.dirAttribute = dirAttribute
        self.name = name
        self.isSource = isSource
        self.isPending = isPending
        self.isStale = isStale
        self.text = text
        self.hasPronunciation = hasPronunciation
        self.pronunciation = pronunciation
        self.pronunciationTag = pronunciationTag
    }

    static let keys = TemplateKeys<LanguageText>([
        "code": { $0.code }, "tag": { $0.tag }, "dirAttribute": { $0.dirAttribute }, "name": { $0.name },
        "isSource": { $0.isSource },
        "isPending": { $0.isPending },
        "isStale": { $0.isStale }, "text": { $0.text }, "hasPronunciation": { $0.hasPronunciation },
        "pronunciation": { $0.pronunciation },
        "pronunciationTag": { $0.pronunciationTag },
    ])
}

/// A text among several (a note, a guideline): `texts`, one entry per language.
struct TextsEntry: TemplateContext {
    var texts: [LanguageText]

    static let keys = TemplateKeys<Self>(["texts": { $0.texts }])
}

/// A declared role, channel or category: `id`, `label` (texts), `labelText` (the source label, escaped),
/// `labelAllText` (every language's label joined by " / ", escaped) and `isFirst` (it is the first of its list, for
/// a separator before the others).
struct LabelContext: TemplateContext {
    var id: String
    var label: [LanguageText]
    var labelText: String
    var labelAllText: String
    var isFirst: Bool

    static let keys = TemplateKeys<Self>([
        "id": { $0.id }, "label": { $0.label }, "labelText": { $0.labelText }, "labelAllText": { $0.labelAllText },
        "isFirst": { $0.isFirst },
    ])
}
