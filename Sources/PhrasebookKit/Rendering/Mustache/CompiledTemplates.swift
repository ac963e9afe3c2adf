import Mustache

/// A format's templates compiled once into trees of ``MustacheNode``s and rendered by ``MustacheRun``: the same
/// output as swift-mustache's, byte for byte, in about half the time (Documentation/Performance.md, "Templates
/// compiled"). The official Mustache specification's tests of every part the compiler handles pass
/// (`MustacheSpecTests`).
///
/// The compiler handles what the shipped templates and most users' use: variables, sections, inverted sections,
/// partials and comments. A set with any other tag (inheritance's `{{<…}}` and `{{$…}}`, dynamic partials,
/// transforms like `{{uppercased(name)}}`, content types) is not compiled; ``TemplateSet`` renders it with
/// swift-mustache.
struct CompiledTemplates: Sendable {
    /// The templates' nodes, numbered as the names given to `init`.
    private let templates: [[MustacheNode]]
    private let numbers: [String: Int]

    /// A template the compiler leaves to swift-mustache: its name, where the tag starts (an offset into its UTF-8)
    /// and what the tag is.
    struct NotCompiled: Error {
        var template: String
        var offset: Int
        var what: String
    }

    /// Compiles `texts`, by name; throws at the first tag, in the order given, that the compiler leaves to
    /// swift-mustache.
    init(_ texts: [(name: String, text: String)]) throws(NotCompiled) {
        let numbers = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($1.name, $0) })
        templates = try texts.map { entry throws(NotCompiled) in
            do throws(MustacheParser.Unsupported) {
                return try MustacheParser.parse(entry.text, numbers: numbers)
            } catch {
                throw NotCompiled(template: entry.name, offset: error.offset, what: error.what)
            }
        }
        self.numbers = numbers
    }

    /// The same templates with every `{{name}}` and `{{{name}}}` of `names` (a name without dots, looked up in the
    /// whole context stack) taken out: for a render in which each of them is empty wherever it is looked up, the
    /// same output without the look-ups (a variable is never a standalone line, so no white space moves).
    func withoutVariables(_ names: Set<String>) -> CompiledTemplates {
        func pruned(_ nodes: [MustacheNode]) -> [MustacheNode] {
            nodes.compactMap { node in
                switch node {
                case .variable(let name, _)
                where name.start == .stack && name.parts.count == 1
                    && names.contains(name.parts[0].text):
                    nil
                case .section(let name, let body, let inverted): .section(name, pruned(body), inverted: inverted)
                default: node
                }
            }
        }
        return CompiledTemplates(templates: templates.map(pruned), numbers: numbers)
    }

    private init(templates: [[MustacheNode]], numbers: [String: Int]) {
        self.templates = templates
        self.numbers = numbers
    }

    /// Template `name` rendered with `root` as the context; `nil` when there is no such template.
    func render(_ name: String, root: Any) -> String? {
        numbers[name].map { MustacheRun.render($0, of: templates, root: root) }
    }
}
