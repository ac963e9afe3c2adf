/// `phrasebook import`: writes the changed targets of XLIFF files back into the content with source-preserving
/// edits. Every unit is checked first; any refusal (stale export: the source, or the rendering itself, edited in
/// the content since the export; unknown id, undeclared language, placeholders that differ, malformed XLIFF) is
/// a diagnostic and nothing of the run is written.
public struct XLIFFImport: Sendable {
    /// What happens to one rendering.
    public struct Change: Sendable {
        /// The unit.
        var unit: TextUnit
        /// The rendering's language.
        public var language: String
        /// The new text, when it changes.
        public var text: String?
        /// Whether the rendering is marked reviewed (its `source-hash` written).
        public var markReviewed: Bool
        /// Where the unit's target is in the XLIFF file.
        var place: SourceLocation
    }

    /// Per-language counts for the summary.
    struct LanguageSummary: Sendable, Equatable {
        /// The language code.
        var language: String
        /// Renderings whose text changes.
        var changed = 0
        /// Renderings marked reviewed.
        var markedReviewed = 0
        /// Units whose target equals the rendering and whose state needs no change.
        var unchanged = 0
        /// Units without a target.
        var empty = 0
        /// Reviewed renderings whose unit a reviewer sent back (its state lowered, the text kept): no longer reviewed.
        var sentBack = 0
        /// Units left as exported whose rendering was edited in the content since: the edit is kept.
        var keptEdits = 0
        /// Units left as exported whose source changed since the export: nothing to take, left out.
        var sourceChanged = 0
        /// Units left as exported whose text was removed or renamed since the export: nothing to take, left out.
        var removed = 0
        /// Units a tool split into segments, some of them without a target: left out.
        var partial = 0
        /// Units whose new words a tool marked untranslated (fuzzy, a machine's draft), over a rendering there is:
        /// left out.
        var unfinished = 0
        /// Units whose target is the Chinese source itself (a tool's "copy source to target"): left out.
        var copiedSource = 0
    }

    /// The renderings to change.
    public let changes: [Change]
    /// The refusals; when there is one, `apply` writes nothing.
    public let diagnostics: [Diagnostic]
    /// Counts per language, in the order first met.
    let summaries: [LanguageSummary]
    private let book: Book

