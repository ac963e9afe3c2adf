import Foundation

/// `phrasebook check`: what a build would report, found without writing anything, and without rendering what the
/// previous build in the output folder already rendered from the same inputs.
extension Pipeline {
    /// Everything a default `build` would report, without writing anything: the content's diagnostics, the
    /// templates read and parsed, and — when the content has no errors — the pages rendered in memory and dropped
    /// (a template naming a value its page does not have throws, as in a build) and the notes of the HTML card
    /// sheets.
    ///
    /// The previous build into the output folder spares work, as it spares a build's: when nothing it read has
    /// changed, its diagnostics are the answer; otherwise a format whose inputs did not change, and a page it made
    /// from the same inputs (``PageInputs``), rendered then and is not rendered again, the handbooks read the
    /// bodies of unchanged situations back from its pages, and the text checks take its findings in the situation
    /// files that did not change (``EarlierCheck``). Its state is only read: diagnostics and whether a page
    /// renders depend on the inputs alone, so no lock is needed and none is taken.
    public func checkAsBuild(_ options: RenderOptions = RenderOptions()) throws(PhrasebookError) -> [Diagnostic] {
        try checkAsBuildCounting(options).diagnostics
    }

    /// `checkAsBuild`, and how many files it rendered.
    func checkAsBuildCounting(_ options: RenderOptions) throws(PhrasebookError) -> (
        diagnostics: [Diagnostic], rendered: Int
    ) {
        try Publisher(folder: outputFolder).recover()
        let inputs =
            options.role == nil
            ? try? BuildInputs.scan(content: contentFolder, templates: templatesFolder, formats: options.formats) : nil
        let previous = inputs.flatMap { _ in BuildState.read(folder: outputFolder) }.flatMap {
            matches($0, options) ? $0 : nil
        }
        if let inputs, let previous, inputs.unchanged(since: previous) { return (previous.diagnostics, 0) }
        let earlier = earlierCheck()
        let (book, diagnostics) = try loadAndCheck(memory: nil, earlier: earlier)
        let renderers = try makeRenderers(options)
        guard let book, !diagnostics.fail(strict: false) else { return (diagnostics, 0) }
        try options.validate(against: book)
        let kept = inputs.map { reusable(options, inputs: $0, previous: previous) } ?? []
        let rendered = zip(options.formats, renderers).filter { !kept.contains($0.0) }.map(\.1)
        let sink = DiscardedFiles(renderedBefore: previous)
        let notesBefore = earlier?.rendered(with: options)
        let reported = try withRenderingNotes(
            diagnostics, of: book, options, renderers: renderers, earlier: notesBefore
        ) {
            () throws(PhrasebookError) in
            try render(
                book, options, with: rendered, into: sink,
                pages: PreviousPages(folder: outputFolder, previous: previous))
        }
        return (reported, sink.count)
    }

    /// `diagnostics` with the notes rendering adds (cards continued on more cards, when the HTML is built; a
    /// format of `renderers` whose templates are not compiled), in the order they are reported; the notes are worked out on another thread while `render` runs (they need
    /// the book only). Given the `earlier` build's findings with the same options (``EarlierCheck/rendered(with:)``), a situation file that did not
    /// change keeps its earlier notes, and only the changed ones are laid out (``EarlierCheck``).
    func withRenderingNotes(
        _ diagnostics: [Diagnostic], of book: Book, _ options: RenderOptions, renderers: [any Renderer],
        earlier: EarlierCheck? = nil, during render: () throws(PhrasebookError) -> Void
    ) throws(PhrasebookError) -> [Diagnostic] {
        let cards =
            options.formats.contains(.html)
            ? BackgroundWork { () -> [Diagnostic] in
                guard let earlier, let unchanged = earlier.unchangedSituationFiles(of: book, in: contentFolder) else {
                    return CardSheet.notes(book: book, options: options)
                }
                var changed = book
                changed.situations = book.situations.filter { !unchanged.contains($0.file) }
                return CardSheet.notes(book: changed, options: options)
                    + earlier.diagnostics.filter {
                        $0.code == CardSheet.overflowCode && unchanged.contains($0.location.file)
                    }
            } : nil
        try render()
        let templates = renderers.compactMap(\.templates.notCompiled)
        return (diagnostics + templates + (cards?.wait() ?? [])).sorted(by: Diagnostic.reportOrder)
    }
}
