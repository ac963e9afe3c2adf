/// The book with the indexes the checks share, built once per run.
struct CheckContext: Sendable {
    let book: Book
    /// Every text of the book, in book order.
    private(set) var sites: [TextSite]
    /// The situations' search keywords, in book order: not texts to translate, so only the checks of a text's
    /// form look at them (``everyText``).
    private(set) var keywords: [TextSite]
    /// Phrases by id (the first one where ids repeat), with their situation.
    let phrases: PhraseDirectory
    /// Placeholders by name.
    let placeholders: [String: Placeholder]

    init(book: Book) {
        self.book = book
        // Both walk the whole book on one core before any check can start: side by side (10 ms each at 10,000
        // phrases).
        let directory = BackgroundWork<PhraseDirectory, Never>(qos: .userInitiated) { PhraseDirectory(book) }
        self.placeholders = Dictionary(book.placeholders.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.sites = Self.collectSites(book)
        self.keywords = book.situations.compactMap { situation in
            situation.keywords.map {
                TextSite(text: $0, kind: .keywords, silencedBy: situation.ignoredChecks, about: .keywords(situation.id))
            }
        }
        phrases = directory.wait()
    }

    var source: String { book.sourceLanguage }

    /// The texts and the search keywords: for the checks of a text's form (its language's element declared and
    /// given once, its characters and white space), which keywords need as much as texts do.
    var everyText: FlattenSequence<[[TextSite]]> { [sites, keywords].joined() }

    /// The same context with only the texts of `files`, for the text checks (``Check/looksAtOneTextAtATime``).
    func sites(in files: Set<String>) -> CheckContext {
        var context = self
        context.sites = Self.sites(sites, in: files)
        context.keywords = Self.sites(keywords, in: files)
        return context
    }

    private static func sites(_ sites: [TextSite], in files: Set<String>) -> [TextSite] {
        // A file's texts come one after the other: each file is looked up once, not each text's.
        var last: (file: String, listed: Bool)?
        return sites.filter { site in
            let file = site.text.location.file
            if let last, last.file == file { return last.listed }
            let listed = files.contains(file)
            last = (file, listed)
            return listed
        }
    }

    private static func collectSites(_ book: Book) -> [TextSite] {
        var sites = [TextSite(text: book.title, kind: .label, silencedBy: [], about: .bookTitle)]
        for label in book.roles + book.channels + book.categories {
            sites.append(
                TextSite(text: label.label, kind: .label, silencedBy: [], about: .label(label.id)))
        }
        for placeholder in book.placeholders {
            sites.append(
                TextSite(
                    text: placeholder.text, kind: .placeholder, silencedBy: [],
                    about: .placeholder(placeholder.name)))
        }
        for chapter in book.chapters {
            sites.append(
                TextSite(
                    text: chapter.title, kind: .label, silencedBy: [], about: .chapterTitle(chapter.id)))
        }
        for situation in book.situations {
            let scope = situation.ignoredChecks
            sites.append(
                TextSite(
                    text: situation.title, kind: .label, silencedBy: scope, about: .title(situation.id)))
            if let when = situation.when {
                sites.append(
                    TextSite(text: when, kind: .guidance, silencedBy: scope, about: .when(situation.id)))
            }
            for guideline in situation.guidelines {
                sites.append(
                    TextSite(
                        text: guideline, kind: .guidance, silencedBy: scope, about: .guideline(situation.id)
                    ))
            }
            for phrase in situation.phrases {
                let phraseScope = scope.union(phrase.ignoredChecks)
                sites.append(
                    TextSite(text: phrase.text, kind: .phrase, silencedBy: phraseScope, about: .phrase(phrase.id)))
                for note in phrase.notes {
                    sites.append(
                        TextSite(
                            text: note, kind: .guidance, silencedBy: phraseScope, about: .note(phrase.id)))
                }
                for avoid in phrase.avoids {
                    let avoidScope = phraseScope.union(avoid.ignoredChecks)
                    sites.append(
                        TextSite(
                            text: avoid.text, kind: .avoid, silencedBy: avoidScope,
                            about: .avoid(phrase.id)))
                    if let why = avoid.why {
                        sites.append(
                            TextSite(
                                text: why, kind: .guidance, silencedBy: avoidScope,
                                about: .avoidReason(phrase.id)))
                    }
                }
            }
            for dialogue in situation.dialogues {
                if let title = dialogue.title {
                    sites.append(
                        TextSite(text: title, kind: .label, silencedBy: scope, about: .title(dialogue.id))
                    )
                }
                collectDialogue(dialogue.items, dialogue: dialogue.id, scope: scope, into: &sites)
            }
        }
        for taboo in book.taboos {
            sites.append(
                TextSite(
                    text: taboo.text, kind: .taboo, silencedBy: taboo.ignoredChecks, about: .taboo(taboo.id)))
            if let why = taboo.why {
                sites.append(
                    TextSite(
                        text: why, kind: .guidance, silencedBy: taboo.ignoredChecks,
                        about: .tabooReason(taboo.id)))
            }
        }
        return sites
    }

    private static func collectDialogue(
        _ items: [DialogueItem], dialogue: String, scope: Set<String>, into sites: inout [TextSite]
    ) {
        for item in items {
            switch item {
            case .turn(let turn):
                if case .text(let text) = turn.content {
                    sites.append(
                        TextSite(
                            text: text, kind: .turn(turn.speaker), silencedBy: scope.union(turn.ignoredChecks),
                            about: .turn(turn.speaker, dialogue: dialogue)))
                }
            case .branch(let cases):
                for branchCase in cases {
                    sites.append(
                        TextSite(
                            text: branchCase.when, kind: .guidance, silencedBy: scope,
                            about: .branchCase(dialogue)))
                    collectDialogue(branchCase.items, dialogue: dialogue, scope: scope, into: &sites)
                }
            }
        }
    }
}
