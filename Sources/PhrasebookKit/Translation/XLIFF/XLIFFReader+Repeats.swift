extension XLIFFReader {
    /// A second `<source>` or `<target>` in `holder`, which holds one of each: a 1.2 `<trans-unit>`, or a 2.0
    /// `<segment>` or `<ignorable>` of the unit `id`. The reader would take the first and drop the other unseen (two
    /// translations of one text, a hand edit or a tool's merge), so the file is refused (`xliff-malformed`) at the
    /// second, with the first one's line; `nil` when there is none.
    static func repeatProblem(in holder: MarkupElement, unit id: String) -> (message: String, at: SourceLocation)? {
        for name in ["source", "target"] {
            let found = holder.elements(name)
            guard found.count > 1 else { continue }
            let place =
                holder.name == "trans-unit"
                ? "the unit '\(id)' has"
                : "the \(segmentName(holder)) of the unit '\(id)' has"
            return (
                "\(place) a second <\(name)> (the first is at line \(found[0].location.line)): a "
                    + (holder.name == "trans-unit" ? "unit" : holder.name) + " holds one; delete one",
                found[1].location
            )
        }
        return nil
    }

    /// A 2.0 `<segment>` or `<ignorable>` as a translator finds it: `<segment id="s1">`, or `<segment>` (line 9).
    private static func segmentName(_ element: MarkupElement) -> String {
        element.attributes["id"].map { "<\(element.name) id=\"\($0)\">" }
            ?? "<\(element.name)> (line \(element.location.line))"
    }
}
