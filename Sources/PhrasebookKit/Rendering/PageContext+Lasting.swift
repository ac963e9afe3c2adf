extension PageContext {
    /// The key under which a situation's body on `page` is kept from one build to the next (``RenderMemory``):
    /// the digest of the situation's file, the phrases this page shows of it and, for every phrase its
    /// dialogues quote, the situation and file that hold it and whether the page shows it (which decides where
    /// its link points). `nil` when a file's digest is unknown (a book made in memory): then nothing is kept.
    func lastingBodyKey(_ view: SituationView, page: Page) -> String? {
        guard let own = book.fileDigests[view.situation.location.file] else { return nil }
        var parts = ["body", "\(page)", view.situation.id, own, view.phrases.map(\.id).joined(separator: " ")]
        for turn in view.situation.dialogues.flatMap(\.allTurns) {
            guard case .phrase(let reference) = turn.content else { continue }
            let owner = phraseIndex[reference.value]
            let digest = owner.flatMap { book.fileDigests[$0.phrase.location.file] } ?? "-"
            parts.append(
                "\(reference.value) \(owner?.situation ?? "-") \(digest) \(visiblePhrases.contains(reference.value))")
        }
        return parts.joined(separator: "\n")
    }

    /// The key under which a phrase's fragment is kept from one build to the next: `key` (the page's root, the
    /// phrase's place and step number) and the digest of the phrase's file.
    func lastingPhraseKey(_ phrase: Phrase, key: String) -> String? {
        book.fileDigests[phrase.location.file].map { "phrase\n\(key)\n\($0)" }
    }
}
