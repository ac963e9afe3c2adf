import Mustache

/// A value the templates read by name, typed: a struct whose ``keys`` name every key the templates may use and
/// the property each one reads. swift-mustache asks `child(named:)` (``MustacheParent``) instead of reflecting,
/// so a lookup is one table access; a name not in the table is unknown, and a template using it is refused
/// (``StrictContext``). The keys are listed in Documentation/Templates.md; a test keeps the two in step.
protocol TemplateContext: MustacheParent {
    /// The keys and the properties they read.
    static var keys: TemplateKeys<Self> { get }
}

extension TemplateContext {
    func child(named name: String) -> Any? {
        Self.keys.paths[name].map { self[keyPath: $0] }
    }

    /// Every key with its value: what the templates can read here.
    var members: [String: Any] {
        Self.keys.paths.mapValues { self[keyPath: $0] }
    }
}

/// The keys of a context type, each with the property the templates read through it. Key paths are immutable,
/// and the table never changes once made, so it is shared by every thread rendering pages.
struct TemplateKeys<Root>: @unchecked Sendable {
    let paths: [String: PartialKeyPath<Root>]

    init(_ paths: [String: PartialKeyPath<Root>]) {
        self.paths = paths
    }

    /// These keys and those of the context at `path`, read through it (a situation's body has its summary's keys).
    func including<Inner: TemplateContext>(_ path: KeyPath<Root, Inner>) -> TemplateKeys<Root> {
        let inner = Inner.keys.paths.compactMapValues { (path as PartialKeyPath<Root>).appending(path: $0) }
        return TemplateKeys(paths.merging(inner) { own, _ in own })
    }
}
