extension XLIFFImport {
    /// What is wrong with the placeholders of an imported `target` against its source's, `expected`, in words for
    /// an `xliff-placeholders` refusal; `nil` when they agree. In turn: a placeholder in full-width braces (`｛name｝`,
    /// as a Chinese input method types it), a placeholder of the book typed as text that the source lacks, any
    /// other text in literal braces beyond the source's `literals` (``literalBraces(in:)``), and placeholders lost,
    /// renamed or added.
    static func placeholderProblem(
        in target: String, source expected: PlaceholderText, literals: [String], of placeholders: [Placeholder]
    ) -> String? {
        let fullWidth = PlaceholderText.fullWidthBraced(in: target).compactMap { written in
            placeholder(meantBy: written.name, among: placeholders).map { (written: written.shown, name: $0) }
        }
        if !fullWidth.isEmpty {
            return "the target has \(fullWidth.map(\.written).joined(separator: ", ")) in full-width braces "
                + "(U+FF5B, U+FF5D), which are text, not \(fullWidth.count == 1 ? "a placeholder" : "placeholders"): "
                + "write \(fullWidth.map { "{\($0.name)}" }.joined(separator: ", ")) in ASCII braces { }"
        }
        let braced = literalBraces(in: target)
        let extra = extraLiterals(braced, source: literals, of: placeholders)
        if let typedName = extra.first(where: { placeholder(meantBy: $0.trimmingBlanks(), among: placeholders) != nil })
        {
            return "the target has {\(typedName)} typed as text, which is not a placeholder of the source "
                + "(\(list(expected.names)))" + meant(typedName, among: placeholders)
        }
        if !extra.isEmpty { return extraLiteralsProblem(extra, braced: braced, source: literals) }
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

    /// What `name` probably stands for: the placeholder it is what it shows of, the name written with spaces
    /// inside the braces (`{ company }`), or the declared name nearest it (`{tiem}`: `{time}`).
    private static func meant(_ name: String, among placeholders: [Placeholder]) -> String {
        guard !placeholders.contains(where: { $0.name == name }) else { return "" }
        let trimmed = name.trimmingBlanks()
        if trimmed != name, placeholders.contains(where: { $0.name == trimmed }) {
            return "; write {\(trimmed)}, without spaces inside the braces"
        }
        if let shown = placeholders.showing(trimmed) {
            return "; '\(trimmed)' is what {\(shown.name)} shows, not its name"
        }
        return Suggestion.closest(to: trimmed, among: placeholders.map(\.name)).map { "; did you mean {\($0)}?" } ?? ""
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
