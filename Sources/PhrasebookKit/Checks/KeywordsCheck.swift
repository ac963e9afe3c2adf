/// A language's search keywords are its own readers' words, not a copy and not a reviewed translation
/// (ContentFormat.md, "Search keywords"): one language's list identical to another's was pasted over and finds
/// nothing its readers type that the other's would not (Chinese keywords copied into `<ja>`, where the script
/// check cannot tell them apart), and a `source-hash` on a keyword says it was reviewed against a source that
/// keywords do not have: every tool leaves it alone, so it is a leftover, a copy of a text's rendering.
struct KeywordsCheck: Check {
    let rules = [
        CheckRule("copied-keywords", .warning, "a language's search keywords are another language's copied"),
        CheckRule("keywords-source-hash", .warning, "search keywords carry a source-hash, which means nothing there"),
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.keywords {
            for (index, rendering) in site.text.renderings.enumerated() {
                if let hash = rendering.sourceHash {
                    report.add(
                        "keywords-source-hash",
                        "the \(rendering.language) rendering of \(site.subject) has source-hash=\"\(hash)\": keywords "
                            + "are not translations and are never reviewed against a source; remove the attribute",
                        at: rendering.location, silencedBy: site.silenced(for: rendering))
                }
                let earlier = site.text.renderings[..<index].first {
                    $0.language != rendering.language && $0.text == rendering.text
                }
                guard let earlier, UnchangedRenderingCheck.hasLetters(rendering.text) else { continue }
                report.add(
                    "copied-keywords",
                    "the \(rendering.language) rendering of \(site.subject) is the \(earlier.language) one copied "
                        + "(\"\(rendering.text)\"): write the words \(rendering.language) readers type to find it, or "
                        + "remove <\(rendering.language)> (a language may have no keywords)",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }
}
