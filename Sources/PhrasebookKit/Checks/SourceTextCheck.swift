/// Every text has its source-language rendering, and it is not empty.
struct SourceTextCheck: Check {
    let rules = [CheckRule("missing-source", .error, "a text has no source-language rendering, or an empty one")]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        // A source language the book does not declare is one error (`unknown-language`), not one per text.
        guard context.book.languages.contains(where: { $0.code == context.source }) else { return }
        for site in context.sites {
            if let source = site.text.rendering(context.source) {
                if source.text.isEmpty {
                    report.add(
                        "missing-source", "the \(context.source) text of \(site.subject) is empty",
                        at: source.location, silencedBy: site.silenced(for: source))
                }
            } else {
                report.add(
                    "missing-source",
                    "\(site.subject) has no <\(context.source)> text; the source language is required",
                    at: site.text.location, silencedBy: site.silencedBy)
            }
        }
    }
}
