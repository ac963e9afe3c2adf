/// The keys every page and every fragment sees: the book's title, its languages, the links back to the root and
/// the interface words (Templates.md, "Fragments" and "Keys of every HTML and Markdown page"). They are the same
/// on every page of a kind, so a fragment rendered once can be shown on all of them.
struct BookWideKeys: TemplateContext {
    var book: BookTitle
    /// The source language's tag (`zh-Hans`).
    var lang: String
    /// The `dir` attribute that goes with `lang` (``DirectionAttributes``).
    var dirAttribute: String
    var languages: [LanguageInfo]
    /// The way back to the output root: `""` or `"../"`.
    var root: String
    var homeHref: String
    var taboosHref: String
    var hasTaboos: Bool
    var hasPronunciation: Bool
    /// Every interface word by id, one entry per language.
    var ui: [String: [InterfaceWord]]
    /// Every interface word by id in the source language, escaped.
    var uiText: [String: String]
    /// Every interface word by id in every language, each once, joined by " / ", escaped.
    var uiAllText: [String: String]
    /// Every interface word by id as `uiText` has it, as a label: followed by its script's colon (`提示：`, `Note:`).
    var uiLabel: [String: String]
    /// Every interface word by id as `uiLabel` has it, before what follows on its line: a space after an ASCII colon
    /// (`Never: `), none after a full-width one (`禁用：`).
    var uiPrefix: [String: String]

    static let keys = TemplateKeys<Self>([
        "book": { $0.book }, "lang": { $0.lang }, "dirAttribute": { $0.dirAttribute }, "languages": { $0.languages },
        "root": { $0.root },
        "homeHref": { $0.homeHref },
        "taboosHref": { $0.taboosHref }, "hasTaboos": { $0.hasTaboos }, "hasPronunciation": { $0.hasPronunciation },
        "ui": { $0.ui },
        "uiText": { $0.uiText }, "uiAllText": { $0.uiAllText }, "uiLabel": { $0.uiLabel },
        "uiPrefix": { $0.uiPrefix },
    ])
}

/// `book`: the title as texts (`title`), in the source language (`titleText`) and in every language
/// (`titleAllText`), both escaped.
struct BookTitle: TemplateContext {
    var title: [LanguageText]
    var titleText: String
    var titleAllText: String

    static let keys = TemplateKeys<Self>([
        "title": { $0.title }, "titleText": { $0.titleText }, "titleAllText": { $0.titleAllText },
    ])
}

/// A declared language: `code`, `tag`, `dirAttribute`, `name` (escaped), `isSource`.
struct LanguageInfo: TemplateContext {
    var code: String
    var tag: String
    var dirAttribute: String
    var name: String
    var isSource: Bool

    static let keys = TemplateKeys<Self>([
        "code": { $0.code }, "tag": { $0.tag }, "dirAttribute": { $0.dirAttribute }, "name": { $0.name },
        "isSource": { $0.isSource },
    ])
}

/// One language of an interface word: `code`, `tag` (the language the word is in: the source's where `code`'s
/// has none), `dirAttribute`, `isSource`, `text` (escaped).
struct InterfaceWord: TemplateContext {
    var code: String
    var tag: String
    var dirAttribute: String
    var isSource: Bool
    var text: String

    static let keys = TemplateKeys<Self>([
        "code": { $0.code }, "tag": { $0.tag }, "dirAttribute": { $0.dirAttribute }, "isSource": { $0.isSource },
        "text": { $0.text },
    ])
}
