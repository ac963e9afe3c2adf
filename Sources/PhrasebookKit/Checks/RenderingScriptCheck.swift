/// A rendering is written in its language's script: not Korean pasted into `<en>`, nor English into `<ko>`. Only
/// for languages whose script is known (LanguageScript), and texts of four letters or more outside their
/// placeholders, none of them in the script expected: a product name in a Chinese sentence (`iPhone 15 Pro Max
/// 屏幕`), or a Chinese term quoted in an English one, is fine. Search keywords too: Chinese pasted into `<ko>` finds
/// nothing a Korean reader types.
struct RenderingScriptCheck: Check {
    let rules = [
        CheckRule("wrong-script", .warning, "a rendering is written in another script than its language's")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let expected = Dictionary(
            context.book.languages.compactMap { language in
                (LanguageScript.of(language: language.code) ?? LanguageScript.of(language: language.tag)).map {
                    (language.code, $0)
                }
            }, uniquingKeysWith: { first, _ in first })
        for site in context.everyText {
            for rendering in site.text.renderings {
                guard let script = expected[rendering.language] else { continue }
                let text =
                    PlaceholderText.hasBrace(rendering.text) ? Self.outsidePlaceholders(rendering.text) : rendering.text
                // Almost every text has a letter of its script among its first characters: that is looked for first.
                guard !LanguageScript.hasLetter(of: script, in: text) else { continue }
                let letters = LanguageScript.letters(text)
                let total = letters.values.reduce(0, +)
                guard total >= 4, letters[script] == nil, let written = LanguageScript.mostly(text)
                else { continue }
                report.add(
                    "wrong-script",
                    "the \(rendering.language) rendering of \(site.subject) is written in \(LanguageScript.name(written)), "
                        + "not \(LanguageScript.name(script)): is it in the right element (<\(rendering.language)>)?",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }

    /// `text` without its placeholders (`{surname}` is Latin in any language).
    private static func outsidePlaceholders(_ text: String) -> String {
        PlaceholderText(text).segments.map { segment in
            if case .literal(let literal) = segment { literal } else { " " }
        }.joined()
    }
}
