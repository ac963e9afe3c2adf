/// A text has one rendering per language: a second `<en>` (or `<zh>`) of the same phrase, title or note is in no
/// output (every output, export and check reads the first), so it is an error, not a silent loss. The glossary,
/// whose terms list several forms per language on purpose, is not a text of this kind.
struct DuplicateRenderingCheck: Check {
    let rules = [
        CheckRule("duplicate-rendering", .error, "a text has two renderings in one language; only the first is used")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.everyText where site.text.renderings.count > 1 {
            for (rendering, earlier) in site.text.renderings.repeatedLanguages {
                report.add(
                    "duplicate-rendering",
                    "\(site.subject) has a second <\(rendering.language)> rendering (the first is at line "
                        + "\(earlier.location.line)); only the first is used: keep one",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }
}

extension Array where Element == Rendering {
    /// Each rendering of a language met before it, with that first one. A text has a few renderings: each is
    /// compared with those before it, lazily, nothing allocated.
    var repeatedLanguages: some Sequence<(second: Rendering, first: Rendering)> {
        enumerated().lazy.compactMap { index, rendering in
            self[..<index].first { $0.language == rendering.language }.map { (rendering, $0) }
        }
    }
}
