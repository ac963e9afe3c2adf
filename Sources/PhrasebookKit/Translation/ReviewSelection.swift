import Foundation

/// Which renderings `phrasebook review` (and `export`) look at: languages, situations, ids and files narrow
/// the book (empty means no narrowing), `states` picks renderings by where they stand.
public struct ReviewSelection: Sendable {
    /// Target language codes; empty means every target language.
    public var languages: [String] = []
    /// Situation ids.
    public var situations: [String] = []
    /// Ids of phrases or any element with an id (situation, dialogue, taboo, role, chapter, …). Each kind of element
    /// has ids of its own: an id selects the phrase, dialogue or situation that has it, else the first of the
    /// taboo, chapter, role, channel, category and placeholder that has it (a category `greeting` is left alone
    /// when a phrase is called `greeting` too).
    public var ids: [String] = []
    /// Content file paths.
    public var files: [String] = []
    /// The states to act on.
    public var states: Set<RenderingState> = [.unreviewed, .stale]

    /// A selection of everything in the default states.
    public init() {}

    /// The target languages selected, refusing codes the book does not declare as targets.
    func languages(in book: Book) throws(PhrasebookError) -> [String] {
        let targets = book.targetLanguages.map(\.code)
        for code in languages where !targets.contains(code) {
            throw .invalidOption(
                "--language \(code): not a target language of the book; it declares \(targets.joined(separator: ", "))")
        }
        return languages.isEmpty ? targets : targets.filter(languages.contains)
    }

    /// The units of `book` the situation, id and file filters select, with each situation's search keywords when
    /// `keywords` (``Book/textUnits(keywords:)``); each filter that selects nothing is refused.
    func units(of book: Book, keywords: Bool = false) throws(PhrasebookError) -> [TextUnit] {
        let all = book.textUnits(keywords: keywords)
        for situation in situations where book.situation(situation) == nil {
            throw .invalidOption(
                "--situation \(situation): no such situation"
                    + Suggestion.didYouMean(situation, among: book.situations.map(\.id)))
        }
        for id in ids where !all.contains(where: { $0.owners.contains(id) }) {
            throw .invalidOption(
                "--id \(id): no phrase or other element has this id"
                    + Suggestion.didYouMean(id, among: Set(all.flatMap(\.owners)).sorted()))
        }
        // The kind of element each id selects: the first kind, in the order of `OwnerKind`, with an element of that id.
        var kinds: [String: TextUnit.OwnerKind] = [:]
        for unit in all {
            for owner in unit.owners where ids.contains(owner) {
                kinds[owner] = min(kinds[owner] ?? unit.ownerKind, unit.ownerKind)
            }
        }
        let paths = Set(files.map(Self.canonical))
        for file in files where !all.contains(where: { Self.canonical($0.file) == Self.canonical(file) }) {
            throw .invalidOption("--file \(file): not a content file of the book")
        }
        return all.filter { unit in
            (situations.isEmpty || unit.situation.map { situations.contains($0.id) } == true)
                && (ids.isEmpty || unit.owners.contains { kinds[$0] == unit.ownerKind })
                && (paths.isEmpty || paths.contains(Self.canonical(unit.file)))
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
