import ArgumentParser
import PhrasebookKit

/// `phrasebook review`: mark renderings reviewed by writing their `source-hash`.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mark renderings as reviewed against the current source text (writes their source-hash).",
        usage: "phrasebook review [--language <code>] [--situation <id> ...] [<options>]",
        discussion: """
            Selects renderings by language, situation, id and file, and by state:
            --unreviewed (no source-hash), --stale (the source changed since review); both
            when neither is given. Only the source-hash attributes change: every other
            byte of a content file stays as it was. Files are replaced atomically; a file
            changed on disk since it was read is refused and nothing is written. The
            source texts are recorded in review-history.xml, so a rendering that goes
            stale later shows what changed. What the checks say of the renderings
            marked (speech level, numbers) is printed after. See
            Documentation/TranslationWorkflow.md.

            Examples:
              phrasebook review --language ko
              phrasebook review --stale --dry-run
              phrasebook review --language en --situation silent-call
            """
    )

    @OptionGroup var source: ContentOptions

    @Option(name: .customLong("language"), help: ArgumentHelp("A target language; repeatable.", valueName: "code"))
    var languages: [String] = []

    @Option(name: .customLong("situation"), help: ArgumentHelp("A situation; repeatable.", valueName: "id"))
    var situations: [String] = []

    @Option(
        name: .customLong("id"),
        help: ArgumentHelp(
            "A phrase, dialogue or situation; else a taboo, chapter, role, … with this id; repeatable.",
            valueName: "id"))
    var ids: [String] = []

    @Option(name: .customLong("file"), help: ArgumentHelp("A content file; repeatable.", valueName: "path"))
    var files: [String] = []

    @Flag(help: "Renderings without source-hash.")
    var unreviewed = false

    @Flag(help: "Renderings whose source changed since review.")
    var stale = false

    @Flag(help: "List what would change; write nothing.")
    var dryRun = false

    func run() throws {
        let (book, found) = try source.checked(refused: "nothing was reviewed")
        var selection = ReviewSelection()
        selection.languages = languages
        selection.situations = situations
        selection.ids = ids
        selection.files = files
        if unreviewed || stale {
            selection.states = Set(
                [unreviewed ? RenderingState.unreviewed : nil, stale ? .stale : nil].compactMap { $0 })
        }
        let review = try PhrasebookKit.Review(book: book, selection: selection)
        if dryRun {
            for change in review.changes { source.say(change.line) }
        } else {
            try review.apply(contentFolder: source.content)
        }
        for line in review.summaryLines(dryRun: dryRun) { source.say(line) }
        reportOpenProblems(review.openProblems(in: found))
    }

    /// What the checks say of the words being approved (a Korean line not in polite speech, a number that differs
    /// from the source's): the review approves them as they are, and says so.
    private func reportOpenProblems(_ problems: [Diagnostic]) {
        source.report(
            problems, before: "\(dryRun ? "would mark" : "marked") reviewed with",
            after: "the checks found in those renderings (above): the review approves the words as they are")
    }
}
