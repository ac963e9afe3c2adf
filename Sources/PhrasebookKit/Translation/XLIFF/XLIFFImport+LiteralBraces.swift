extension XLIFFImport {
    /// The texts in literal braces of `text` as phrasebook writes it (`{{姓名}}`, which reads `{姓名}`), without the
    /// braces, in order: any text between the braces, spaces included (`{{주문 번호}}`), or none.
    static func literalBraces(in text: String) -> [String] {
        text.matches(of: bracedText).map { String($0.1) }
    }

    /// Of a changed target's texts in literal braces, `braced`, those beyond its source's, `literals`, in the
    /// target's order: a translation says what its source says, so it has as many texts in braces as the source
    /// (`{{姓名}}` translated `{{성함}}`); any more would be printed, braces and all, in every handbook. A text the
    /// source has in braces as it is pairs with it first; of the others, a placeholder's name typed as text
    /// (`{surname}`) is extra before the rest, and then the last ones are (the first stand for the source's).
    static func extraLiterals(_ braced: [String], source literals: [String], of placeholders: [Placeholder])
        -> [String]
    {
        guard braced.count > literals.count else { return [] }
        var unpaired = literals
        var candidates: [(offset: Int, text: String)] = []
        for (offset, text) in braced.enumerated() {
            if let paired = unpaired.firstIndex(of: text) {
                unpaired.remove(at: paired)
            } else {
                candidates.append((offset, text))
            }
        }
        let count = braced.count - literals.count
        let isName = { (text: String) in placeholders.contains { $0.name == text } }
        let named = candidates.filter { isName($0.text) }.prefix(count)
        let others = candidates.filter { !isName($0.text) }.suffix(count - named.count)
        return (named + others).sorted { $0.offset < $1.offset }.map(\.text)
    }

    /// The refusal of `extra` texts in literal braces (``extraLiterals(_:source:of:)``) that name no placeholder:
    /// which they are, and what the source and the target have.
    static func extraLiteralsProblem(_ extra: [String], braced: [String], source literals: [String]) -> String {
        func list(_ texts: [String]) -> String { texts.map { "{\($0)}" }.joined(separator: ", ") }
        let counts =
            literals.isEmpty
            ? "the source has none"
            : "the source has \(literals.count): \(list(literals)); the target \(braced.count): \(list(braced))"
        return "the target has \(list(extra)) in braces, which the source does not have (\(counts)): braces that are "
            + "not a placeholder are printed as they are in every handbook; write the words without them"
    }

    /// Text in literal braces, `{{…}}`: anything but a brace between them.
    nonisolated(unsafe) private static let bracedText = /\{\{([^{}]*)\}\}/
}
