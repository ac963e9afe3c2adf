/// Partials that include each other without end (`{{>phrase}}` inside `phrase.mustache`, or a → b → a) would
/// make the template engine recurse until the stack overflows; they are refused when the templates are read.
/// Recursion through a section (`dialogue-items` including itself inside `{{#cases}}`) can end with the data and
/// stays allowed: only cycles whose every inclusion is outside any `{{#…}}` section are refused here (an inverted
/// section `{{^…}}` pushes nothing onto the context, so a recursion through it never ends once entered). A cycle
/// through a section whose value never runs out (`{{#book}}{{>phrase}}{{/book}}`) is stopped while rendering
/// (``PartialNesting``) and reported by ``nestingError(_:sources:folder:)``.
extension TemplateSet {
    /// The first cycle of unconditional partial inclusions among `sources` (templates by name, searched in
    /// sorted order), as the names along it from the first by name, with that one repeated at the end
    /// (`["a", "b", "a"]`); `nil` when there is none.
    static func partialCycle(in sources: [String: String]) -> [String]? {
        let edges = sources.mapValues { text in partialInclusions(in: text).filter { !$0.conditional }.map(\.name) }
        var finished: Set<String> = []
        var path: [String] = []

        func visit(_ name: String) -> [String]? {
            if let start = path.firstIndex(of: name) { return closedCycle(Array(path[start...])) }
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

    /// The templates among `sources` that can include themselves, directly or through others, inside sections or
    /// not: the only ones a render can nest without end, and so the only ones the nesting guard wraps
    /// (``PartialNesting``). The guard looks two names up through the whole context stack on each render of a
    /// template it wraps (5–7 % of the CPU of an HTML build when it wrapped every template).
    static func recursiveTemplates(in sources: [String: String]) -> Set<String> {
        let includes = sources.mapValues { partialReferences(in: $0).map(\.0) }
        return Set(
            includes.filter { name, partials in
                templates(reachableFrom: partials, including: { includes[$0] }).contains(name)
            }.keys)
    }

    /// The templates of `loop` (each including the next, the last the first) from the first by name, with that one
    /// repeated at the end: the same cycle is named the same way wherever it was entered.
    static func closedCycle(_ loop: [String]) -> [String] {
        let first = loop.indices.min { loop[$0] < loop[$1] } ?? 0
        let rotated = Array(loop[first...] + loop[..<first])
        return rotated + [rotated[0]]
    }

    /// The error for `cycle`: at the reference that closes it, naming every template along it.
    static func cycleError(_ cycle: [String], sources: [String: String], folder: String) -> PhrasebookError {
        cycleError(cycle, sources: sources, folder: folder, reason: "partials include each other without end")
    }

    /// The error for partials found nested more than ``PartialNesting/limit`` deep while rendering: `chain` names
    /// the templates open, from the outermost, the refused one last.
    static func nestingError(_ chain: [String], sources: [String: String], folder: String) -> PhrasebookError {
        let cycle = PartialNesting.cycle(in: chain)
        let reason =
            cycle.count < chain.count
            ? "partials include each other without end (nested more than \(PartialNesting.limit) deep: the "
                + "sections around them never run out)"
            : "partials nested more than \(PartialNesting.limit) deep"
        return cycleError(cycle, sources: sources, folder: folder, reason: reason)
    }

    /// The error naming `cycle`, at the first inclusion that closes it (one outside any section if there is one).
    private static func cycleError(_ cycle: [String], sources: [String: String], folder: String, reason: String)
        -> PhrasebookError
    {
        let from = cycle.count > 1 ? cycle[cycle.count - 2] : cycle[0]
        let text = sources[from] ?? ""
        let closing = partialInclusions(in: text).filter { $0.name == cycle[cycle.count - 1] }
        let offset = (closing.first { !$0.conditional } ?? closing.first)?.offset ?? 0
        let (line, column) = lineAndColumn(of: offset, in: text)
        let files = cycle.map { $0 + ".mustache" }.joined(separator: " → ")
        return .brokenTemplate(
            path: folder + "/" + from + ".mustache", line: line, column: column, reason: "\(reason): \(files)")
    }
}
