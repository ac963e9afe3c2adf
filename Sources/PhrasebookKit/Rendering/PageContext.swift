import Foundation

/// Builds the Mustache context of HTML and Markdown pages from a view. Every page gets the same common keys
/// (book, languages, navigation, roles, links); texts come as one entry per language, formatted by the format's
/// `TextStyle`. The keys are listed in Documentation/Templates.md.
struct PageContext: Sendable {
    /// Where a page sits, which decides how it links to the others.
    enum Page {
        /// A page in the output root (`index.html`, `taboos.html`).
        case top
        /// A page one folder down (`situations/…`, `cards/…`) that links to situation pages.
        case nested
        /// A role's handbook: situations are inline, so links to them are in-page anchors.
        case roleHandbook
    }

    let view: BookView
    let style: any TextStyle
    let resolver: TextResolver
    /// The pronunciation guides shown under texts (Korean in Latin letters).
    let guide: PronunciationGuide
    /// The file extension pages link to (`html`, `md`).
    let pageExtension: String
    /// The name of the book's home page (`index.html`, `README.md`).
    let homePage: String
    /// Every phrase of the book by id, with the id of its situation.
    let phraseIndex: PhraseDirectory
    /// What pages built through this context (and its copies) share: each kind of page's common keys are the
    /// same for every page of that kind, so they are built once, not once per page.
    private let commons = Memo<Page, CommonKeys>()
    /// Each kind of page's book-wide keys, built once per kind (without the rest of the common keys).
    private let bookWides = Memo<Page, BookWideKeys>()
    /// The keys a situation's body sees on each kind of page, built once per kind.
    private let bodyCommons = Memo<Page, [String: Any]>()
    /// Formatted texts, shared by every page context of one renderer (the whole book's and each role's): a text
    /// looks the same on every page of a format, so it is resolved and escaped once.
    private let formatted: FormattedTextCache
    /// Phrases and situations rendered once and reused, shared like `formatted`.
    let fragments: Fragments
    /// The interface words in the language pages show one language's words in (`uiText`, the edition's label).
    let labels: InterfaceLabels
    /// The `dir` attribute beside each `lang` (`dirAttribute`).
    let directions: DirectionAttributes

    init(
        view: BookView, style: any TextStyle, pageExtension: String, homePage: String, fragments: Fragments,
        formatted: FormattedTextCache = FormattedTextCache(), phrases: PhraseDirectory? = nil,
        interfaceLanguage: String? = nil
    ) {
        self.view = view
        self.fragments = fragments
        self.formatted = formatted
        self.style = style
        self.resolver = TextResolver(book: view.book)
        guide = PronunciationGuide(book: view.book)
        self.pageExtension = pageExtension
        self.homePage = homePage
        phraseIndex = phrases ?? PhraseDirectory(view.book)
        labels = InterfaceLabels(book: view.book, language: interfaceLanguage)
        directions = DirectionAttributes(book: view.book)
    }

    var book: Book { view.book }

    /// One entry per declared language, in display order; with its pronunciation guide where the language has
    /// a romanizer (`hasPronunciation`, `pronunciation`, `pronunciationTag`).
    func texts(_ text: LocalizedText) -> [LanguageText] {
        formatted.texts(text) { formattedTexts(text) }
    }

    /// A title or a label in every language, as ``texts(_:)`` but formatted as a label (``TextStyle/formatLabel(_:)``):
    /// fit for an attribute's value as well as an element. The memo keeps one formatting per text, so a text is
    /// always asked for one way: titles and labels through this, the rest through ``texts(_:)``.
    func labelTexts(_ text: LocalizedText) -> [LanguageText] {
        formatted.texts(text) { formattedTexts(text, label: true) }
    }

    /// `text` in every language, formatted as ``texts(_:)`` does, but not kept: for the texts of a phrase's own
    /// fragment (its words, notes and "don't say" pairs), which is rendered once however many pages show it. A
    /// dialogue that quotes the phrase keeps its words (``texts(_:)``).
    func formattedTexts(_ text: LocalizedText, label: Bool = false) -> [LanguageText] {
        let stale = text.staleLanguages(source: book.sourceLanguage)
        let source = book.languages.first { $0.code == book.sourceLanguage }
        return book.languages.map { language in
            let resolved = resolver.resolve(text, in: language)
            // A title or label not yet translated shows the source's words, in the source's language (`lang`), still
            // `isPending`: a heading is never blank for a reader who keeps only that language.
            var shown = resolved
            var tag = language.tag
            if label, resolved.isPending, let source {
                shown = resolver.resolve(text, in: source)
                tag = source.tag
            }
            let guide = guide.guide(text, in: language, resolved: resolved)
            return LanguageText(
                code: language.code, tag: tag, dirAttribute: directions.attribute(tag: tag),
                name: style.escape(language.name),
                isSource: language.code == book.sourceLanguage, isPending: resolved.isPending,
                isStale: stale.contains(language.code),
                text: label ? style.formatLabel(shown) : style.format(shown), hasPronunciation: guide != nil,
                pronunciation: guide.map { style.format($0) } ?? "", pronunciationTag: guide?.language.tag ?? "")
        }
    }

