extension XLIFFReader {
    /// The `<x>` and `<ph>` codes in `targets` that are read by a name that is no placeholder's (their id, `1`,
    /// none of `equiv-text`, `equiv` or their text being a `{placeholder}`), by that name: as a translator finds
    /// them in the file, `<ph id="1"> (holding "<br/>", line 13, column 40)`. The first of a name is kept.
    static func codesByID(in targets: [MarkupElement]) -> [String: String] {
        var codes: [String: String] = [:]
        for target in targets {
            for code in descendants(target, named: "x") + descendants(target, named: "ph") {
                let alone = MarkupElement(
                    name: target.name, namespace: target.namespace, attributes: [:], children: [.element(code)],
                    location: code.location)
                let name = String(rawText(alone).dropFirst().dropLast())
                guard !PlaceholderText.isValidName(name), codes[name] == nil else { continue }
                let id = code.attributes["id"].map { " id=\"\($0)\"" } ?? ""
                let held = code.text.isEmpty ? "" : "holding \"\(code.text)\", "
                codes[name] =
                    "<\(code.name)\(id)\(code.children.isEmpty ? "/" : "")> "
                    + "(\(held)line \(code.location.line), column \(code.location.column))"
            }
        }
        return codes
    }
}
