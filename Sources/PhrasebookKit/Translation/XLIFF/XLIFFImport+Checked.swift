extension XLIFFImport {
    /// Of `diagnostics`, those of `book` (the content as this import left it) that are about a rendering the import
    /// wrote (``Swift/Array/about(_:)``): for the translator to see at once what the checks say of their words (speech level, punctuation,
    /// numbers), where `phrasebook check` would list them among everything else.
    public func diagnostics(ofImportedIn book: Book, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let written = Set(changes.filter { $0.text != nil }.map { $0.unit.id + "\u{1}" + $0.language })
        guard !written.isEmpty else { return [] }
        let renderings = book.textUnits(keywords: true).flatMap { unit in
            unit.text.renderings.filter { written.contains(unit.id + "\u{1}" + $0.language) }
        }
        return diagnostics.about(renderings)
    }

    /// The content as `plan` would leave it when written, checked without writing anything (`--dry-run`): the
    /// files `plan` edited in memory are loaded and checked from those bytes, so the findings, and the places
    /// they name, are those a check after the import would give. The book is `nil` when `phrasebook.xml` cannot be
    /// read.
    public func check(_ plan: Plan, contentFolder: String) throws(PhrasebookError) -> (
        book: Book?, diagnostics: [Diagnostic]
    ) {
        var loader = ContentLoader(folder: contentFolder)
        loader.replaced = plan.edits.editedFiles
        let loaded = try loader.load()
        return (loaded.book, Checker().check(loaded))
    }
}
