/// A rendering is not simply the source text copied over. Texts without letters once placeholders are removed
/// (`……`, `400-000-0000`, `{company}`) are skipped: they are the same in every language.
struct UnchangedRenderingCheck: Check {
    let rules = [
        CheckRule("unchanged-rendering", .warning, "a rendering is identical to the source text")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.sites {
            guard let source = site.text.text(context.source) else { continue }
            let unchanged = site.text.renderings.filter { $0.language != context.source && $0.text == source }
            // Whether the source has letters is asked only of the few texts rendered unchanged.
            guard !unchanged.isEmpty, Self.hasLetters(source) else { continue }
            for rendering in unchanged {
                report.add(
                    "unchanged-rendering",
                    "the \(rendering.language) rendering of \(site.subject) is the source text unchanged; translate "
                        + "it, or add check-ignore=\"unchanged-rendering\" when it really is the same (a name, a code)",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }

    /// Whether `text` has a letter outside its placeholders.
    static func hasLetters(_ text: String) -> Bool {
        PlaceholderText(text).segments.contains { segment in
            if case .literal(let literal) = segment {
                literal.unicodeScalars.contains { $0.properties.isAlphabetic }
            } else {
                false
            }
        }
    }
}
