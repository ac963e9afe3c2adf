/// What an earlier check of the same content folder found, with the digest of every content file it read: the
/// text checks' findings in a situation file whose bytes did not change need not be looked for again
/// (``Check/looksAtOneTextAtATime``), nor the card sheets' notes (`Pipeline.withRenderingNotes`, when the earlier
/// build had the same options). Taken from the previous build's state (`Pipeline.earlierCheck`) or from the last
/// check of a process that checks again and again (``LoadMemory``).
struct EarlierCheck: Sendable {
    /// The SHA-256 of each content file the earlier check read, by path as loaded.
    var digests: [String: String]
    /// Everything it reported (more is harmless: only the text checks' codes are taken).
    var diagnostics: [Diagnostic]
    /// The options of the build that recorded it, whose notes of rendering `diagnostics` holds; `nil` for a check
    /// alone.
    var renderedWith: RenderOptions? = nil

    /// This check, when its build had `options` (its notes of rendering are then the ones `options` give).
    func rendered(with options: RenderOptions) -> EarlierCheck? {
        renderedWith == options ? self : nil
    }

    /// The situation files of `book` (loaded from `folder`) whose text checks' findings are the earlier ones:
    /// every situation file with the same bytes as then, when the files the text checks read besides the texts
    /// (`phrasebook.xml`, the taboos, the review history) are as they were, there or not; else `nil`.
    func unchangedSituationFiles(of book: Book, in folder: String) -> Set<String>? {
        guard ContentLoader.bookFiles(in: folder).allSatisfy({ digests[$0] == book.fileDigests[$0] }) else {
            return nil
        }
        return Set(book.situations.map(\.file).filter { digests[$0] != nil && digests[$0] == book.fileDigests[$0] })
    }
}
