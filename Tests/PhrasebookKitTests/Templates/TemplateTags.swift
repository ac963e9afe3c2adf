/// What a template reads, from its tags: the names of values, sections and inverted sections as written
/// (`situation.body`, `hasWhen`), and the partials it includes.
struct TemplateTags {
    /// The names of values and sections, dotted names whole; `.` (the current value) left out.
    private(set) var names: Set<String> = []
    /// The names of the partials it includes (`{{>name}}`).
    private(set) var partials: Set<String> = []

    /// The tags of the template `text`.
    init(_ text: String) {
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            var tag = rest[open.upperBound..<close.lowerBound].drop { $0 == "{" || $0 == " " }
            rest = rest[close.upperBound...].drop { $0 == "}" }
            guard let sigil = tag.first else { continue }
            if ">< ".contains(sigil) {
                partials.insert(tag.dropFirst().trimmed)
                continue
            }
            if "!=".contains(sigil) { continue }
            if "#^/&$".contains(sigil) { tag = tag.dropFirst() }
            let name = tag.trimmed
            if name != "." && !name.isEmpty { names.insert(name) }
        }
    }
}

extension Substring {
    /// Without spaces and braces at either end.
    var trimmed: String {
        String(drop { $0 == " " || $0 == "{" }.reversed().drop { $0 == " " || $0 == "}" }.reversed())
    }
}
