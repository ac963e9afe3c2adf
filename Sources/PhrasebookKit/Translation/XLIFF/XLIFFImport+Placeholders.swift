extension XLIFFImport {
    /// What is wrong with the placeholders of an imported `target` against its source's, `expected`, in words for
    /// an `xliff-placeholders` refusal; `nil` when they agree. In turn: a placeholder in full-width braces (`｛name｝`,
    /// as a Chinese input method types it), a placeholder of the book typed as text that the source lacks, and
    /// placeholders lost, renamed or added.
    static func placeholderProblem(
        in target: String, source expected: PlaceholderText, literals: Int, of placeholders: [Placeholder]
    ) -> String? {
        let fullWidth = PlaceholderText.fullWidthBraced(in: target).compactMap { written in
            placeholder(meantBy: written.name, among: placeholders).map { (written: written.shown, name: $0) }
        }
        if !fullWidth.isEmpty {
            return "the target has \(fullWidth.map(\.written).joined(separator: ", ")) in full-width braces "
                + "(U+FF5B, U+FF5D), which are text, not \(fullWidth.count == 1 ? "a placeholder" : "placeholders"): "
                + "write \(fullWidth.map { "{\($0.name)}" }.joined(separator: ", ")) in ASCII braces { }"
        }
        if let typedName = typedPlaceholder(in: target, of: placeholders, literals: literals) {
            return "the target has {\(typedName)} typed as text, which is not a placeholder of the source "
                + "(\(list(expected.names)))" + meant(typedName, among: placeholders)
        }
        let found = PlaceholderText(target)
        guard found.names == expected.names, found.problems.isEmpty else {
            return "the target's placeholders differ from the source's: "
                + differences(found: found.names, expected: expected.names)
                + (found.problems.first.map { "; \($0.message)" } ?? "")
        }
        let counted = (found: found.counts, expected: expected.counts)
        if let name = counted.expected.keys.sorted().first(where: { counted.found[$0] != counted.expected[$0] }) {
            return "the source has {\(name)} \(PlaceholderText.times(counted.expected[name] ?? 0)), the target "
                + "\(PlaceholderText.times(counted.found[name] ?? 0)): a repeat lost or added changes what is said; "
                + "write it as often as the source does"
        }
        return nil
    }

    /// `target` with a source placeholder typed as text (`{minutes}`, which a tool writing plain text, such as
    /// translate-toolkit's `unit.target = …`, gives, and which reads as a literal `{{minutes}}`) made the
    /// placeholder it was meant to be.
    static func placeholdersTyped(in target: String, named names: Set<String>) -> String {
        names.reduce(target) { text, name in text.replacingOccurrences(of: "{{\(name)}}", with: "{\(name)}") }
    }

    /// The placeholder of the book `written` stands for: the one of that name, the one that shows it (`성함`), or
    /// the declared name nearest it (`tiem`: `time`); `nil` when it is none of these, and so text.
    private static func placeholder(meantBy written: String, among placeholders: [Placeholder]) -> String? {
        if placeholders.contains(where: { $0.name == written }) { return written }
        return placeholders.showing(written)?.name ?? Suggestion.closest(to: written, among: placeholders.map(\.name))
    }

    /// A placeholder of the book typed as text in `target` (read as literal braces, `{{surname}}`) that the source
    /// does not have, what a placeholder shows typed as its name (`{성함}`), or a misspelt one (`{tiem}`); other
    /// braces stay braces, and so do as many braced words as the source has `literals` (a source that says
    /// `{{姓名}}` in so many words is translated with its literal too: `{{성함}}`).
    private static func typedPlaceholder(in target: String, of placeholders: [Placeholder], literals: Int) -> String? {
        let braced = target.matches(of: bracedWord).map { String($0.1) }
        guard braced.count > literals else { return nil }
        return braced.first { name in placeholder(meantBy: name, among: placeholders) != nil }
    }

    /// How many words in literal braces (`{{姓名}}`, which reads `{姓名}`) `text` has.
    static func literalBraces(in text: String) -> Int {
        text.matches(of: bracedWord).count
    }

    /// A word in literal braces, `{{name}}`.
    nonisolated(unsafe) private static let bracedWord = /\{\{([^{}\s]{1,40})\}\}/

    /// What `name` probably stands for: the placeholder it is what it shows of, or the declared name nearest it
    /// (`{tiem}`: `{time}`).
    private static func meant(_ name: String, among placeholders: [Placeholder]) -> String {
        guard !placeholders.contains(where: { $0.name == name }) else { return "" }
        if let shown = placeholders.showing(name) { return "; '\(name)' is what {\(shown.name)} shows, not its name" }
        return Suggestion.closest(to: name, among: placeholders.map(\.name)).map { "; did you mean {\($0)}?" } ?? ""
    }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }

    /// How a target's placeholders `found` differ from its source's, `expected`: each one the source lacks, with
    /// the source's name it is closest to, and each one the target lacks.
    private static func differences(found: Set<String>, expected: Set<String>) -> String {
        let extra = found.subtracting(expected).sorted()
        let missing = expected.subtracting(found).sorted()
        var parts = extra.map { name in
            let meant = Suggestion.closest(to: name, among: missing).map { " (meant {\($0)}?)" } ?? ""
            return "{\(name)} is not in the source\(meant)"
        }
        parts += missing.map { "{\($0)} is missing" }
        guard !parts.isEmpty else { return "source \(list(expected)), target \(list(found))" }
        return parts.joined(separator: ", ") + " (source: \(list(expected)))"
    }
}
