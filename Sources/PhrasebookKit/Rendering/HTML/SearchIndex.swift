import Foundation

/// The site's search data: everything a reader may look for, in every language, as scripts that `search.js`
/// adds to the search page with `<script>` elements as a query needs them (which works from file://, unlike
/// fetching a JSON file): a small core (with what results show of the kinds that rank first), the texts folded
/// and split by script, their keys (`SearchKeys.swift`), and what results show of the other kinds in small
/// numbered files (`SearchIndex+Script.swift`). `assets/search.js` matches and ranks in the browser; see
/// Documentation/Templates.md.
///
/// An entry is one searchable thing with a link: a situation's title, its search keywords, its `when`, a guideline, a phrase, a
/// note, a "don't say" wording and its reason, a dialogue turn or case, a taboo and its reason, a chapter, a
/// role, a glossary term with its forbidden variants (so that the word a reader would say, `민원`, finds the
/// term to say instead). Entries carry their texts as plain strings (no n-grams, no posting lists: the browser scans them, which
/// keeps the data a fraction of the site's HTML) and the roles they are for when narrowed, for the role filter.
struct SearchIndex {
    /// One searchable thing.
    struct Entry {
        /// What it is (`title`, `phrase`, `note`, …): the script ranks by it.
        var kind: String
        /// The link from the site's root, with the fragment of the phrase or block.
        var href: String
        /// The page it is on: an index into `pages`.
        var page: Int
        /// The roles it is for, when narrowed; `nil` for everyone.
        var roles: [String]?
        /// The plain text per language, in display order; empty when pending.
        var texts: [String]
        /// The phrase's category: an index into the book's categories.
        var category: Int?
    }

    let book: Book
    private let resolver: TextResolver
    private(set) var entries: [Entry] = []
    /// Each page's link from the root and title per language.
    private(set) var pages: [(href: String, title: [String])] = []

    /// The index of the whole book: every situation (in chapter order), the taboos, chapters and roles.
    init(view: BookView) {
        book = view.book
        resolver = TextResolver(book: book)
        let home = addPage("index.html", title: book.title)
        for chapter in view.chapters {
            add("chapter", "index.html#chapter-\(chapter.chapter.id)", page: home, text: chapter.chapter.title)
            for situation in chapter.situations { addSituation(situation) }
        }
        if !book.taboos.isEmpty {
            let page = pages.count
            pages.append(("taboos.html", Array(repeating: "", count: book.languages.count)))
            for taboo in book.taboos {
                add("taboo", "taboos.html#\(taboo.id)", page: page, text: taboo.text)
                if let why = taboo.why { add("taboo-why", "taboos.html#\(taboo.id)", page: page, text: why) }
            }
        }
        for role in book.roles {
            let page = addPage("roles/\(role.id).html", title: role.label)
            add("role", "roles/\(role.id).html", page: page, text: role.label, roles: [role.id])
        }
        addGlossary()
    }

    /// Each term of the glossary, linked to its place on the glossary page: per language its forms, then its
    /// forbidden variants after a `✗` (`불만 ✗ 민원`), several joined by ` · `.
    private mutating func addGlossary() {
        guard !book.glossary.isEmpty else { return }
        let title = book.languages.map { language in
            book.interface.word("glossary", in: language.code, source: book.sourceLanguage) ?? ""
        }
        pages.append(("glossary.html", title))
        let page = pages.count - 1
        for term in book.glossary {
            let texts = book.languages.map { language in
                let forms = term.forms(language.code).joined(separator: " · ")
                let forbidden = term.forbidden(language.code)
                let never = forbidden.isEmpty ? "" : "✗ " + forbidden.joined(separator: " · ")
                return [forms, never].filter { !$0.isEmpty }.joined(separator: " ")
            }
            add("term", "glossary.html#term-\(term.id)", page: page, texts: texts)
        }
    }

    private mutating func addSituation(_ view: SituationView) {
        let situation = view.situation
        let href = "situations/\(situation.id).html"
        let page = addPage(href, title: situation.title)
        let roles = situation.roles?.map(\.value)
        add("title", "\(href)#\(situation.id)", page: page, text: situation.title, roles: roles)
        if let keywords = situation.keywords {
            add("keywords", "\(href)#\(situation.id)", page: page, text: keywords, roles: roles)
        }
        if let when = situation.when {
            add("when", "\(href)#\(situation.id)-when", page: page, text: when, roles: roles)
        }
        for (index, guideline) in situation.guidelines.enumerated() {
            add(
                "guideline", "\(href)#\(situation.id)-guideline-\(index + 1)", page: page, text: guideline, roles: roles
            )
        }
        for phrase in view.phrases {
            let phraseRoles = phrase.roles?.map(\.value) ?? roles
            let link = "\(href)#\(phrase.id)"
            let category = phrase.category.flatMap { id in book.categories.firstIndex { $0.id == id.value } }
            add("phrase", link, page: page, text: phrase.text, roles: phraseRoles, category: category)
            for note in phrase.notes { add("note", link, page: page, text: note, roles: phraseRoles) }
            for avoid in phrase.avoids {
                add("avoid", link, page: page, text: avoid.text, roles: phraseRoles)
                if let why = avoid.why { add("why", link, page: page, text: why, roles: phraseRoles) }
            }
        }
        for dialogue in situation.dialogues {
            addDialogueLines(of: dialogue, href: href, page: page, roles: roles)
        }
    }

    /// The turns and cases of a dialogue, each linking to its own anchor (``DialogueAnchors``), each text once (a
    /// customer silent twice, `(无声)`, is one result, the first).
    private mutating func addDialogueLines(of dialogue: Dialogue, href: String, page: Int, roles: [String]?) {
        var seen: Set<[String]> = []
        for line in DialogueAnchors.lines(of: dialogue) {
            switch line {
            case .turn(let turn, let place):
                // A turn that quotes a phrase is found through the phrase's own entry.
                guard case .text(let text) = turn.content else { continue }
                let texts = plain(text)
                if seen.insert(texts).inserted {
                    add("turn", "\(href)#\(place.anchor)", page: page, texts: texts, roles: roles)
                }
            case .case(let branchCase, let place, _):
                add("case", "\(href)#\(place.anchor)", page: page, text: branchCase.when, roles: roles)
            }
        }
    }

    private mutating func addPage(_ href: String, title: LocalizedText) -> Int {
        pages.append((href, plain(title)))
        return pages.count - 1
    }

    private mutating func add(
        _ kind: String, _ href: String, page: Int, text: LocalizedText, roles: [String]? = nil, category: Int? = nil
    ) {
        add(kind, href, page: page, texts: plain(text), roles: roles, category: category)
    }

    private mutating func add(
        _ kind: String, _ href: String, page: Int, texts: [String], roles: [String]? = nil, category: Int? = nil
    ) {
        entries.append(Entry(kind: kind, href: href, page: page, roles: roles, texts: texts, category: category))
    }

    /// The plain text of `text` in every language, in display order; `""` where pending.
    func plain(_ text: LocalizedText) -> [String] {
        book.languages.map { resolver.plain(text, in: $0) }
    }
}
