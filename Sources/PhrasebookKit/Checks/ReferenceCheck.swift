/// Every reference resolves: roles, channels, categories, phrases in turns and taboos, chapters ↔ situation
/// files, file name = id, declared languages; a phrase's audience is a subset of its situation's.
struct ReferenceCheck: Check {
    let rules = [
        CheckRule("file-name-mismatch", .error, "a situation's id differs from its file name"),
        CheckRule("unknown-situation", .error, "a chapter lists a situation that has no file"),
        CheckRule("situation-not-in-chapter", .error, "a situation file is listed in no chapter"),
        CheckRule("situation-in-several-chapters", .error, "a situation is listed more than once in the chapters"),
        CheckRule("unknown-role", .error, "a role id is not declared in phrasebook.xml"),
        CheckRule("unknown-channel", .error, "a channel id is not declared in phrasebook.xml"),
        CheckRule("unknown-category", .error, "a category id is not declared in phrasebook.xml"),
        CheckRule("unknown-phrase", .error, "a turn or a taboo names a phrase that does not exist"),
        CheckRule("unknown-language", .error, "a text uses a language that is not declared"),
        CheckRule("audience-not-subset", .error, "a phrase's roles or channels are not among its situation's"),
        CheckRule("empty-audience", .error, "a roles or channels attribute names none"),
        CheckRule("draft-source-language", .warning, "the source language is marked draft, which it cannot be"),
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let book = context.book
        checkChapters(book, &report)
        let known = Known(
            roles: Set(book.roles.map(\.id)), channels: Set(book.channels.map(\.id)),
            categories: Set(book.categories.map(\.id)),
            refusedPhrases: Set(book.refusedSituations.flatMap { $0.situation.phrases.map(\.id) }))
        for situation in book.situations {
            check(situation, known, context, &report)
        }
        // A file the schema refused: its other mistakes too, where no schema error is (RefusedSituation).
        for refused in book.refusedSituations {
            var found = DiagnosticReport(severities: report.severities)
            check(refused.situation, known, context, &found, schemaLines: refused.schemaLines)
            report.append(found.diagnostics.filter { !refused.schemaLines.contains($0.location.line) })
        }
        for taboo in book.taboos {
            for reference in taboo.instead where isUnknown(reference.value, known, context) {
                report.add(
                    "unknown-phrase",
                    "taboo '\(taboo.id)' says to use phrase '\(reference.value)' instead, which does not exist"
                        + Suggestion.didYouMean(reference.value, among: known.phraseIDs(context)),
                    at: reference.location, silencedBy: taboo.ignoredChecks)
            }
        }
        checkLanguages(context, &report)
    }

    /// The ids a situation's references are checked against: those `phrasebook.xml` declares, and the phrases read
    /// from the situation files the schema refused (they exist, in a file to fix).
    private struct Known {
        var roles: Set<String>
        var channels: Set<String>
        var categories: Set<String>
        var refusedPhrases: Set<String>

        /// Every phrase id that exists: the book's and the refused files' (for "did you mean").
        func phraseIDs(_ context: CheckContext) -> Set<String> {
            refusedPhrases.union(context.phrases.ids)
        }
    }

    /// What `situation` names: its file's name, its and its phrases' audiences and categories, its turns' phrases.
    /// For a file the schema refused, `schemaLines` are the lines of its schema errors: an id the schema refused
    /// (`Greet`, or none: `idd="greet"`) is not compared with the file's name, and a situation's `roles` or
    /// `channels` the schema refused (`roles="a,b"`) do not bound its phrases'.
    private func check(
        _ situation: Situation, _ known: Known, _ context: CheckContext, _ report: inout DiagnosticReport,
        schemaLines: Set<Int> = []
    ) {
        let scope = situation.ignoredChecks
        let fileID = ContentLoader.fileID(situation.file)
        func refused(_ values: [Located<String>]?) -> Bool {
            values?.contains { schemaLines.contains($0.location.line) } ?? false
        }
        let roles = refused(situation.roles) ? nil : situation.roles
        let channels = refused(situation.channels) ? nil : situation.channels
        if situation.id != fileID, schemaLines.isEmpty || Identifier.isValid(situation.id) {
            report.add(
                "file-name-mismatch",
                "situation id '\(situation.id)' differs from its file name '\(fileID).xml'; rename one",
                at: situation.location, silencedBy: scope)
        }
        let whole = Audience(location: situation.location, owner: "situation", scope: scope)
        audience(situation.roles, known: known.roles, kind: "role", within: nil, of: whole, &report)
        audience(situation.channels, known: known.channels, kind: "channel", within: nil, of: whole, &report)
        for phrase in situation.phrases {
            let part = Audience(location: phrase.location, owner: "phrase", scope: scope.union(phrase.ignoredChecks))
            audience(phrase.roles, known: known.roles, kind: "role", within: roles, of: part, &report)
            audience(phrase.channels, known: known.channels, kind: "channel", within: channels, of: part, &report)
            if let category = phrase.category, !known.categories.contains(category.value) {
                report.add(
                    "unknown-category",
                    "category '\(category.value)' is not declared in phrasebook.xml's <categories>"
                        + Self.meant(category.value, among: known.categories),
                    at: category.location, silencedBy: part.scope)
            }
        }
        for turn in situation.dialogues.flatMap(\.allTurns) {
            if case .phrase(let reference) = turn.content, isUnknown(reference.value, known, context) {
                report.add(
                    "unknown-phrase",
                    "turn names phrase '\(reference.value)', which does not exist"
                        + Suggestion.didYouMean(reference.value, among: known.phraseIDs(context)),
                    at: reference.location, silencedBy: scope.union(turn.ignoredChecks))
            }
        }
    }

