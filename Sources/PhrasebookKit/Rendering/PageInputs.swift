import Foundation

/// What a page is made from, named as one digest, so that a build can keep the previous build's page instead of
/// rendering it again when nothing it is made from changed (`FileSink.keepUnchanged`).
///
/// A key is the digest of the format's *generation* (the tool, the options, the names of the format's
/// templates, its assets, and every content file that is not a situation's), the kind of page with the
/// templates it is rendered by (its own, the partials it includes, the fragments' templates where it shows
/// situations: a template edit renders only the pages that use it), and the parts the page names: the outline
/// of the view it belongs to (``BookView/outline``: every page's navigation comes from it; the contents page
/// also names how many phrases each role sees, ``BookView/roleCountsDigest``) and, for each
/// situation it shows in full, the inputs of that situation as the view shows it
/// (``BookView/inputs(of:page:phrases:)``). A page whose key cannot be told (a book made in memory, whose
/// files have no digests; a kind of page not listed) has none and is always rendered.
struct PageInputs: Sendable {
    /// The digest of everything every page of the format reads besides the situations and the templates.
    let generation: String
    /// For each kind of page, the digests of the templates it is rendered by.
    private let templates: [String: String]

    /// The inputs of a render of `book` with `options` by a renderer that read `inputs` (templates and assets by
    /// path, with their digests) and renders each kind of page of `pages` with the templates named there (the
    /// page's own and, for pages that show situations, `situation-body` and `phrase`); `nil` for a book whose
    /// files have no digests.
    init?(
        book: Book, options: RenderOptions, inputs: [String: String], templates: TemplateSet,
        pages: [String: [String]]
    ) {
        guard !book.fileDigests.isEmpty else { return nil }
        var shared = inputs.filter { templates.digests[$0.key] == nil }
        shared["templates"] = templates.digests.keys.sorted().joined(separator: " ")
        generation = Self.digest(
            [BuildState.toolIdentity, RenderMemory.generation(book: book, options: options, inputs: shared)])
        self.templates = pages.mapValues { names in
            Self.digest(templates.digests(reachableFrom: names).sorted { $0.key < $1.key }.map { "\($0) \($1)" })
        }
    }

    /// The key of a page of `kind` made from `parts`; `nil` when a part or the kind is unknown.
    func key(_ kind: String, _ parts: [String?]) -> String? {
        guard let templates = templates[kind] else { return nil }
        var known = [generation, kind, templates]
        for part in parts {
            guard let part else { return nil }
            known.append(part)
        }
        return Self.digest(known)
    }

    private static func digest(_ lines: [String]) -> String {
        FileDigest.of(lines, separator: "\n\u{1}")
    }

    /// The key of a page of `kind` of `view` that shows every situation of it in full, each as on `page`
    /// (a role's handbook, its cards, the whole book's handbook), and the taboo list with the phrases it quotes.
    /// What it names of the view is hashed once for every format (``BookView/keyParts``).
    func wholeView(_ kind: String, _ view: BookView, page: String, phrases: PhraseDirectory) -> String? {
        let shown = view.keyParts.value(.wholeView(page: page)) { () -> String? in
            var parts = [view.outline, view.book.tabooInputs(phrases: phrases)]
            for situation in view.situations {
                guard let inputs = view.inputs(of: situation, page: page, phrases: phrases) else { return nil }
                parts.append(inputs)
            }
            return Self.digest(parts)
        }
        return key(kind, [shown])
    }

    /// The key of the frame of the page at `path` of `kind` that shows every situation of `view` in full
    /// (``PageFrame``): what ``wholeView(_:_:page:phrases:)`` names but the situations' bodies. The frame shows
    /// each situation's summary (its id, title and number of phrases: the outline), never its body, and the taboo
    /// list, whose phrases to say instead link into the page when the view shows them (the outline does not say which
    /// phrases it shows).
    func frame(_ kind: String, _ view: BookView, path: String, phrases: PhraseDirectory) -> String? {
        let shown = view.book.taboos.flatMap(\.instead).filter { view.shows($0.value, in: phrases) }.map(\.value)
        return key(
            kind,
            ["frame " + path, view.outline, view.book.tabooInputs(phrases: phrases), shown.joined(separator: " ")])
    }
}

