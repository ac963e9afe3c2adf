/// The `pron` attribute, a rendering's own pronunciation guide, is there only to correct the romanizer: it must
/// say something the rules do not already say, stand on a language that has a romanizer (elsewhere nothing shows
/// it), and keep the rendering's placeholders.
struct PronunciationOverrideCheck: Check {
    let rules = [
        CheckRule("needless-pronunciation", .warning, "a pron attribute says what the romanizer already says"),
        CheckRule("pronunciation-not-shown", .warning, "a pron attribute on a language without a romanizer"),
        CheckRule("pronunciation-placeholders", .error, "a pron attribute's placeholders differ from its text's"),
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.sites {
            for rendering in site.text.renderings {
                guard let override = rendering.pronunciation else { continue }
                let silenced = site.silenced(for: rendering)
                guard let romanizer = Romanizers.romanizer(for: rendering.language) else {
                    report.add(
                        "pronunciation-not-shown",
                        "the \(rendering.language) rendering of \(site.subject) has pron=\"\(override.value)\", but "
                            + "no pronunciation guide is made for \(rendering.language) (only for "
                            + "\(Romanizers.languages.joined(separator: ", "))); remove the attribute",
                        at: override.location, silencedBy: silenced)
                    continue
                }
                let expected = PlaceholderText(rendering.text).names
                let written = PlaceholderText(override.value).names
                if expected != written {
                    report.add(
                        "pronunciation-placeholders",
                        "the pron of the \(rendering.language) rendering of \(site.subject) uses "
                            + Self.list(written) + " but its text uses " + Self.list(expected)
                            + "; write the same placeholders in both",
                        at: override.location, silencedBy: silenced)
                }
                if romanizer.romanize(rendering.text) == override.value {
                    report.add(
                        "needless-pronunciation",
                        "the pron \"\(override.value)\" of the \(rendering.language) rendering of \(site.subject) "
                            + "is what the romanizer says already; remove the attribute",
                        at: override.location, silencedBy: silenced)
                }
            }
        }
    }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().map { "{\($0)}" }.joined(separator: " ")
    }
}