    /// Whether phrase `id` does not exist: not in the book, nor read from a situation file the schema refused. A
    /// phrase whose id starts with the id of a situation file that could not be loaded (`greet-hello` while
    /// `greet.xml` has a syntax or schema error) is probably in it, even when it was not read (its `id` misspelt, or
    /// inside an element the schema does not know): that file's error is the one mistake, and the reference is
    /// checked once the file loads.
    private func isUnknown(_ id: String, _ known: Known, _ context: CheckContext) -> Bool {
        context.phrases[id] == nil && !known.refusedPhrases.contains(id)
            && !context.book.unloadedSituations.contains { id == $0 || id.hasPrefix($0 + "-") }
    }

    /// A situation whose id differs from its file name is one mistake, said as `file-name-mismatch`: a chapter
    /// that lists the file's name is not also told there is no such file, nor the situation that no chapter
    /// lists its (misspelt) id.
    private func checkChapters(_ book: Book, _ report: inout DiagnosticReport) {
        let fileIDs = Set(book.situations.map { ContentLoader.fileID($0.file) })
        let files = Set(book.situations.map(\.id)).union(book.unloadedSituations)
        var listed: [String: SourceLocation] = [:]
        for reference in book.chapters.flatMap(\.situationRefs) {
            if let first = listed[reference.value] {
                report.add(
                    "situation-in-several-chapters",
                    "situation '\(reference.value)' is already listed at \(first); list it in one chapter only",
                    at: reference.location)
            }
            listed[reference.value] = listed[reference.value] ?? reference.location
            if !files.contains(reference.value), !fileIDs.contains(reference.value) {
                report.add(
                    "unknown-situation",
                    "chapter lists situation '\(reference.value)', but there is no situations/\(reference.value).xml"
                        + Suggestion.didYouMean(reference.value, among: files),
                    at: reference.location)
            }
        }
        for situation in book.situations
        where listed[situation.id] == nil && listed[ContentLoader.fileID(situation.file)] == nil {
            report.add(
                "situation-not-in-chapter",
                "situation '\(situation.id)' is in no chapter; add <situation ref=\"\(situation.id)\"/> to a chapter in phrasebook.xml",
                at: situation.location, silencedBy: situation.ignoredChecks)
        }
    }

    /// "did you mean" the closest of `known`, else (a book declares a few roles and channels) the list of them.
    /// `"; did you mean 'x'?"` for a language code written as a country's (`cn`, `kr`, `jp`) or in three letters
    /// (`chi`, `kor`, `eng`) where the book declares the two-letter code of that language, else the declared code
    /// closest to it, or an empty string.
    private static func meantLanguage(_ value: String, among declared: Set<String>) -> String {
        if let code = Self.languageOfCode[value.lowercased()], declared.contains(code) {
            return "; did you mean '\(code)'?"
        }
        return Suggestion.didYouMean(value, among: declared)
    }

    /// Codes written for a language that are a country's, or its three-letter code: the language's code.
    private static let languageOfCode = [
        "cn": "zh", "ch": "zh", "chs": "zh", "cht": "zh", "chi": "zh", "zho": "zh", "tw": "zh", "hk": "zh",
        "kr": "ko", "kor": "ko", "jp": "ja", "jpn": "ja", "eng": "en", "gb": "en", "uk": "en", "us": "en",
        "vn": "vi", "vie": "vi",
    ]

