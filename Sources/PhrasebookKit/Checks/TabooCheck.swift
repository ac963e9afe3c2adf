/// No recommended wording contains a service taboo: the source text of every phrase and every agent turn with
/// its own words is searched for each taboo's `match` fragments (or the taboo's own source text when it has
/// none). "Don't say" examples, customer lines and the taboos themselves are exempt: they quote taboos on purpose.
struct TabooCheck: Check {
    let rules = [
        CheckRule("taboo-used", .error, "a recommended phrase or agent line contains a service taboo's wording")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let taboos: [(id: String, fragments: [String])] = context.book.taboos.compactMap { taboo in
            let matches = taboo.matches.map(\.value).filter { !$0.isEmpty }
            let own = taboo.text.text(context.source).map { [$0] } ?? []
            let fragments = (matches.isEmpty ? own : matches).filter { !$0.isEmpty }
            return fragments.isEmpty ? nil : (taboo.id, fragments)
        }
        guard !taboos.isEmpty else { return }
        for site in context.sites where site.isStaffSpeech {
            guard let source = site.text.rendering(context.source), !source.text.isEmpty else { continue }
            for taboo in taboos {
                // Fragments of one taboo that overlap (`我就这态度` and `就这态度`) are one problem: one report.
                let found = taboo.fragments.filter { source.text.containsLiteral($0) }
                guard !found.isEmpty else { continue }
                let quoted = found.map { "\"\($0)\"" }.joined(separator: ", ")
                report.add(
                    "taboo-used",
                    "\(site.subject) contains \(quoted) from taboo '\(taboo.id)'; reword it (see the taboo's "
                        + "'instead' phrases), or add check-ignore=\"taboo-used\" if it is quoted on purpose",
                    at: source.location, silencedBy: site.silenced(for: source))
            }
        }
    }
}
