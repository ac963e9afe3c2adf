/// Placeholders are declared, braces balance, and every rendering uses the same set as the source text.
struct PlaceholderCheck: Check {
    let rules = [
        CheckRule("unknown-placeholder", .error, "a text uses a {placeholder} that is not declared"),
        CheckRule(
            "placeholder-mismatch", .error,
            "a rendering lacks a placeholder of the source, or has one the source has not"),
        CheckRule(
            "unbalanced-braces", .error, "a brace opens or closes nothing (literal braces are written {{ and }})"),
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.sites {
            // Most texts have no brace in any language: nothing to parse, compare or report.
            guard site.text.renderings.contains(where: { PlaceholderText.hasBrace($0.text) }) else { continue }
            var sourceNames: Set<String>?
            var parsed: [(Rendering, PlaceholderText)] = []
            for rendering in site.text.renderings {
                let text = PlaceholderText(rendering.text)
                parsed.append((rendering, text))
                if rendering.language == context.source { sourceNames = text.names }
                let silenced = site.silenced(for: rendering)
                for problem in text.problems {
                    report.add(
                        "unbalanced-braces", "\(rendering.language) text of \(site.subject): \(problem.message)",
                        at: rendering.location, silencedBy: silenced)
                }
                for name in text.names.sorted() where context.placeholders[name] == nil {
                    report.add(
                        "unknown-placeholder",
                        "\(rendering.language) text of \(site.subject) uses {\(name)}, which is not declared in phrasebook.xml's <placeholders>"
                            + Suggestion.didYouMean(name, among: context.placeholders.keys),
                        at: rendering.location, silencedBy: silenced)
                }
            }
            guard let sourceNames else { continue }
            // An empty rendering is a missing one (`missing-rendering`, a warning), not one that lost placeholders.
            for (rendering, text) in parsed
            where rendering.language != context.source && !rendering.text.allSatisfy(\.isWhitespace) {
                let silenced = site.silenced(for: rendering)
                for name in sourceNames.subtracting(text.names).sorted() {
                    report.add(
                        "placeholder-mismatch", "\(rendering.language) rendering of \(site.subject) lacks {\(name)}",
                        at: rendering.location, silencedBy: silenced)
                }
                for name in text.names.subtracting(sourceNames).sorted() {
                    report.add(
                        "placeholder-mismatch",
                        "\(rendering.language) rendering of \(site.subject) has {\(name)}, which the source text does not",
                        at: rendering.location, silencedBy: silenced)
                }
            }
        }
    }
}
