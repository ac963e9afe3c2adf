extension PageContext {
    /// The key under which a situation's body on `page` is kept from one build to the next (``RenderMemory``):
    /// its inputs as this page's view shows it (``BookView/inputs(of:page:phrases:)``); `nil` when a
    /// file's digest is unknown (a book made in memory): then nothing is kept.
    func lastingBodyKey(_ view: SituationView, page: Page) -> String? {
        self.view.inputs(of: view, page: "\(page)", phrases: phraseIndex)
    }

    /// The key under which a phrase's fragment is kept from one build to the next: `key` (the page's root, the
    /// phrase's place and, for a step, its number or `#` for every number) and the digest of the phrase's file.
    func lastingPhraseKey(_ phrase: Phrase, key: String) -> String? {
        book.fileDigests[phrase.location.file].map { "phrase\n\(key)\n\($0)" }
    }
}
