/// Lays out the text handbook's extra sections: the glossary, the taboo list (what never to say, why, and the phrases to
/// say instead) and the legend of the marks the texts use.
struct TextExtrasWriter {
    let layout: PlainTextLayout
    /// Where "say instead" looks up its phrases.
    let phrases: PhraseDirectory

    /// The taboo list: each taboo's wording in every language, its reason, and the phrases to say instead.
    func taboos(_ taboos: [Taboo]) -> [String] {
        var lines: [String] = []
        for taboo in taboos {
            if !lines.isEmpty { lines.append("") }
            lines += layout.renderings(taboo.text, indent: 0, marker: "- ")
            if let why = taboo.why {
                lines += layout.paragraph(layout.labels.label("why"), indent: 2) + layout.renderings(why, indent: 4)
            }
            let instead = taboo.instead.compactMap { phrases[$0.value]?.phrase }
            if !instead.isEmpty {
                lines += layout.paragraph(layout.labels.label("say-instead"), indent: 2)
                for phrase in instead { lines += layout.renderings(phrase.text, indent: 4, marker: "- ") }
            }
        }
        return lines
    }

    /// The glossary: each term's forms in every language, the preferred first, then the variants never to use
    /// (with the forms' pronunciation guide under them when one is asked for), and the note, if any.
    func glossary(_ terms: [Term]) -> [String] {
        var lines: [String] = []
        for term in terms {
            if !lines.isEmpty { lines.append("") }
            var first = true
            for language in layout.languages {
                let forms = term.forms(language.code)
                var text = forms.isEmpty ? layout.labels.parenthesized("by-context") : forms.joined(separator: ", ")
                let forbidden = term.forbidden(language.code)
                if !forbidden.isEmpty {
                    text += "; " + layout.labels.label("never") + " " + forbidden.joined(separator: ", ")
                }
                let tag = language.code.paddedWithSpaces(to: tagWidth)
                let prefix = (first ? "- " : "") + tag
                lines += layout.paragraph(text, indent: first ? 0 : 2, prefix: prefix)
                if !forms.isEmpty, layout.pronunciations.contains(language.code),
                    let romanizer = Romanizers.romanizer(for: language.code)
                {
                    let guides = forms.map(romanizer.romanizeWords)
                    if guides != forms {  // not when every form is in Latin letters already (A/S)
                        let under = String(repeating: " ", count: layout.measure.of(prefix))
                        lines += layout.guideParagraph(
                            guides.joined(separator: ", "), indent: first ? 0 : 2, prefix: under)
                    }
                }
                first = false
            }
            if let note = term.note {
                lines += layout.paragraph(layout.labels.label("note"), indent: 2) + layout.renderings(note, indent: 4)
            }
        }
        return lines
    }

    /// The width of a language tag and the space after it, as `renderings` writes them.
    private var tagWidth: Int { (layout.languages.map { layout.measure.of($0.code) }.max() ?? 2) + 1 }

    /// The legend of the marks the handbook's texts use, one line each, so that paper explains them as well as a
    /// screen's tooltip would.
    func legend() -> [String] {
        let marks = [
            ("〔…〕 [...]", "legend-blank"), ("↑", "legend-rising"), ("1. 2. 3.", "legend-steps"),
            ("*", "legend-alternatives"), (layout.pending, "legend-pending"),
        ]
        return marks.flatMap { mark, id in layout.paragraph(mark + "  " + layout.labels[id], indent: 2, prefix: "- ") }
    }
}
