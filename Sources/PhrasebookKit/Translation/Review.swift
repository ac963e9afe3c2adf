/// `phrasebook review`: marks the selected renderings reviewed by writing their `source-hash`, with
/// source-preserving edits, and records the source texts in `review-history.xml`.
public struct Review: Sendable {
    /// One rendering to mark.
    public struct Change: Sendable {
        /// The text.
        var unit: TextUnit
        /// The rendering's language.
        public var language: String
        /// Unreviewed or stale.
        public var state: RenderingState
        /// Where the rendering is written.
        var location: SourceLocation
        /// The hash to write.
        public var hash: String
        /// The source then and now (for a stale rendering).
        var source: SourceChange

        /// One line for `--dry-run`: `file:line:col: ko 'phrase-id': unreviewed → source-hash="…"`, and for a
        /// stale rendering what changed in the source; control characters escaped, as in diagnostics.
        public var line: String {
            ("\(location): \(language) \(unit.subject) “\(unit.text.text(language) ?? "")”: \(state.rawValue) → "
                + "source-hash=\"\(hash)\"" + (state == .stale ? "; \(source.description)" : ""))
                .escapingControlCharacters
        }
    }

    /// Per-language counts for the summary.
    struct LanguageSummary: Sendable, Equatable {
        /// The language code.
        var language: String
        /// Renderings marked reviewed (or that would be, with `--dry-run`).
        var marked = 0
        /// Selected renderings left alone: missing, or in a state not asked for.
        var skipped = 0
        /// Selected renderings already reviewed against the current source.
        var alreadyReviewed = 0
    }

    /// The renderings to mark, in book order.
    public let changes: [Change]
    /// One summary per selected language, in the book's order.
    let summaries: [LanguageSummary]
    private let book: Book

    /// Plans the review of `selection` in `book`; writes nothing.
    public init(book: Book, selection: ReviewSelection) throws(PhrasebookError) {
        self.book = book
        let languages = try selection.languages(in: book)
        let units = try selection.units(of: book)
        var changes: [Change] = []
        var summaries = languages.map { LanguageSummary(language: $0) }
        for unit in units {
            guard let source = unit.text.text(book.sourceLanguage), !source.isEmpty else { continue }
            for (index, language) in languages.enumerated() {
                guard let state = unit.text.state(of: language, source: book.sourceLanguage) else { continue }
                if state == .reviewed {
                    summaries[index].alreadyReviewed += 1
                } else if state != .missing, selection.states.contains(state),
                    let rendering = unit.text.rendering(language)
                {
                    summaries[index].marked += 1
                    let was = rendering.sourceHash.flatMap(book.reviewHistory.source(reviewedAs:))
                    changes.append(
                        Change(
                            unit: unit, language: language, state: state, location: rendering.location,
                            hash: SourceHash.of(source), source: SourceChange(was: was, now: source)))
                } else {
                    summaries[index].skipped += 1
                }
            }
        }
        self.changes = changes
        self.summaries = summaries
    }

    /// Writes every change into the content folder: each file edited in place (only the `source-hash`
    /// attributes change), and `review-history.xml`, all replaced as one (``ContentEdits/write()``): every file is
    /// read and edited before any is written, and a refusal or failure leaves the content as it was.
    public func apply(contentFolder: String) throws(PhrasebookError) {
        var edits = ContentEdits(of: book)
        var history = book.reviewHistory
        for change in changes {
            try edits.setAttribute(
                "source-hash", to: change.hash, on: change.location, named: change.language)
            history.record(change.source.now)
        }
        if !changes.isEmpty { history.write(into: contentFolder, with: &edits) }
        try edits.write()
    }

    /// Of `diagnostics` (the book's, as checked before the review), what the checks say of the renderings it marks,
    /// but not that they are unreviewed or stale: that is what the review changes.
    public func openProblems(in diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.about(changes.compactMap { $0.unit.text.rendering($0.language) }).filter {
            $0.code != "unreviewed-rendering" && $0.code != "stale-rendering"
        }
    }

    /// The summary lines: `ko: 812 marked reviewed, 0 skipped, 0 already reviewed`.
    public func summaryLines(dryRun: Bool) -> [String] {
        summaries.map {
            "\($0.language): \($0.marked) \(dryRun ? "would be marked" : "marked") reviewed, \($0.skipped) skipped, "
                + "\($0.alreadyReviewed) already reviewed"
        }
    }
}
