/// The book as one audience sees it: the whole book, or one role's situations and phrases only. Renderers
/// never look past a view, so a role's handbook cannot show what the role may not see.
struct BookView: Sendable {
    /// The book behind the view.
    let book: Book
    /// The role this view is for; `nil` for the whole book.
    let role: Label?
    /// Chapters with at least one visible situation, in book order.
    let chapters: [ChapterView]
    /// The ids of the visible situations (``shows(_:in:)``).
    private let situationIDs: Set<String>
    /// The parts of page keys this view names, worked out once (every format asks for them, and a handbook's key
    /// names every body's inputs that each body is then kept under).
    let keyParts = Memo<KeyPart, String?>()
    /// Each situation's ``roleCounts(of:)``, by id, worked out the first time a page shows it.
    let roleCountMemo = Memo<String, String>()

    /// A part of page keys a view works out once.
    enum KeyPart: Hashable, Sendable {
        /// The ``outline``.
        case outline
        /// What the inputs of a situation's body are made of on every kind of page (``inputs(of:page:phrases:)``).
        case body(situation: String)
        /// The digest of what a page that shows every situation in full, each as on `page`, is made from, in any
        /// format (``PageInputs/wholeView(_:_:page:phrases:)``).
        case wholeView(page: String)
        /// The digest of what the view's pocket cards show (``PageInputs/cards(_:)``), in any format.
        case cards
        /// The digest of every situation's ``roleCounts(of:)`` (what the contents page shows of phrases' roles).
        case roleCounts
    }

    /// The whole book.
    init(book: Book) {
        self.init(book: book, role: nil)
    }

    /// What `role` sees.
    init(book: Book, role: Label?) {
        self.book = book
        self.role = role
        // Where each situation is, not a copy of it: a view is made per role and format.
        let places = Dictionary(
            book.situations.indices.map { (book.situations[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let chapters = book.chapters.compactMap { chapter in
            let visible = chapter.situationRefs.compactMap { places[$0.value] }
                .compactMap { SituationView(situation: book.situations[$0], role: role?.id) }
            return visible.isEmpty ? nil : ChapterView(chapter: chapter, situations: visible)
        }
        self.chapters = chapters
        situationIDs = Set(chapters.lazy.flatMap(\.situations).map(\.situation.id))
    }

    /// Whether the view shows the phrase `id` of `phrases` (its book's): where a dialogue's link to a phrase leads
    /// depends on it. Its situation is in the view and the view's role sees it.
    func shows(_ id: String, in phrases: PhraseDirectory) -> Bool {
        guard let owner = phrases[id], situationIDs.contains(owner.situation) else { return false }
        return Audience.includes(owner.phrase.roles, role?.id)
    }

    /// Every visible situation, in table-of-contents order.
    var situations: [SituationView] { chapters.flatMap(\.situations) }

    /// Every visible phrase, in table-of-contents order.
    var phrases: [Phrase] { situations.flatMap(\.phrases) }
}

/// A chapter and its situations visible in a view.
struct ChapterView: Sendable {
    /// The chapter.
    let chapter: Chapter
    /// Its visible situations, in order.
    let situations: [SituationView]
}

/// A situation with only the phrases its view's role may see.
struct SituationView: Sendable {
    /// The situation.
    let situation: Situation
    /// Its blocks with invisible phrases removed (and step lists that became empty dropped).
    let blocks: [SituationBlock]
    /// The visible phrases in file order (kept: every page of the view asks for them).
    let phrases: [Phrase]

    /// The view of `situation` for `role` (every role when `nil`); `nil` when the role does not see it.
    init?(situation: Situation, role: String?) {
        guard Audience.includes(situation.roles, role) else { return nil }
        self.situation = situation
        // When every phrase is visible, the situation's own arrays, shared instead of copied (a view holds every
        // phrase of the book it sees).
        guard situation.phrases.contains(where: { !Audience.includes($0.roles, role) }) else {
            blocks = situation.blocks
            phrases = situation.phrases
            return
        }
        let visible = situation.blocks.compactMap { block -> SituationBlock? in
            switch block {
            case .phrase(let phrase):
                return Audience.includes(phrase.roles, role) ? block : nil
            case .steps(let steps):
                let visible = steps.filter { Audience.includes($0.roles, role) }
                return visible.isEmpty ? nil : .steps(visible)
            case .dialogue:
                return block
            }
        }
        blocks = visible
        phrases = visible.phrases
    }
}
