/// The same words are handled the same way: two phrases with the same source text are likely duplicates
/// (reported at the second), and a source text rendered one way in one place and another way elsewhere is
/// inconsistent (reported per language, at the rendering that differs from the first one met in book order).
/// Every text takes part in the consistency check, not only phrases: a dialogue line that repeats a phrase's
/// words must be translated like the phrase.
struct ConsistencyCheck: Check {
    let rules = [
        CheckRule("duplicate-source", .warning, "two phrases have the same source text"),
        CheckRule("inconsistent-rendering", .warning, "the same source text is rendered differently in two places"),
    ]

    /// What was met first for one source text: the first phrase with it, and each language's first rendering.
    private struct FirstMet {
        var phrase: (subject: TextSite.Subject, location: SourceLocation)?
        var renderings: [String: (text: String, subject: TextSite.Subject, location: SourceLocation)] = [:]
    }

    /// It hashes every text's source, the whole book's on every run (a fifth of an edit's check stage at 10,000
    /// phrases, where the text checks look at the changed file only).
    var runsLong: Bool { true }

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        // A source text is looked up once per text (hashing a long text is the cost here): its slot in `firsts`.
        // Room for every text from the start: a table that grows hashes every text in it again.
        var slots: [String: Int] = [:]
        slots.reserveCapacity(context.sites.count)
        var firsts: [FirstMet] = []
        firsts.reserveCapacity(context.sites.count)
        for site in context.sites {
            guard let source = site.text.rendering(context.source), !source.text.isEmpty else { continue }
            let slot: Int
            if let known = slots[source.text] {
                slot = known
            } else {
                slot = firsts.count
                slots[source.text] = slot
                firsts.append(FirstMet())
            }
            if site.kind == .phrase {
                if let first = firsts[slot].phrase {
                    report.add(
                        "duplicate-source",
                        "\(site.subject) has the same source text as \(first.subject) (\(first.location)); merge "
                            + "them or make them differ, or add check-ignore=\"duplicate-source\"",
                        at: source.location, silencedBy: site.silenced(for: source))
                } else {
                    firsts[slot].phrase = (site.about, source.location)
                }
            }
            let renderings = site.text.renderings
            for (index, rendering) in renderings.enumerated()
            where rendering.language != context.source && !rendering.text.isEmpty {
                // A second rendering in one language is a duplicate-rendering error, not a wording to compare: the
                // first is the text's (Checks.md).
                guard !renderings[..<index].contains(where: { $0.language == rendering.language }) else { continue }
                guard let first = firsts[slot].renderings[rendering.language] else {
                    firsts[slot].renderings[rendering.language] = (rendering.text, site.about, rendering.location)
                    continue
                }
                guard first.text != rendering.text else { continue }
                report.add(
                    "inconsistent-rendering",
                    "the \(rendering.language) rendering of \(site.subject) differs from that of \(first.subject) "
                        + "(\(first.location)), which has the same source text: “\(rendering.text)” vs "
                        + "“\(first.text)”; use one wording, or add check-ignore=\"inconsistent-rendering\"",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }
}
