/// Partials that include each other without end (`{{>phrase}}` inside `phrase.mustache`, or a → b → a) would
/// make the template engine recurse until the stack overflows; they are refused when the templates are read.
/// Recursion through a section (`dialogue-items` including itself inside `{{#cases}}`) ends with the data and
/// stays allowed: only cycles whose every inclusion is outside any `{{#…}}` section are refused (an inverted
/// section `{{^…}}` pushes nothing onto the context, so a recursion through it never ends once entered).
extension TemplateSet {
    /// The first cycle of unconditional partial inclusions among `sources` (templates by name, searched in
    /// sorted order), as the names along it from the first by name, with that one repeated at the end
    /// (`["a", "b", "a"]`); `nil` when there is none.
    static func partialCycle(in sources: [String: String]) -> [String]? {
        let edges = sources.mapValues { text in partialInclusions(in: text).filter { !$0.conditional }.map(\.name) }
        var finished: Set<String> = []
        var path: [String] = []

        func visit(_ name: String) -> [String]? {
            if let start = path.firstIndex(of: name) {
                let loop = Array(path[start...])
                let first = loop.indices.min { loop[$0] < loop[$1] } ?? 0
                let rotated = Array(loop[first...] + loop[..<first])
                return rotated + [rotated[0]]
            }
            guard !finished.contains(name), let next = edges[name] else { return nil }
            path.append(name)
            for partial in next {
                if let cycle = visit(partial) { return cycle }
            }
            path.removeLast()
            finished.insert(name)
            return nil
        }

        for name in sources.keys.sorted() {
            if let cycle = visit(name) { return cycle }
        }
        return nil
    }

    /// The error for `cycle`: at the reference that closes it, naming every template along it.
    static func cycleError(_ cycle: [String], sources: [String: String], folder: String) -> PhrasebookError {
        let from = cycle[cycle.count - 2]
        let text = sources[from] ?? ""
        let offset =
            partialInclusions(in: text).first { $0.name == cycle[cycle.count - 1] && !$0.conditional }?.offset ?? 0
        let (line, column) = lineAndColumn(of: offset, in: text)
        let files = cycle.map { $0 + ".mustache" }.joined(separator: " → ")
        return .brokenTemplate(
            path: folder + "/" + from + ".mustache", line: line, column: column,
            reason: "partials include each other without end: \(files)")
    }
}