extension PageInputs {
    /// The key of a role's pocket cards (``CardDeck``): the view's outline, and for each situation with card
    /// phrases its id and title and those phrases' ids and texts; a card sheet shows nothing else of the content,
    /// so an edit of a phrase that is not on the cards keeps them.
    func cards(_ view: BookView) -> String? {
        let shown = view.keyParts.value(.cards) { () -> String? in
            var parts = [view.outline]
            for situation in view.situations {
                let cards = situation.phrases.filter(\.card)
                guard !cards.isEmpty else { continue }
                parts.append("situation \(situation.situation.id)\n" + situation.situation.title.inputs)
                parts += cards.map { "phrase \($0.id)\n" + $0.text.inputs }
            }
            return Self.digest(parts)
        }
        return key("cards", [shown])
    }
}

extension BookView {
    /// A digest of what the navigation of every page of this view shows: its chapters, and each visible
    /// situation's id, title (every rendering, its review hash and pronunciation), number of visible phrases and
    /// own roles (the navigation marks each entry `data-roles` with them, for "My role").
    var outline: String {
        keyParts.value(.outline) { workedOutline } ?? ""
    }

    private var workedOutline: String {
        var lines: [String] = []
        for chapter in chapters {
            lines.append("chapter \(chapter.chapter.id)")
            for situation in chapter.situations {
                let roles = situation.situation.roles.map { $0.map(\.value).joined(separator: " ") } ?? "*"
                lines.append("situation \(situation.situation.id) \(situation.phrases.count) \(roles)")
                lines.append(situation.situation.title.inputs)
            }
        }
        return FileDigest.of(lines, separator: "\n")
    }

    /// What `situation`'s body on `page` is made from in this view: the digest of the situation's file, the
    /// phrases the view shows of it and, for every phrase its dialogues quote, the situation and file that hold
    /// it and whether the view shows it (which decides where the link points). `nil` when a file's digest is
    /// unknown (a book made in memory). What does not depend on the page is worked out once per situation
    /// (``keyParts``), for every kind of page and format.
    func inputs(of situation: SituationView, page: String, phrases: PhraseDirectory) -> String? {
        keyParts.value(.body(situation: situation.situation.id)) { inputs(worked: situation, phrases: phrases) }
            .map { "body\n" + page + "\n" + $0 }
    }

    private func inputs(worked situation: SituationView, phrases: PhraseDirectory) -> String? {
        guard let own = book.fileDigests[situation.situation.location.file] else { return nil }
        var parts = [situation.situation.id, own, situation.phrases.map(\.id).joined(separator: " ")]
        for turn in situation.situation.dialogues.flatMap(\.allTurns) {
            guard case .phrase(let reference) = turn.content else { continue }
            let owner = phrases[reference.value]
            let digest = owner.flatMap { book.fileDigests[$0.phrase.location.file] } ?? "-"
            parts.append(
                "\(reference.value) \(owner?.situation ?? "-") \(digest) \(shows(reference.value, in: phrases))")
        }
        return parts.joined(separator: "\n")
    }
}

extension Book {
    /// What the taboo list shows of the phrases it quotes as what to say instead: their ids, situations and
    /// texts.
    func tabooInputs(phrases: PhraseDirectory) -> String {
        taboos.flatMap(\.instead).map { reference in
            let owner = phrases[reference.value]
            return "\(reference.value) \(owner?.situation ?? "-")\n" + (owner?.phrase.text.inputs ?? "-")
        }.joined(separator: "\n")
    }
}

extension LocalizedText {
    /// Everything a page may show of the text, in one string: each rendering's language, text, review hash
    /// and pronunciation.
    var inputs: String {
        renderings.map { rendering in
            [rendering.language, rendering.text, rendering.sourceHash ?? "-", rendering.pronunciation?.value ?? "-"]
                .joined(separator: "\u{1}")
        }.joined(separator: "\n")
    }
}
