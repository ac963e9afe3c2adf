/// The whole phrasebook as loaded from a content folder: `phrasebook.xml`, every situation file and the taboos.
public struct Book: Sendable {
    /// The book's title.
    public var title: LocalizedText
    /// The source language's code (`languages/@source`).
    public var sourceLanguage: String
    /// The declared languages in display order, the source language among them.
    public var languages: [Language]
    /// Who uses the book.
    public var roles: [Label]
    /// Where service happens: phone, counter, …
    public var channels: [Label]
    /// What a phrase does: greeting, apology, …
    public var categories: [Label]
    /// Variables filled at build time and slots left blank for the speaker.
    public var placeholders: [Placeholder]
    /// The table of contents.
    public var chapters: [Chapter]
    /// Every situation file that loaded, sorted by id.
    public var situations: [Situation]
    /// The service taboos; empty when there is no `taboos.xml`.
    public var taboos: [Taboo]
    /// The glossary's terms in file order; empty when `phrasebook.xml` has no `<glossary>`.
    public var glossary: [Term] = []
    /// Where `phrasebook.xml` starts, for diagnostics about the book as a whole.
    public var location: SourceLocation
    /// Every `check-ignore` code written anywhere, with the attribute's place.
    public var checkIgnores: [Located<String>] = []
    /// Ids of situation files that exist but could not be loaded (their problems are already reported).
    public var unloadedSituations: Set<String> = []

    /// Creates a book.
    public init(
        title: LocalizedText, sourceLanguage: String, languages: [Language], roles: [Label], channels: [Label],
        categories: [Label], placeholders: [Placeholder], chapters: [Chapter], situations: [Situation],
        taboos: [Taboo], location: SourceLocation
    ) {
        self.title = title
        self.sourceLanguage = sourceLanguage
        self.languages = languages
        self.roles = roles
        self.channels = channels
        self.categories = categories
        self.placeholders = placeholders
        self.chapters = chapters
        self.situations = situations
        self.taboos = taboos
        self.location = location
    }

    /// The situation with `id`, if there is one.
    public func situation(_ id: String) -> Situation? {
        situations.first { $0.id == id }
    }

    /// The renderings' languages: every declared language but the source.
    public var targetLanguages: [Language] {
        languages.filter { $0.code != sourceLanguage }
    }
}

/// A declared language: `<language code="ko" tag="ko" name="한국어"/>`.
public struct Language: Sendable, Hashable {
    /// The element name that holds this language's text.
    public var code: String
    /// The BCP 47 tag written into HTML `lang` attributes.
    public var tag: String
    /// The language's name in itself, for language switches.
    public var name: String
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a language.
    public init(code: String, tag: String, name: String, location: SourceLocation) {
        self.code = code
        self.tag = tag
        self.name = name
        self.location = location
    }
}

/// An id with a label in every language: a role, a channel or a category.
public struct Label: Sendable, Hashable {
    /// The id that content refers to.
    public var id: String
    /// What readers see.
    public var label: LocalizedText
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a label.
    public init(id: String, label: LocalizedText, location: SourceLocation) {
        self.id = id
        self.label = label
        self.location = location
    }
}

/// A placeholder declared in `phrasebook.xml`, used as `{name}` inside texts.
public struct Placeholder: Sendable, Hashable {
    /// A variable is replaced by its value; a slot is shown as a labelled blank for the speaker to fill.
    public enum Kind: String, Sendable, Hashable {
        case variable
        case slot
    }

    /// The name written between braces.
    public var name: String
    /// Variable or slot.
    public var kind: Kind
    /// A variable's value, or a slot's label, per language.
    public var text: LocalizedText
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a placeholder.
    public init(name: String, kind: Kind, text: LocalizedText, location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.text = text
        self.location = location
    }
}

/// A chapter of the table of contents and the situations it lists, in order.
public struct Chapter: Sendable, Hashable {
    /// The chapter's id.
    public var id: String
    /// The chapter's title.
    public var title: LocalizedText
    /// The `<situation ref="…"/>` entries.
    public var situationRefs: [Located<String>]
    /// Where the chapter starts.
    public var location: SourceLocation

    /// Creates a chapter.
    public init(id: String, title: LocalizedText, situationRefs: [Located<String>], location: SourceLocation) {
        self.id = id
        self.title = title
        self.situationRefs = situationRefs
        self.location = location
    }
}
