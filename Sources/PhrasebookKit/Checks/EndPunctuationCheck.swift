/// A rendering ends the way its source does: question, statement or exclamation, whatever the width (`？` and
/// `?`, `。` and `.`, `！` and `!` are the same marks). Closing quotes, brackets, `↑` and emoji after the mark
/// are ignored. A source without end punctuation (a title, a label) is not checked, nor is a text where either
/// side trails off with an ellipsis (`……`, `…`, `...`): an unfinished sentence is rendered freely. An element of
/// an undeclared language (`<eng>`) is not a rendering: `unknown-language` reports it, and nothing else does.
/// A request stated with a full stop (`请您描述一下。`) may be rendered as the polite question Korean and English
/// make of it (`말씀해 주시겠습니까?`, `Could you describe it?`).
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
                guard actual != expected, actual != .ellipsis,
                    !(expected == .statement && actual == .question && Self.isRequest(source))
                else { continue }
                let what = actual.map { "ends with \($0.name)" } ?? "has no end punctuation"
                report.add(
                    "end-punctuation",
                    "the \(rendering.language) rendering of \(site.subject) \(what), but the source ends with "
                        + "\(expected.name); make them match, or add check-ignore=\"end-punctuation\"",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }

    /// Words that make a Chinese sentence a request (请, 麻烦, 能否…).
    private static let requestWords = ["请", "麻烦", "劳驾", "能否", "可否", "能不能", "可不可以"]

    /// Whether the last clause of `source` asks the listener to do something (请稍等，我们已经记下了。 does not).
    static func isRequest(_ source: String) -> Bool {
        let sentences = source.split(omittingEmptySubsequences: true) { "。！？!?；;，,、".contains($0) }
        guard let last = sentences.last else { return false }
        return requestWords.contains { last.contains($0) }
    }
}
