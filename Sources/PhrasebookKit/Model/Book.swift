/// The whole phrasebook as loaded from a content folder: `phrasebook.xml`, every situation file and the taboos.
public struct Book: Sendable {
    /// The book's title.
    var title: LocalizedText
    /// The source language's code (`languages/@source`).
    var sourceLanguage: String
    /// The declared languages in display order, the source language among them.
    public var languages: [Language]
    /// Who uses the book.
    public var roles: [Label]
    /// Where service happens: phone, counter, …
    public var channels: [Label]
    /// What a phrase does: greeting, apology, …
    var categories: [Label]
    /// Variables filled at build time and slots left blank for the speaker.
    public var placeholders: [Placeholder]
    /// The table of contents.
    public var chapters: [Chapter]
    /// Every situation file that loaded, sorted by id.
    public var situations: [Situation]
    /// The service taboos; empty when there is no `taboos.xml`.
    public var taboos: [Taboo]
    /// The glossary's terms in file order; empty when `phrasebook.xml` has no `<glossary>`.
    var glossary: [Term] = []
    /// The search synonyms' groups in file order (`<synonyms>`); empty when `phrasebook.xml` has none.
    var synonyms: [SynonymGroup] = []
    /// Where `phrasebook.xml` starts, for diagnostics about the book as a whole.
    var location: SourceLocation
    /// Where `<languages source="…">` is written; `nil` when it is not.
    var sourceLanguageLocation: SourceLocation?
    /// Every `check-ignore` code written anywhere, with the attribute's place.
    var checkIgnores: [Located<String>] = []
    /// Ids of situation files that exist but could not be loaded (their problems are already reported).
    var unloadedSituations: Set<String> = []
    /// The situation files among those the schema refused, read as far as they go: for their mistakes of other
    /// kinds alone (``RefusedSituation``).
    var refusedSituations: [RefusedSituation] = []
    /// The interface's words per language: `<interface>` over the built-in defaults.
    var interface = InterfaceWords()
    /// The edition the book declares (`<phrasebook edition="2026-12">`), if any.
    public var edition: String?
    /// A short hash of the content files' bytes (``ContentHash``); empty for a book not loaded from files.
    var contentHash = ""
    /// The SHA-256 of every content file as loaded, by path: edits refuse a file that changed since.
    var fileDigests: [String: String] = [:]
    /// The source texts renderings were reviewed against (`review-history.xml`); empty when there is none.
    var reviewHistory = ReviewHistory()

    /// Creates a book.
    init(
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

    /// The book as published: without its draft languages (the source language always stays).
    var withoutDrafts: Book {
        var book = self
        book.languages = languages.filter { !$0.isDraft || $0.code == sourceLanguage }
        return book
    }

    /// The renderings' languages: every declared language but the source.
    var targetLanguages: [Language] {
        languages.filter { $0.code != sourceLanguage }
    }
}

/// A declared language: `<language code="ko" tag="ko" name="한국어"/>`.
public struct Language: Sendable, Hashable {
    /// The element name that holds this language's text.
    public var code: String
    /// The BCP 47 tag written into HTML `lang` attributes.
    var tag: String
    /// The language's name in itself, for language switches.
    var name: String
    /// Where it is declared.
    var location: SourceLocation
    /// A draft: checked and counted, but published only when the build asks for drafts.
    var isDraft: Bool

    /// Creates a language.
    init(code: String, tag: String, name: String, location: SourceLocation, isDraft: Bool = false) {
        self.code = code
        self.tag = tag
        self.name = name
        self.location = location
        self.isDraft = isDraft
    }
}

/// An id with a label in every language: a role, a channel or a category.
public struct Label: Sendable, Hashable {
    /// The id that content refers to.
    public var id: String
    /// What readers see.
    var label: LocalizedText
    /// Where it is declared.
    var location: SourceLocation
}

/// A placeholder declared in `phrasebook.xml`, used as `{name}` inside texts.
public struct Placeholder: Sendable, Hashable {
    /// A variable is replaced by its value; a slot is shown as a labelled blank for the speaker to fill.
    enum Kind: String, Sendable, Hashable {
        case variable
        case slot
    }

    /// The name written between braces.
    public var name: String
    /// Variable or slot.
    var kind: Kind
    /// A variable's value, or a slot's label, per language.
    var text: LocalizedText
    /// Where it is declared.
    var location: SourceLocation
}

extension Sequence<Placeholder> {
    /// The placeholder whose value or label is `text` in some language (`성함`: the Korean label of `{surname}`),
    /// the first by name when several are: what a writer meant by typing what it shows between braces.
    func showing(_ text: String) -> Placeholder? {
        sorted { $0.name < $1.name }.first { declared in
            declared.text.renderings.contains { $0.text.trimmingBlanks() == text }
        }
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
    var location: SourceLocation
}
