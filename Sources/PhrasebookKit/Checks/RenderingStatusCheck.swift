/// Every declared language has a rendering of every text, and each rendering's `source-hash` says it was
/// reviewed against the current source text: missing renderings are warnings, stale ones (the source changed
/// since review) are warnings, unreviewed ones (no hash) are notes. A missing rendering is not also unreviewed.
struct RenderingStatusCheck: Check {
    let rules = [
        CheckRule("missing-rendering", .warning, "a declared language has no rendering of a text, or an empty one"),
        CheckRule("stale-rendering", .warning, "a rendering's source-hash no longer matches the source text"),
        CheckRule("unreviewed-rendering", .note, "a rendering has no source-hash: nobody has reviewed it yet"),
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let targets = context.book.targetLanguages.map(\.code)
        for site in context.sites {
            for language in targets {
                let rendering = site.text.rendering(language)
                let silenced = rendering.map(site.silenced(for:)) ?? site.silencedBy
                switch site.text.status(of: language, source: context.source) {
                case .missing:
                    guard let rendering else {
                        report.add(
                            "missing-rendering",
                            "\(site.subject) has no <\(language)> rendering; add one (until then it shows as "
                                + "\"translation pending\")",
                            at: site.text.location, silencedBy: silenced)
                        continue
                    }
                    report.add(
                        "missing-rendering",
                        "the \(language) rendering of \(site.subject) is empty; write the translation, or add "
                            + "check-ignore=\"missing-rendering\"",
                        at: rendering.location, silencedBy: silenced)
                case .stale(let reviewed, let current):
                    let change = SourceChange(
                        was: context.book.reviewHistory.source(reviewedAs: reviewed),
                        now: site.text.text(context.source) ?? "")
                    report.add(
                        "stale-rendering",
                        "the \(language) rendering of \(site.subject) was reviewed against another source text "
                            + "(source-hash \(reviewed), the source is now \(current)): \(change.description); "
                            + "check it against the current source, then phrasebook review --stale --language "
                            + "\(language)",
                        at: rendering?.location ?? site.text.location, silencedBy: silenced)
                case .unreviewed(let current):
                    report.add(
                        "unreviewed-rendering",
                        "the \(language) rendering of \(site.subject) has not been reviewed; once it is, run "
                            + "phrasebook review --language \(language) (it writes source-hash=\"\(current)\")",
                        at: rendering?.location ?? site.text.location, silencedBy: silenced)
                case .noSource, .reviewed:
                    continue
                }
            }
        }
    }
}
