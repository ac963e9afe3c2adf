/// Placeholders are declared, braces balance, and every rendering uses the same placeholders as the source text, each
/// as often.
struct PlaceholderCheck: Check {
    let rules = [
        CheckRule("unknown-placeholder", .error, "a text uses a {placeholder} that is not declared"),
        CheckRule(
            "placeholder-mismatch", .error,
            "a rendering lacks a placeholder of the source, has one the source has not, or has one more or fewer times"),
        CheckRule(
            "unbalanced-braces", .error, "a brace opens or closes nothing (literal braces are written {{ and }})"),
        CheckRule("fullwidth-braces", .error, "a placeholder is written in full-width braces, ｛surname｝"),
        CheckRule(
            "placeholder-in-value", .error,
            "a variable's value or a slot's label uses a {placeholder}, which is never replaced there"),
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.sites {
            // Most texts have no brace in any language: nothing to parse, compare or report.
            let braced = site.text.renderings.contains { PlaceholderText.hasBrace($0.text) }
            let fullWidthBraced = site.text.renderings.contains { PlaceholderText.hasFullWidthBrace($0.text) }
            guard braced || fullWidthBraced else { continue }
            // A placeholder typed in a Chinese input method's full-width braces is said as such, and counts as
            // there: a rendering that has it right is not blamed.
            let braces: [String: [PlaceholderText.FullWidthBraced]] =
                fullWidthBraced
                ? Dictionary(
                    site.text.renderings.map { ($0.language, Self.fullWidthPlaceholders(in: $0.text, context)) },
                    uniquingKeysWith: { first, _ in first }) : [:]
            let fullWidth = braces.mapValues { Set($0.map(\.name)) }
            for rendering in site.text.renderings {
                for brace in braces[rendering.language] ?? [] {
                    report.add(
                        "fullwidth-braces",
                        "\(rendering.language) text of \(site.subject) has \(brace.shown) in "
                            + (brace.isMixed ? "a full-width and an ASCII brace" : "full-width braces")
                            + ": write {\(brace.name)}",
                        at: rendering.location, silencedBy: site.silenced(for: rendering))
                }
            }
            // A brace half of such a pair is, to the format, one that opens or closes nothing: said above.
            let halfPaired = Set(braces.filter { $0.value.contains(where: \.isMixed) }.keys)
            let parsed = site.text.renderings.map { rendering in
                let text = PlaceholderText(rendering.text)
                return (rendering, text, fullWidth[rendering.language].map { text.names.union($0) } ?? text.names)
            }
            if site.kind == .placeholder {
                for (rendering, text, _) in parsed where !text.names.isEmpty {
                    report.add(
                        "placeholder-in-value",
                        "\(rendering.language) text of \(site.subject) uses "
                            + text.names.sorted().map { "{\($0)}" }.joined(separator: ", ")
                            + ", which is printed as written there: a value or label is not filled in; write the "
                            + "words, or literal braces as {{ and }}",
                        at: rendering.location, silencedBy: site.silenced(for: rendering))
                }
                continue
            }
            let sourceNames = parsed.first { $0.0.language == context.source }?.2
            // A misspelt name is said once, as unknown, with the name meant: not also as one the source lacks, nor
            // the name meant as one the rendering lacks; one misspelt in the source is compared as the name meant.
            var meant: [String: Set<String>] = [:]
            var sourceMeant: [String: String] = [:]
            for (rendering, text, names) in parsed {
                let silenced = site.silenced(for: rendering)
                let lacking = sourceNames.map { $0.subtracting(names) } ?? []
                for problem in text.problems where !halfPaired.contains(rendering.language) {
                    let intended = problem.written.flatMap { intendedName($0, lacking: lacking, context) }
                    if let intended { meant[rendering.language, default: []].insert(intended.name) }
                    report.add(
                        "unbalanced-braces",
                        "\(rendering.language) text of \(site.subject): \(problem.message)"
                            + (intended.map { "; " + $0.why } ?? ""),
                        at: rendering.location, silencedBy: silenced)
                }
                for name in text.names.sorted() where context.placeholders[name] == nil {
                    let intended = intendedName(name, lacking: lacking, context)
                    if let intended { meant[rendering.language, default: []].insert(intended.name) }
                    if let intended, rendering.language == context.source { sourceMeant[name] = intended.name }
                    report.add(
                        "unknown-placeholder",
                        "\(rendering.language) text of \(site.subject) uses {\(name)}, which is not declared in phrasebook.xml's <placeholders>"
                            + (intended.map { "; " + $0.why } ?? ""),
                        at: rendering.location, silencedBy: silenced)
                }
            }
            let sourceCounts = parsed.first { $0.0.language == context.source }?.1.counts ?? [:]
            guard let sourceNames = sourceNames.map({ Set($0.map { sourceMeant[$0] ?? $0 }) }) else { continue }
            // An empty rendering is a missing one (`missing-rendering`, a warning), not one that lost placeholders.
            for (rendering, text, names) in parsed
            where rendering.language != context.source && !rendering.text.allSatisfy(\.isWhitespace) {
                let silenced = site.silenced(for: rendering)
                let said = meant[rendering.language] ?? []
                for name in sourceNames.subtracting(names).subtracting(said).sorted() {
                    report.add(
                        "placeholder-mismatch", "\(rendering.language) rendering of \(site.subject) lacks {\(name)}",
                        at: rendering.location, silencedBy: silenced)
                }
                for name in names.subtracting(sourceNames).sorted() where context.placeholders[name] != nil {
                    report.add(
                        "placeholder-mismatch",
                        "\(rendering.language) rendering of \(site.subject) has {\(name)}, which the source text does not",
                        at: rendering.location, silencedBy: silenced)
                }
                // Both have it, as often? (`import` refuses a target that differs so: the content is held to it too.)
                let counts = text.counts
                for name in sourceNames.intersection(counts.keys).sorted()
                where sourceCounts[name].map({ $0 != counts[name] }) == true {
                    report.add(
                        "placeholder-mismatch",
                        "\(rendering.language) rendering of \(site.subject) has {\(name)} "
                            + "\(PlaceholderText.times(counts[name] ?? 0)), the source text "
                            + "\(PlaceholderText.times(sourceCounts[name] ?? 0)): a repeat lost or added changes what "
                            + "is said",
                        at: rendering.location, silencedBy: silenced)
                }
            }
        }
    }

