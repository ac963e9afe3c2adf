extension XLIFFImport {
    /// Of `diagnostics`, those of `book` (the content as this import left it) that are about a rendering the import
    /// wrote: for the translator to see at once what the checks say of their words (speech level, punctuation,
    /// numbers), where `phrasebook check` would list them among everything else.
    public func diagnostics(ofImportedIn book: Book, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let written = Set(changes.filter { $0.text != nil }.map { $0.unit.id + "\u{1}" + $0.language })
        guard !written.isEmpty else { return [] }
        var locations: Set<SourceLocation> = []
        for unit in book.textUnits {
            for rendering in unit.text.renderings where written.contains(unit.id + "\u{1}" + rendering.language) {
                locations.insert(rendering.location)
            }
        }
        return diagnostics.filter { locations.contains($0.location) }
    }
}