    /// The source-language text of `text`, plain and escaped: for headings, titles and link labels.
    func sourceText(_ text: LocalizedText) -> String {
        plainText(text, in: book.sourceLanguage)
    }

    /// `text` in the language `code`, plain and escaped; empty when the book has no such language or `text` no
    /// rendering in it.
    func plainText(_ text: LocalizedText, in code: String) -> String {
        guard let language = book.languages.first(where: { $0.code == code }) else { return "" }
        return style.escape(resolver.plain(text, in: language))
    }

    /// `text` in every language, plain and escaped, joined by " / " in display order: for links and headings
    /// that name a thing in every language the book publishes.
    func allText(_ text: LocalizedText) -> String {
        book.languages.map { style.escape(resolver.plain(text, in: $0)) }.filter { !$0.isEmpty }
            .joined(separator: " / ")
    }

    /// `stamp` (`2026-12 (3f9a2c1b)`), `label` (`Edition 2026-12 (3f9a2c1b)`), both escaped, and `isKnown`.
    private var editionKeys: EditionKeys {
        let edition = Edition(book: book)
        return EditionKeys(
            stamp: style.escape(edition.stamp), label: style.escape(labels.edition(edition)),
            isKnown: !edition.stamp.isEmpty)
    }

    /// The keys every page has; built once per kind of page.
    func common(_ page: Page) -> CommonKeys {
        commons.value(page) { makeCommon(page) }
    }

    /// The keys every fragment sees on `page`: the book-wide ones of `common(page)`, the same on every page a
    /// fragment is reused on. (A phrase fragment is reused on pages whose format keys differ, so it sees only
    /// these; were it to see more, its markup would depend on which page happened to render it first.)
    func bookWideKeys(_ page: Page) -> BookWideKeys {
        bookWides.value(page) { makeBookWide(page) }
    }

    /// The keys a situation's body sees on `page`: the book-wide ones and the format's page keys (HTML's heading
    /// tags).
    func bodyKeys(_ page: Page) -> [String: Any] {
        bodyCommons.value(page) { bookWideKeys(page).members.merging(fragments.pageKeys(page)) { _, format in format } }
    }

    private func makeCommon(_ page: Page) -> CommonKeys {
        let root = page == .top ? "" : "../"
        let links = book.roles.map { role in
            RoleLink(
                id: role.id, label: labelTexts(role.label), labelText: sourceText(role.label),
                labelAllText: allText(role.label), href: "\(root)roles/\(role.id).\(pageExtension)",
                cardsHref: "\(root)cards/\(role.id).\(pageExtension)")
        }
        return CommonKeys(
            bookWide: bookWideKeys(page), glossaryHref: "\(root)glossary.\(pageExtension)",
            roles: links.map { RoleEntry(link: $0, isCurrent: $0.id == view.role?.id) },
            role: links.first { $0.id == view.role?.id } ?? false,
            chapters: view.chapters.map { chapter(for: $0, page: page) }, edition: editionKeys,
            hasGlossary: !book.glossary.isEmpty)
    }

    /// The book-wide keys of `page`, without the rest of ``common(_:)`` (whose chapters summarize every situation
    /// of the view): a situation's body needs these alone.
    private func makeBookWide(_ page: Page) -> BookWideKeys {
        let root = page == .top ? "" : "../"
        let interface = interfaceKeys()
        let lang = book.languages.first { $0.code == book.sourceLanguage }?.tag ?? book.sourceLanguage
        return BookWideKeys(
            book: BookTitle(
                title: labelTexts(book.title), titleText: sourceText(book.title), titleAllText: allText(book.title)),
            lang: lang, dirAttribute: directions.attribute(tag: lang),
            languages: book.languages.map { language in
                LanguageInfo(
                    code: language.code, tag: language.tag, dirAttribute: directions.attribute(tag: language.tag),
                    name: style.escape(language.name),
                    isSource: language.code == book.sourceLanguage)
            },
            root: root, homeHref: root + homePage, taboosHref: "\(root)taboos.\(pageExtension)",
            hasTaboos: !book.taboos.isEmpty,
            hasPronunciation: book.languages.contains(where: PronunciationGuide.covers),
            ui: interface.ui, uiText: interface.uiText, uiAllText: interface.uiAllText, uiLabel: interface.uiLabel,
            uiPrefix: interface.uiPrefix)
    }

    /// A chapter with the summaries of its situations; with `current`, the chapter of that situation's page,
    /// marked (`isCurrentChapter`, and `isCurrent` on the situation).
    func chapter(for chapter: ChapterView, page: Page, current: String? = nil) -> ChapterContext {
        ChapterContext(
            id: chapter.chapter.id, title: labelTexts(chapter.chapter.title),
            titleText: sourceText(chapter.chapter.title), titleAllText: allText(chapter.chapter.title),
            href: chapterHref(chapter.chapter.id, page: page), isCurrentChapter: current != nil,
            hasSituations: !chapter.situations.isEmpty,
            situations: chapter.situations.map { situation in
                var entry = summary(situation, page: page)
                entry.isCurrent = situation.situation.id == current
                return entry
            })
    }

