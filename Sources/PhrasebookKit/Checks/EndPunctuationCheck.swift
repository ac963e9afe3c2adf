/// A rendering ends the way its source does: question, statement or exclamation, whatever the width (`？` and
/// `?`, `。` and `.`, `！` and `!` are the same marks). Closing quotes, brackets, `↑` and emoji after the mark
/// are ignored. A source without end punctuation (a title, a label) is not checked, nor is a text where either
/// side trails off with an ellipsis (`……`, `…`, `...`): an unfinished sentence is rendered freely. An element of
/// an undeclared language (`<eng>`) is not a rendering: `unknown-language` reports it, and nothing else does.
struct EndPunctuationCheck: Check {
    let rules = [
        CheckRule("end-punctuation", .warning, "a rendering ends with a different sentence mark than its source")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let declared = Set(context.book.languages.map(\.code))
        for site in context.sites {
            guard let source = site.text.text(context.source), let expected = Punctuation.endMark(of: source),
                expected != .ellipsis
            else { continue }
            for rendering in site.text.renderings
            where rendering.language != context.source && declared.contains(rendering.language)
                && !rendering.text.isEmpty
            {
                let actual = Punctuation.endMark(of: rendering.text)
                guard actual != expected, actual != .ellipsis else { continue }
                let what = actual.map { "ends with \($0.name)" } ?? "has no end punctuation"
                report.add(
                    "end-punctuation",
                    "the \(rendering.language) rendering of \(site.subject) \(what), but the source ends with "
                        + "\(expected.name); make them match, or add check-ignore=\"end-punctuation\"",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }
}
