/// One language of a text as the templates see it (Templates.md, "Texts: one entry per language").
struct LanguageText: TemplateContext, Sendable {
    /// The language's element name (`zh`).
    var code: String
    /// Its BCP 47 tag (`zh-Hans`).
    var tag: String
    /// Its name in itself, escaped.
    var name: String
    /// Whether it is the source language.
    var isSource: Bool
    /// Whether this rendering is missing.
    var isPending: Bool
    /// Whether this rendering was reviewed against a source text that has changed since (`source-hash` no longer
    /// matches): shown, and marked as to be reviewed again.
    var isStale: Bool
    /// The text, formatted and escaped by the format's text style; empty when pending.
    var text: String
    /// Whether the text has a pronunciation guide.
    var hasPronunciation: Bool
    /// The guide, formatted like `text`; empty without one.
    var pronunciation: String
    /// The guide's BCP 47 tag (`ko-Latn`); empty without one.
    var pronunciationTag: String

    static let keys = TemplateKeys<Self>([
        "code": \.code, "tag": \.tag, "name": \.name, "isSource": \.isSource, "isPending": \.isPending,
        "isStale": \.isStale, "text": \.text, "hasPronunciation": \.hasPronunciation, "pronunciation": \.pronunciation,
        "pronunciationTag": \.pronunciationTag,
    ])
}

/// A text among several (a note, a guideline): `texts`, one entry per language.
struct TextsEntry: TemplateContext {
    var texts: [LanguageText]

    static let keys = TemplateKeys<Self>(["texts": \.texts])
}

/// A declared role, channel or category: `id`, `label` (texts) and `labelText` (the source label, escaped).
struct LabelContext: TemplateContext {
    var id: String
    var label: [LanguageText]
    var labelText: String

    static let keys = TemplateKeys<Self>(["id": \.id, "label": \.label, "labelText": \.labelText])
}
