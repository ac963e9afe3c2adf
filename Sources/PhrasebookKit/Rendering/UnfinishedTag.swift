/// The first tag of a template that is not a finished `{{name}}`, found by reading the template as an author
/// writes it, to say what is wrong with it and where it starts: swift-mustache stops wherever its reading of the
/// tag failed, often at the end of the line, and says only that a name is unfinished. The templates keep the
/// default delimiters (changing them is refused), so a tag is `{{`, a sigil or none, a name, `}}`; `{{{name}}}`.
struct UnfinishedTag {
    /// Where the tag starts, in characters from the start of the template.
    let offset: Int
    /// What is wrong with it, and what to write instead.
    let reason: String

    /// The first unfinished tag of `text`, or `nil` when every tag reads as finished (the parser then failed on
    /// something else, and its own place and words stand).
    static func first(in text: String) -> UnfinishedTag? {
        var searchStart = text.startIndex
        while let open = text.range(of: "{{", range: searchStart..<text.endIndex) {
            let offset = text.distance(from: text.startIndex, to: open.lowerBound)
            let triple = text[open.upperBound...].first == "{"
            let nameStart = triple ? text.index(after: open.upperBound) : open.upperBound
            let opener = triple ? "{{{" : "{{"
            let closer = triple ? "}}}" : "}}"
            let close = text.range(of: "}}", range: nameStart..<text.endIndex)
            let nextOpen = text.range(of: "{{", range: nameStart..<text.endIndex)
            guard let close, nextOpen.map({ $0.lowerBound >= close.upperBound }) ?? true else {
                let cutOff = text[open.lowerBound..<(nextOpen?.lowerBound ?? text.endIndex)].prefix { $0 != "\n" }
                let before = nextOpen == nil ? "" : " before the next tag"
                return UnfinishedTag(
                    offset: offset,
                    reason: "the tag '\(cutOff.trimmingBlanks())' is never closed\(before): add \(closer)")
            }
            let inside = String(text[nameStart..<close.lowerBound])
            let name = inside.trimmingBlanks()
            if triple, text[close.upperBound...].first != "}" {
                return UnfinishedTag(
                    offset: offset,
                    reason: "'{{{\(inside)}}' opens with three braces and closes with two: write {{{\(name)}}}, or "
                        + "{{\(name)}} to have the value escaped")
            }
            searchStart = triple ? text.index(after: close.upperBound) : close.upperBound
            if let problem = problem(ofName: name, triple: triple) {
                return UnfinishedTag(offset: offset, reason: "the tag '\(opener)\(inside)\(closer)' \(problem)")
            }
        }
        return nil
    }

    /// What is wrong with a tag's inside, `nil` when it reads as a name, with its sigil, or a comment.
    private static func problem(ofName inside: String, triple: Bool) -> String? {
        var name = Substring(inside)
        if !triple, let sigil = name.first, "#^/>&$<".contains(sigil) {
            name = name.dropFirst()
        } else if !triple, name.first == "!" {
            return nil
        }
        let trimmed = name.trimmingBlanks()
        guard !trimmed.isEmpty else { return "has no name: write the name of a value between the braces" }
        if let blank = trimmed.first(where: \.isWhitespace) {
            let joined = trimmed.split(whereSeparator: \.isWhitespace).joined(separator: ".")
            let what = blank == " " ? "a space" : "a blank"
            return "has \(what) in its name '\(trimmed)': a name is one word, its parts joined by dots (\(joined))"
        }
        if let brace = trimmed.first(where: { "{}".contains($0) }) {
            return "has a '\(brace)' in its name '\(trimmed)': a tag is {{name}}, or {{{name}}} for a value not escaped"
        }
        return nil
    }
}