    /// Reads and checks `files` (path and bytes) against `book`. With `markReviewed`, every imported rendering is
    /// marked reviewed (new words a file marks untranslated are still left out, not imported); otherwise only units
    /// in state `final` (or 1.2 `signed-off`). A situation's search keywords
    /// (`situation.<id>.keywords`, exported with `--keywords`) are taken as the other texts are, but never marked
    /// reviewed: they have no review state.
    public init(book: Book, files: [(path: String, bytes: [UInt8])], markReviewed: Bool) {
        self.book = book
        let units = Dictionary(
            book.textUnits(keywords: true).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        var diagnostics: [Diagnostic] = []
        var summaries: [LanguageSummary] = []
        var seen: [String: SourceLocation] = [:]
        for file in files {
            let read: XLIFFReader.File
            switch XLIFFReader.read(file.bytes, path: file.path) {
            case .success(let value): read = value
            case .failure(let list):
                diagnostics += list.diagnostics
                continue
            }
            guard let language = Self.language(read.targetLanguage, in: book) else {
                diagnostics.append(
                    Diagnostic(
                        .error, "xliff-language",
                        "target language '\(read.targetLanguage)' is not a target language of the book (it declares "
                            + book.targetLanguages.map { "\($0.code) (\($0.tag))" }.joined(separator: ", ") + ")",
                        at: read.languageLocation))
                continue
            }
            if let mismatch = Self.scriptMismatch(read.units.compactMap(\.target), language: language) {
                diagnostics.append(
                    Diagnostic(
                        .error, "xliff-language",
                        "target-language \"\(read.targetLanguage)\" but \(mismatch); is it another language's file? "
                            + "Correct its target-language, or import the right file",
                        at: read.languageLocation))
                continue
            }
            if !summaries.contains(where: { $0.language == language }) {
                summaries.append(LanguageSummary(language: language))
            }
            let index = summaries.firstIndex { $0.language == language }!
            for var entry in read.units {
                if let first = seen.updateValue(entry.location, forKey: "\(language) \(entry.id)") {
                    diagnostics.append(
                        Diagnostic(
                            .error, "xliff-duplicate-unit",
                            "unit '\(entry.id)' (\(language)) is imported twice, also at \(first); keep one",
                            at: entry.location))
                    continue
                }
                guard let unit = units[entry.id] else {
                    // The text went away since the export (the lead removed or renamed it): a unit the translator
                    // did not touch has nothing to take, and is no reason to refuse the rest of the file.
                    if Self.leftAsExported(entry, current: nil) {
                        summaries[index].removed += 1
                        continue
                    }
                    diagnostics.append(
                        Diagnostic(
                            .error, "xliff-unknown-unit",
                            "unit '\(entry.id)' names no text of the book (removed or renamed since the export?); "
                                + "its translation cannot be placed: delete the unit, or export again and "
                                + "translate the current texts",
                            at: entry.location))
                    continue
                }
                let source = unit.text.text(book.sourceLanguage) ?? ""
                // `--mark-reviewed` marks texts with a review state: search keywords have none.
                let marksReviewed = markReviewed && unit.hasReviewState
                // Inline codes a tool numbered anew (`<x id="1"/>`), read by their places in the source.
                if !Self.sameSource(entry.source, source),
                    let names = Self.codeNames(read: entry.source, source: source)
                {
                    entry.source = Self.renamingCodes(in: entry.source, names)
                    entry.target = entry.target.map { Self.renamingCodes(in: $0, names) }
                }
                // Placeholders written as plain text (`{company}`, by a tool that flattens inline codes, or a PO
                // round trip) in the source as well as the target: the source's placeholders, not literal braces.
                if !Self.sameSource(entry.source, source) {
                    let typed = Self.placeholdersTyped(in: entry.source, named: PlaceholderText(source).names)
                    if Self.sameSource(typed, source) { entry.source = typed }
                }
                guard Self.sameSource(entry.source, source) else {
                    // The translator did not touch it (the lead edited the Chinese meanwhile): nothing to take, and
                    // no reason to refuse the rest of the file.
                    if Self.leftAsExported(entry, current: unit.text.text(language)) {
                        summaries[index].sourceChanged += 1
                        continue
                    }
                    diagnostics.append(
                        Diagnostic(
                            .error, "xliff-conflict",
                            "unit '\(entry.id)': the source changed since the export (exported \"\(entry.source)\", "
                                + "now \"\(source)\")" + Self.unnamedCodesHint(entry.source)
                                + ", and the target was translated from the old one; export again "
                                + "and translate the current source",
                            at: entry.location))
                    continue
                }
                guard let typed = entry.target, !typed.isEmpty else {
                    summaries[index].empty += 1
                    continue
                }
                guard entry.untranslatedSegments.isEmpty else {
                    // A tool's half-done unit: its first segments alone would replace the whole rendering.
                    summaries[index].partial += 1
                    continue
                }
                let current = unit.text.rendering(language)
                let now = unit.text.text(language) ?? ""
                guard !Self.copiesSource(typed, source: source, now: now, language: language) else {
                    summaries[index].copiedSource += 1
                    continue
                }
                let expected = PlaceholderText(source)
                // A target that is the rendering as it stands is taken as it is: what export wrote, import accepts
                // (the content's own checks look at its placeholders).
                let target = typed == now ? typed : Self.placeholdersTyped(in: typed, named: expected.names)
                if target != now,
                    let problem = Self.strayCodesProblem(in: target, codes: entry.targetCodes, source: expected)
                        ?? Self.placeholderProblem(
                            in: target, source: expected, literals: Self.literalBraces(in: source),
                            of: book.placeholders)
                {
                    diagnostics.append(
                        Diagnostic(
                            .error, "xliff-placeholders", "unit '\(entry.id)': \(problem)",
                            at: entry.targetLocation ?? entry.location))
                    continue
                }
                // Edited in the content since the export: a target the translator left as exported keeps the
                // edit; one they changed too is a conflict.
                if let exported = entry.exportedTargetHash, exported != SourceHash.of(now), now != target {
                    if SourceHash.of(target) == exported {
                        summaries[index].keptEdits += 1
                        continue
                    }
                    diagnostics.append(
                        Diagnostic(
                            .error, "xliff-conflict",
                            "unit '\(entry.id)': the \(language) rendering was edited in the content since the export "
                                + "(now \"\(now)\"); importing \"\(target)\" would undo that edit. Export again and "
                                + "translate from the current rendering, or put it into this file's target",
                            at: entry.targetLocation ?? entry.location))
                    continue
                }
                let textChanges = current?.text != target
                // New words over an existing rendering, marked untranslated (1.2 `needs-translation`, 2.0 `initial`:
                // a tool's fuzzy or machine-drafted words; the export wrote another state there): not taken, and not
                // with `--mark-reviewed` either, which marks what is imported and imports no draft.
                if textChanges, current != nil, read.version.isUntranslated(entry.state) {
                    summaries[index].unfinished += 1
                    continue
                }
                let state = unit.state(of: language, source: book.sourceLanguage)
                // New words are approved by a state of review only, and not by one exported with a reviewed rendering
                // (a tool keeps it when the text is edited); 1.2's approved="yes" approves the words as they were:
                // translate-toolkit writes it on every unit it does not hold fuzzy, a translated one included.
                // A reviewed rendering's new words are approved by a state of review other than the one it was
                // exported with (`signed-off`, 2.0's `reviewed`): a reviewer set it. 1.2's approved="no" approves
                // nothing, whatever the state.
                let reviewed =
                    marksReviewed
                    || (unit.hasReviewState && !entry.unapproved
                        && (textChanges
                            ? read.version.isReviewed(entry.state)
                                && (state != .reviewed || entry.state != read.version.state(for: .reviewed))
                            : entry.approved || read.version.isReviewed(entry.state)))
                // The words kept but the state lowered below review (translate-toolkit's `markfuzzy`, a reviewer's
                // "needs work"), or the approval withdrawn (1.2 approved="no", translate-toolkit's
                // `markapproved(False)`, whatever the state): the rendering is no longer reviewed.
                let withdrawn = read.version.sendsBack(entry.state) || entry.unapproved
                if !textChanges, !marksReviewed, state == .reviewed, withdrawn {
                    summaries[index].sentBack += 1
                    changes.append(
                        Change(
                            unit: unit, language: language, text: nil, markReviewed: false,
                            place: entry.targetLocation ?? entry.location))
                    continue
                }
                if !textChanges && (!reviewed || state == .reviewed) {
                    summaries[index].unchanged += 1
                    continue
                }
                summaries[index].changed += textChanges ? 1 : 0
                summaries[index].markedReviewed += reviewed ? 1 : 0
                changes.append(
                    Change(
                        unit: unit, language: language, text: textChanges ? target : nil, markReviewed: reviewed,
                        place: entry.targetLocation ?? entry.location))
            }
        }
        self.changes = changes
        self.diagnostics = diagnostics.sorted(by: Diagnostic.reportOrder)
        self.summaries = summaries
    }

    /// What is wrong when most of a file's targets (five or more) are written in another script than `language`'s
    /// (a Korean file labelled `en`); `nil` when they are not, or the language's script is not known.
    private static func scriptMismatch(_ targets: [String], language: String) -> String? {
        guard let expected = LanguageScript.of(language: language) else { return nil }
        let scripts = targets.compactMap(LanguageScript.mostly)
        guard scripts.count >= 5 else { return nil }
        let other = Dictionary(grouping: scripts.filter { $0 != expected }, by: { $0 }).max {
            $0.value.count < $1.value.count
        }
        guard let other, other.value.count * 2 > scripts.count else { return nil }
        return "\(other.value.count) of its \(scripts.count) targets are written in \(LanguageScript.name(other.key))"
    }

    /// The book's target language a file names: by its code or tag, else by the tag's language alone when one
    /// target language has it (`ko-KR`, which some CAT tools write, is the book's `ko`). A locale written with an
    /// underscore (`en_US`, `zh_Hans`: Java's and POSIX's form, which some tools write) is read as the tag.
    private static func language(_ named: String, in book: Book) -> String? {
        let wanted = named.lowercased().replacingOccurrences(of: "_", with: "-")
        let languages = book.targetLanguages
        if let exact = languages.first(where: { $0.tag.lowercased() == wanted || $0.code.lowercased() == wanted }) {
            return exact.code
        }
        func primary(_ tag: String) -> Substring { tag.lowercased().split(separator: "-").first ?? "" }
        let same = languages.filter { primary($0.tag) == primary(wanted) || $0.code.lowercased() == primary(wanted) }
        return same.count == 1 ? same[0].code : nil
    }

    /// One line per change for `--dry-run`.
    public var lines: [String] {
        changes.map { change in
            let place = change.unit.text.rendering(change.language)?.location ?? change.unit.text.location
            var parts: [String] = []
            if let text = change.text { parts.append("text → \"\(text)\"") }
            if change.markReviewed { parts.append("reviewed") }
            if change.text == nil && !change.markReviewed { parts.append("sent back to review (source-hash removed)") }
            return ("\(place): \(change.language) \(change.unit.subject): " + parts.joined(separator: ", "))
                .escapingControlCharacters
        }
    }

    /// The summary lines: `ko: 3 changed, 2 marked reviewed, 810 unchanged, 0 without target`, and how many
    /// renderings edited in the content since the export were kept, when any were.
    public func summaryLines(dryRun: Bool) -> [String] {
        summaries.map {
            "\($0.language): \($0.changed) \(dryRun ? "would change" : "changed"), \($0.markedReviewed) marked "
                + "reviewed, \($0.unchanged) unchanged, \($0.empty) without target"
                + ($0.sentBack > 0 ? ", \($0.sentBack) sent back to review (no longer reviewed)" : "")
                + ($0.keptEdits > 0 ? ", \($0.keptEdits) edited in the content since the export (kept)" : "")
                + ($0.sourceChanged > 0
                    ? ", \($0.sourceChanged) left out: untouched, and their source changed since the export "
                        + "(export them again)" : "")
                + ($0.removed > 0
                    ? ", \($0.removed) left out: untouched, and their text is no longer in the book (removed or "
                        + "renamed since the export)" : "")
                + ($0.unfinished > 0
                    ? ", \($0.unfinished) left out: new words marked untranslated in the file (a tool's fuzzy or draft "
                        + "words; finish them and import again)" : "")
                + ($0.partial > 0
                    ? ", \($0.partial) left out: partly translated (a segment without a target; finish them and "
                        + "import again)" : "")
                + ($0.copiedSource > 0
                    ? ", \($0.copiedSource) left out: the target is the source text, copied by a tool (translate "
                        + "them and import again)" : "")
        }
    }

    /// What to say when the run changes no rendering (the same file imported again, an export sent back as it
    /// was): that nothing is written, and why; `nil` when something changes.
    public func nothingToImport(dryRun: Bool) -> String? {
        guard changes.isEmpty else { return nil }
        let leftOut = summaries.contains {
            $0.keptEdits + $0.sourceChanged + $0.removed + $0.unfinished + $0.partial + $0.copiedSource > 0
        }
        return "phrasebook: nothing to import: "
            + (leftOut
                ? "every target is what the content says, or is left out (above)"
                : "every target is what the content says (imported already?)")
            + (dryRun ? "" : "; no file was written")
    }

    /// Whether a unit's source as the file has it, `read`, is the book's `source`: the same text, white space aside.
    /// A tool that wraps a long source across lines puts a line break where Chinese has none, which folds to a
    /// space where it meets a placeholder, a digit or a quotation mark (`您好，{surname}` read as `您好， {surname}`):
    /// that is not the source changed since the export.
    static func sameSource(_ read: String, _ source: String) -> Bool {
        func unspaced(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.filter { !WhiteSpace.isFoldable($0) } }
        return read == source || unspaced(read) == unspaced(source)
    }

    /// Whether `target` is the source text itself where it differs from the rendering (`now`): what a CAT tool's
    /// "copy source to target" leaves in a unit nobody translated. Only a source with Chinese characters, for a
    /// language not written in them, is told apart so (a number or a name alone reads the same in every language).
    private static func copiesSource(_ target: String, source: String, now: String, language: String) -> Bool {
        target == source && target != now && LanguageScript.of(language: language) != .han
            && LanguageScript.hasLetter(of: .han, in: source)
    }

    /// Whether the unit's target is as exported: empty, the content's rendering, or the text whose hash the export
    /// wrote beside it.
    private static func leftAsExported(_ entry: XLIFFReader.Unit, current: String?) -> Bool {
        guard let target = entry.target, !target.isEmpty else { return true }
        if target == current { return true }
        return entry.exportedTargetHash.map { $0 == SourceHash.of(target) } ?? false
    }

    /// The import made in memory: the content files edited, nothing written yet, and the changes the content
    /// cannot take.
    public struct Plan {
        /// The edited files.
        let edits: ContentEdits
        /// The changes the content cannot take, each an `xliff-uneditable` error at the unit's target: a rendering
        /// that holds a comment or an element besides its text, which writing the new text would drop. When there
        /// is one, nothing may be written.
        public let refused: [Diagnostic]

        /// Writes the edited files, all or none; refuses when a change could not be made.
        public func write() throws(PhrasebookError) {
            if let first = refused.first {
                throw .contentEditFailed(path: first.location.file, reason: first.message + "; nothing was imported")
            }
            try edits.write()
        }
    }

    /// Writes the changes: a changed text replaces the rendering's text (a missing rendering is added after its
    /// neighbour) and drops a `source-hash` it no longer deserves; a reviewed one gets the current hash. Refuses
    /// when there are diagnostics or a change cannot be made.
    public func apply(contentFolder: String) throws(PhrasebookError) {
        try plan(contentFolder: contentFolder).write()
    }

    /// The changes made in memory: every changed file read and edited, nothing written, each change the content
    /// cannot take an `xliff-uneditable` error (``Plan/refused``). Refuses when there are diagnostics.
    public func plan(contentFolder: String) throws(PhrasebookError) -> Plan {
        guard diagnostics.isEmpty else {
            throw .invalidOption("the XLIFF files have \(diagnostics.count) problems; nothing was imported")
        }
        var edits = ContentEdits(of: book)
        var refused: [Diagnostic] = []
        var history = book.reviewHistory
        // In the book's order of languages: renderings added after the same neighbour (a Korean and an English
        // one after the Chinese) are then written in that order, whatever the order of the files.
        let inOrder = changes.enumerated().sorted {
            (rank(of: $0.element.language), $0.offset) < (rank(of: $1.element.language), $1.offset)
        }.map(\.element)
        for change in inOrder {
            do {
                try edit(change, in: &edits)
            } catch .contentEditFailed(let path, let reason) {
                refused.append(
                    Diagnostic(
                        .error, "xliff-uneditable",
                        "unit '\(change.unit.id)' (\(change.language)): \(path): \(reason), or take the comment or element "
                            + "out and import again",
                        at: change.place))
            } catch {
                refused.append(
                    Diagnostic(.error, "xliff-uneditable", "unit '\(change.unit.id)': \(error)", at: change.place))
            }
            if change.markReviewed { history.record(change.unit.text.text(book.sourceLanguage) ?? "") }
        }
        if changes.contains(where: \.markReviewed) { history.write(into: contentFolder, with: &edits) }
        return Plan(edits: edits, refused: refused.sorted(by: Diagnostic.reportOrder))
    }

    /// Where `language` stands in the book's order of languages; after them all when the book has no such language.
    private func rank(of language: String) -> Int {
        book.languages.firstIndex { $0.code == language } ?? book.languages.count
    }

    /// One change written into `edits`: the new text, the `source-hash` set or dropped, or a missing rendering
    /// added after its neighbour.
    private func edit(_ change: Change, in edits: inout ContentEdits) throws(PhrasebookError) {
        let source = change.unit.text.text(book.sourceLanguage) ?? ""
        let hash = SourceHash.of(source)
        if let rendering = change.unit.text.rendering(change.language) {
            if let text = change.text {
                try edits.setText(text, on: rendering.location, named: change.language)
            }
            if change.markReviewed {
                try edits.setAttribute("source-hash", to: hash, on: rendering.location, named: change.language)
            } else if change.unit.hasReviewState, rendering.sourceHash != nil {
                try edits.removeAttribute("source-hash", on: rendering.location, named: change.language)
            }
        } else if let text = change.text {
            let position = rank(of: change.language)
            let renderings = change.unit.text.renderings
            guard let before = renderings.last(where: { rank(of: $0.language) < position }) ?? renderings.last
            else { return }
            try edits.insert(
                change.language, text: text, attributes: change.markReviewed ? [("source-hash", hash)] : [],
                after: before.location, named: before.language)
        }
    }
}