    /// The handbook of this context's view by the `role` template of `templates`: `keys()` with `chapters`, every
    /// situation in full (its body rendered on every core when `everyCore`, for a page rendered alone, the whole
    /// book's handbook, the first to render each phrase; else on the calling thread, as role handbooks are
    /// rendered side by side already), the bodies put in after the template renders (``HandbookSplice``); with the
    /// bodies a later build may read back from it, and its frame, kept under `frameKey` (naming everything but the
    /// bodies the page is made from: ``PageInputs/frame(_:_:path:phrases:)``). What the template shows besides the
    /// bodies (`keys()`, the chapters and their situations' summaries) is made only when the template renders: a
    /// build that takes the frame it kept needs the bodies alone.
    func handbookPage(
        _ keys: () -> PageKeys, by templates: TemplateSet, everyCore: Bool = false, frameKey: String?
    ) throws(PhrasebookError) -> AssembledPage {
        let page = Page.roleHandbook
        let situations = view.chapters.flatMap(\.situations)
        let bodies =
            everyCore
            ? try ParallelMap.map(situations) { situation throws(PhrasebookError) in
                try self.body(of: situation, page: page)
            }
            : try situations.map { situation throws(PhrasebookError) in try self.body(of: situation, page: page) }
        let spliced = try HandbookSplice.framed(bodies.map(\.pieces), in: fragments.frameSlot(frameKey)) {
            shown throws(PhrasebookError) in
            var shown = shown.makeIterator()
            var keys = keys()
            keys["chapters"] = view.chapters.map { chapter in
                var entry = self.chapter(for: chapter, page: page)
                entry.situations = chapter.situations.map { situation in
                    SituationWithBody(
                        summary: summary(situation, page: page), pieces: [.text((shown.next() ?? "")[...])])
                }
                return entry
            }
            return try templates.render("role", keys)
        }
        let lasting = bodies.compactMap { body in
            body.place.map { LastingFragment(key: $0, pieces: body.pieces) }
        }
        return AssembledPage(pieces: spliced.pieces, lasting: lasting, frame: spliced.frame, bodies: spliced.bodies)
    }

    /// What names and links a situation: `id`, `title`, `titleText`, `href`, `phraseCount`, `roleIds`,
    /// `roleCounts`, `isCurrent`.
    func summary(_ situation: SituationView, page: Page) -> SituationSummary {
        SituationSummary(
            id: situation.situation.id, title: labelTexts(situation.situation.title),
            titleText: sourceText(situation.situation.title), titleAllText: allText(situation.situation.title),
            href: situationHref(situation.situation.id, page: page), phraseCount: situation.phrases.count,
            roleIds: situation.situation.roles?.map(\.value).joined(separator: " ") ?? "",
            roleCounts: view.roleCounts(of: situation), isCurrent: false)
    }

    /// The link to a chapter's section of the home page (of the handbook, for a role's handbook) from `page`.
    func chapterHref(_ id: String, page: Page) -> String {
        switch page {
        case .top: "\(homePage)#chapter-\(id)"
        case .nested: "../\(homePage)#chapter-\(id)"
        case .roleHandbook: "#chapter-\(id)"
        }
    }

    /// The link to a situation from `page`.
    func situationHref(_ id: String, page: Page) -> String {
        switch page {
        case .top: "situations/\(id).\(pageExtension)"
        case .nested: "\(id).\(pageExtension)"
        case .roleHandbook: "#\(id)"
        }
    }

    /// The link to a phrase's anchor from `page`.
    func phraseHref(_ id: String, page: Page) -> String {
        guard let owner = phraseIndex[id]?.situation else { return "#\(id)" }
        if page == .roleHandbook, view.shows(id, in: phraseIndex) { return "#\(id)" }
        switch page {
        case .top: return "situations/\(owner).\(pageExtension)#\(id)"
        case .nested, .roleHandbook: return "../situations/\(owner).\(pageExtension)#\(id)"
        }
    }
}

/// Formatted texts by the place they were written, shared by the page contexts of one renderer. A hit is
/// checked against the text itself, so two texts can never be confused.
final class FormattedTextCache: Sendable {
    private let memo = Memo<SourceLocation, (text: LocalizedText, value: [LanguageText])>()

    /// The formatted entries of `text`, made by `make` the first time.
    func texts(_ text: LocalizedText, make: () -> [LanguageText]) -> [LanguageText] {
        // A hit compares the whole text: work in proportion to its length (counted for the card sheet's test).
        WorkCount.add(text.renderings.reduce(0) { $0 + $1.text.utf8.count })
        if let known = memo.stored(text.location), known.text == text { return known.value }
        let made = make()
        memo.store((text, made), for: text.location)
        return made
    }
}
