import Mustache

/// The parts of pages rendered by their own template and handed to the page templates as `body`: a phrase
/// (`phrase.mustache`) and a situation (`situation-body.mustache`). A phrase looks the same on its situation's
/// page and in every role's handbook, so it is rendered once and reused (keyed); rendering each phrase once
/// instead of once per page is most of what makes a large book's build fast (Documentation/Performance.md).
///
/// A fragment's template sees its own keys and the book-wide keys (``BookWideKeys``; a situation body also its
/// format's page keys), never a page's own (its navigation, its role), since it is reused on
/// pages that differ in those.
final class Fragments: Sendable {
    private let templates: TemplateSet
    /// The keys a format adds for a kind of page (HTML's heading tags).
    let pageKeys: @Sendable (PageContext.Page) -> [String: Any]
    private let memo = Memo<String, RenderedPhrase>()
    /// Fragments kept from the previous build (``RenderMemory``), if the process keeps any.
    private let store: FragmentStore?

    /// Fragments rendered by `templates`; `pageKeys` adds the format's keys for each kind of page; `store` holds
    /// the fragments of the previous build of a process that keeps them.
    init(
        templates: TemplateSet, pageKeys: @escaping @Sendable (PageContext.Page) -> [String: Any] = { _ in [:] },
        store: FragmentStore? = nil
    ) {
        self.templates = templates
        self.pageKeys = pageKeys
        self.store = store
    }

    /// A phrase: `template` rendered with the keys `make` builds for a step number (`""` when `step` is `nil`),
    /// over `shared`, in pieces. It is kept and reused for every later request of the same `key` (the page's root
    /// and the phrase's place); a step is rendered once for all its numbers (``RenderedPhrase``). With a `lasting`
    /// key (made of `key`, see ``RenderMemory``) and a memory, the fragment is also kept for the next build, and
    /// taken from the previous one. A rendered fragment is kept in storage of its own size
    /// (``Swift/String/compacted``): a build holds every phrase of the book at once.
    func renderPhrase(
        _ template: String, key: String, step: Int?, shared: any MustacheParent, lasting: (String) -> String?,
        make: (String) -> any MustacheParent
    ) throws(PhrasebookError) -> [TextPiece] {
        guard let step else {
            return try render(template, key: key, lasting: lasting, shared: shared) { make("") }.whole
        }
        let number = String(step)
        let numbered = try render(template, key: key + " #", lasting: lasting, shared: shared, numbered: true) {
            make(RenderedPhrase.marker)
        }
        if let pieces = numbered.pieces(number: number) { return pieces }
        return try render(template, key: key + " " + number, lasting: lasting, shared: shared) { make(number) }
            .whole
    }

    /// `template` rendered with the context `make` builds, over `shared`, once per `key`; cut where its number
    /// goes when `numbered`.
    private func render(
        _ template: String, key: String, lasting: (String) -> String?, shared: any MustacheParent,
        numbered: Bool = false, make: () -> any MustacheParent
    ) throws(PhrasebookError) -> RenderedPhrase {
        if let known = memo.stored(key) { return known }
        let made = { (text: String) in numbered ? RenderedPhrase(numbered: text) : RenderedPhrase(text) }
        let kept = store == nil ? nil : lasting(key)
        if let kept, let known = store?.stored(kept) {
            let phrase = made(known)
            memo.store(phrase, for: key)
            return phrase
        }
        let text = try templates.render(template, context: make(), over: shared).compacted
        let phrase = made(text)
        memo.store(phrase, for: key)
        if let kept { store?.store(text, for: kept) }
        return phrase
    }

    /// A situation's body: `template` rendered with the context `make` builds, over `shared`, in pieces: the
    /// template's own text between the phrases, and the phrases' fragments as they are kept, not copied into it
    /// (``HandbookSplice/render(pieces:_:)``; one piece when the template changes a phrase's fragment or does
    /// not show it). A build holds every phrase once, however many bodies show it. With a `lasting` key and a
    /// memory, the body is also kept for the next build, and taken from the previous one; with its `place`
    /// (``placeKey(_:)``), also read back from the previous build's pages.
    func renderBody(
        _ template: String, lasting: @autoclosure () -> String?, place: String?, shared: any MustacheParent,
        make: () throws(PhrasebookError) -> SituationContext
    ) throws(PhrasebookError) -> [TextPiece] {
        let kept = store == nil ? nil : lasting()
        if let kept, let known = store?.storedBody(kept, place: place) { return [known] }
        let context = try make()
        let pieces = try HandbookSplice.render(pieces: context.phraseBodies) { shown throws(PhrasebookError) in
            try templates.render(template, context: context.with(phraseBodies: shown), over: shared).compacted
        }
        if let kept { store?.store(pieces.joinedText, for: kept) }
        return pieces
    }

    /// Where a handbook whose frame is made from what `key` names keeps its frame (``PageFrame``); `nil` for a
    /// render that keeps nothing, or a page whose inputs are unknown.
    func frameSlot(_ key: String?) -> FrameSlot? {
        FrameSlot(key: key, store: store)
    }

    /// Whether fragments are kept for later builds (a memory, or an output folder to read them back from).
    var keeps: Bool { store != nil }

    /// The key under which the fragment kept for `lasting` is found in a page by a later build, or `nil` when
    /// the render keeps nothing (``FragmentIndex``).
    func placeKey(_ lasting: String?) -> String? {
        guard let lasting, let store else { return nil }
        return store.placeKey(lasting)
    }
}
