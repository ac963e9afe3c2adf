/// Renderings follow the glossary (`<glossary>` in `phrasebook.xml`). Where a text's source contains a term,
/// each rendering in a language the term has forms for must contain one of them, and no rendering may contain
/// one of the term's forbidden variants. Every text of the book is checked except customer lines (customers say
/// what they like); placeholders are left out of the comparison, and where one term's source form lies inside a
/// longer term's (`投诉` in `客户投诉督办令`), only the longer term applies there, and a forbidden variant inside
/// another found term's approved form (`민원` in `민원 처리 지시서`) is not a use of it. Texts and forms are
/// compared as ``TermMatching`` writes them alike (letter case, spaces, full-width letters, decomposed Hangul),
/// an English form as a word (`hall` is not in `hallway`).
struct TerminologyCheck: Check {
    let rules = [
        CheckRule(
            "terminology", .warning,
            "a rendering lacks the glossary's rendering of a term its source contains, or uses a forbidden variant")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        // A source language the book does not declare is `unknown-language`: no term can have forms in it.
        guard context.book.languages.contains(where: { $0.code == context.source }) else { return }
        let terms = context.book.glossary
        for term in terms where term.forms(context.source).isEmpty {
            report.add(
                "terminology",
                "term '\(term.id)' has no \(context.source) form, so no text can match it; add <\(context.source)>",
                at: term.location, silencedBy: term.ignoredChecks)
        }
        guard !terms.isEmpty else { return }
        for site in context.sites where site.kind != .turn(.customer) {
            guard let source = site.text.rendering(context.source) else { continue }
            let sourceText = TermMatching.normalized(Punctuation.literal(source.text, placeholder: " "))
            let found = Self.terms(in: sourceText, glossary: terms, context)
            guard !found.isEmpty else { continue }
            for rendering in site.text.renderings where rendering.language != context.source && !rendering.text.isEmpty
            {
                let text = TermMatching.normalized(Punctuation.literal(rendering.text, placeholder: " "))
                for (term, sourceForm) in found {
                    // Only a term with forbidden variants in the language needs the others' forms masked.
                    let unclaimed =
                        term.forbidden(rendering.language).isEmpty
                        ? text
                        : TermMatching.masking(
                            found.filter { $0.0.id != term.id }.flatMap { $0.0.forms(rendering.language) }
                                .map(TermMatching.normalized), in: text)
                    check(
                        rendering, text, unclaimed: unclaimed, term: term, sourceForm: sourceForm, site: site,
                        &report)
                }
            }
        }
    }

    /// Checks one rendering (`text`, normalized) against one term its source has; forbidden variants are looked
    /// for in `unclaimed`, the text without the other found terms' approved forms.
    private func check(
        _ rendering: Rendering, _ text: String, unclaimed: String, term: Term, sourceForm: String, site: TextSite,
        _ report: inout DiagnosticReport
    ) {
        let language = rendering.language
        let approved = term.forms(language)
        let named = "\(sourceForm) (term '\(term.id)')"
        let instead = approved.first.map { "write '\($0)'" } ?? "reword it"
        if !approved.isEmpty, !approved.contains(where: { TermMatching.occurs(TermMatching.normalized($0), in: text) })
        {
            let listed = approved.map { "'\($0)'" }.joined(separator: " or ")
            report.add(
                "terminology",
                "the \(language) text of \(site.subject) lacks \(listed), the glossary's rendering of \(named); "
                    + "use it, or add check-ignore=\"terminology\" where another wording is right",
                at: rendering.location, silencedBy: site.silenced(for: rendering))
        }
        for variant in term.forbidden(language)
        where TermMatching.occurs(TermMatching.normalized(variant), in: unclaimed) {
            report.add(
                "terminology",
                "the \(language) text of \(site.subject) uses '\(variant)', which the glossary forbids for \(named); "
                    + instead,
                at: rendering.location, silencedBy: site.silenced(for: rendering))
        }
    }

    /// The terms whose source form occurs in `text`, each with the first form found; an occurrence inside a longer
    /// occurrence of another term does not count.
    static func terms(in text: String, glossary: [Term], _ context: CheckContext) -> [(Term, String)] {
        let scalars = Array(text.unicodeScalars)
        var occurrences: [(term: Int, form: String, range: Range<Int>)] = []
        for (index, term) in glossary.enumerated() {
            for form in term.forms(context.source).map(TermMatching.normalized) where text.containsLiteral(form) {
                let needle = Array(form.unicodeScalars)
                for start in scalars.indices
                where scalars[start...].starts(with: needle) {
                    occurrences.append((index, form, start..<start + needle.count))
                }
            }
        }
        var found: [Int: String] = [:]
        for occurrence in occurrences {
            let covered = occurrences.contains { other in
                other.term != occurrence.term && other.range.count > occurrence.range.count
                    && other.range.lowerBound <= occurrence.range.lowerBound
                    && other.range.upperBound >= occurrence.range.upperBound
            }
            if !covered, found[occurrence.term] == nil { found[occurrence.term] = occurrence.form }
        }
        return found.keys.sorted().map { (glossary[$0], found[$0]!) }
    }
}
