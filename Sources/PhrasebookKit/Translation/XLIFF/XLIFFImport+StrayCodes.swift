extension XLIFFImport {
    /// What to say of the inline codes of an imported `target` that stand for no placeholder (`{1}` as read, from
    /// `<ph id="1">&lt;br/&gt;</ph>`: markup of another format, or a code a tool numbered that the source does not
    /// have), in words for an `xliff-placeholders` refusal: each code as written (`codes`, the reader's
    /// ``XLIFFReader/Unit/targetCodes``) and the source's placeholders; `nil` when it has none.
    static func strayCodesProblem(in target: String, codes: [String: String], source: PlaceholderText) -> String? {
        var seen: Set<String> = []
        let stray = unnamedCodes(in: target).filter { seen.insert($0).inserted }
        guard !stray.isEmpty else { return nil }
        let one = stray.count == 1
        let placeholders =
            source.names.isEmpty ? "none" : source.names.sorted().map { "{\($0)}" }.joined(separator: ", ")
        return "the target has \(one ? "an inline code" : "inline codes") the source does not have, "
            + stray.map { codes[$0] ?? "{\($0)}" }.joined(separator: ", ")
            + ", which \(one ? "stands" : "stand") for no placeholder (the source's placeholders: \(placeholders)): "
            + "delete \(one ? "it" : "them"); a phrase holds text and the source's placeholders only"
    }
}