    /// The declared placeholder an undeclared `name` stands for, and what to say of it: a placeholder's label
    /// or value in some language (`{성함}`, the Korean label of `{surname}`), the closest declared name, or the
    /// only one of the source's that the rendering lacks.
    private func intendedName(
        _ name: String, lacking: Set<String>, _ context: CheckContext
    ) -> (name: String, why: String)? {
        if let labelled = context.placeholders.values.showing(name) {
            return (labelled.name, "'\(name)' is what {\(labelled.name)} shows, not its name: write {\(labelled.name)}")
        }
        if let closest = Suggestion.closest(to: name, among: context.placeholders.keys) {
            return (closest, "did you mean '\(closest)'?")
        }
        if lacking.count == 1, let only = lacking.first {
            return (only, "the source text has {\(only)} here: write {\(only)}")
        }
        return nil
    }

    /// The declared placeholders `text` writes in full-width braces (｛surname｝, as a Chinese input method types
    /// them) or half in them (｛surname}), in order, each once.
    private static func fullWidthPlaceholders(
        in text: String, _ context: CheckContext
    ) -> [PlaceholderText.FullWidthBraced] {
        var seen: Set<String> = []
        return PlaceholderText.fullWidthBraced(in: text).filter {
            context.placeholders[$0.name] != nil && seen.insert($0.shown).inserted
        }
    }
}
