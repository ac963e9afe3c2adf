/// Every declared language has a rendering of every text, and each rendering's `source-hash` says it was
/// reviewed against the current source text: missing renderings are warnings, stale ones (the source changed
/// since review) are warnings, unreviewed ones (no hash) are notes. A missing rendering is not also unreviewed.
struct RenderingStatusCheck: Check {
    let rules = [
        CheckRule("missing-rendering", .warning, "a declared language has no rendering of a text, or an empty one"),
        CheckRule("stale-rendering", .warning, "a rendering's source-hash no longer matches the source text"),
        CheckRule("unreviewed-rendering", .note, "a rendering has no source-hash: nobody has reviewed it yet"),
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let targets = context.book.targetLanguages.map(\.code)
        for site in context.sites {
            let sourceText = site.text.text(context.source)
            let currentHash = sourceText.map(SourceHash.of)
            for language in targets {
                guard let rendering = site.text.rendering(language) else {
                    report.add(
                        "missing-rendering",
                        "\(site.subject) has no <\(language)> rendering; add one (until then it shows as "
                            + "\"translation pending\")",
                        at: site.text.location, silencedBy: site.silencedBy)
                    continue
                }
                let silenced = site.silenced(for: rendering)
                if rendering.text.isEmpty {
                    report.add(
                        "missing-rendering",
                        "the \(language) rendering of \(site.subject) is empty; write the translation, or add "
                            + "check-ignore=\"missing-rendering\"",
                        at: rendering.location, silencedBy: silenced)
                    continue
                }
                guard let sourceText, !sourceText.isEmpty, let currentHash else { continue }
                if let hash = rendering.sourceHash {
                    if hash.lowercased() != currentHash {
                        let change = SourceChange(
                            was: context.book.reviewHistory.sources[hash.lowercased()], now: sourceText)
                        report.add(
                            "stale-rendering",
                            "the \(language) rendering of \(site.subject) was reviewed against another source text "
                                + "(source-hash \(hash), the source is now \(currentHash)): \(change.description); "
                                + "check it against the current source, then phrasebook review --stale --language "
                                + "\(language)",
                            at: rendering.location, silencedBy: silenced)
                    }
                } else {
                    report.add(
                        "unreviewed-rendering",
                        "the \(language) rendering of \(site.subject) has not been reviewed; once it is, run "
                            + "phrasebook review --language \(language) (it writes source-hash=\"\(currentHash)\")",
                        at: rendering.location, silencedBy: silenced)
                }
            }
        }
    }
}