    private static func meant(_ value: String, among known: Set<String>) -> String {
        let closest = Suggestion.didYouMean(value, among: known)
        guard closest.isEmpty, !known.isEmpty, known.count <= 20 else { return closest }
        return "; it declares " + known.sorted().joined(separator: ", ")
    }

    /// The element whose `roles` or `channels` are checked: where it is, what it is, the checks silenced on it.
    private struct Audience {
        let location: SourceLocation
        let owner: String
        let scope: Set<String>
    }

    private func audience(
        _ ids: [Located<String>]?, known: Set<String>, kind: String, within outer: [Located<String>]?,
        of element: Audience, _ report: inout DiagnosticReport
    ) {
        let scope = element.scope
        if let ids, ids.isEmpty {
            let everyone = element.owner == "phrase" ? "its situation's \(kind)s" : "every \(kind)"
            report.add(
                "empty-audience",
                "\(kind)s=\"\" names no \(kind): the \(element.owner) would be shown for none; name its \(kind)s, "
                    + "or remove the attribute for \(everyone)",
                at: element.location, silencedBy: scope)
        }
        let outerIDs = outer.map { Set($0.map(\.value)) }
        for id in ids ?? [] {
            if !known.contains(id.value) {
                report.add(
                    "unknown-\(kind)",
                    "\(kind) '\(id.value)' is not declared in phrasebook.xml" + Self.meant(id.value, among: known),
                    at: id.location, silencedBy: scope)
            } else if let outerIDs, !outerIDs.contains(id.value) {
                report.add(
                    "audience-not-subset",
                    "\(kind) '\(id.value)' is not among its situation's \(kind)s; add it to the situation or remove it here",
                    at: id.location, silencedBy: scope)
            }
        }
    }

    private func checkLanguages(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let declared = Set(context.book.languages.map(\.code))
        if !declared.contains(context.source) {
            report.add(
                "unknown-language",
                "the source language '\(context.source)' (<languages source=\"…\">) is not among the declared "
                    + "languages (\(context.book.languages.map(\.code).joined(separator: ", ")))"
                    + Self.meantLanguage(context.source, among: declared),
                at: context.book.sourceLanguageLocation ?? context.book.languages.first?.location
                    ?? context.book.location)
        }
        for site in context.everyText {
            for rendering in site.text.renderings where !declared.contains(rendering.language) {
                report.add(
                    "unknown-language",
                    "<\(rendering.language)> in \(site.subject) is not a declared language; declare it in <languages> or fix the element name"
                        + Self.meantLanguage(rendering.language, among: declared),
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
        if let source = context.book.languages.first(where: { $0.code == context.source && $0.isDraft }) {
            report.add(
                "draft-source-language",
                "the source language '\(source.code)' is marked draft=\"true\", but the source is always published "
                    + "(every other language is translated from it); remove draft from it",
                at: source.location)
        }
        for declaration in context.book.interface.declarations {
            Self.undeclared(
                declaration.text.renderings, in: "interface word '\(declaration.id.value)'", so: "it is never shown",
                declared: declared, silencedBy: [], &report)
        }
        for term in context.book.glossary {
            let renderings = term.forms.renderings + term.forbidden + (term.note?.renderings ?? [])
            for rendering in renderings where !declared.contains(rendering.language) {
                report.add(
                    "unknown-language",
                    "<\(rendering.language)> in term '\(term.id)' is not a declared language; declare it in <languages> or fix the element name",
                    at: rendering.location, silencedBy: term.ignoredChecks.union(rendering.ignoredChecks))
            }
        }
        for group in context.book.synonyms {
            Self.undeclared(
                group.words.renderings, in: "a search synonyms' <same>", so: "the search never takes it",
                declared: declared, silencedBy: group.ignoredChecks, &report)
        }
    }

    /// Reports each of `renderings` in a language not `declared`, `so` saying what follows from it.
    private static func undeclared(
        _ renderings: [Rendering], in subject: String, so consequence: String, declared: Set<String>,
        silencedBy silenced: Set<String>, _ report: inout DiagnosticReport
    ) {
        for rendering in renderings where !declared.contains(rendering.language) {
            report.add(
                "unknown-language",
                "<\(rendering.language)> in \(subject) is not a declared language, so \(consequence); declare it in "
                    + "<languages> or fix the element name"
                    + Suggestion.didYouMean(rendering.language, among: declared),
                at: rendering.location, silencedBy: silenced.union(rendering.ignoredChecks))
        }
    }
}
