import Mustache

/// A value the templates read by name, typed: a struct whose ``keys`` name every key the templates may use and
/// the property each one reads. The renderer asks `child(named:)` (``MustacheParent``) instead of reflecting,
/// so a lookup is one table access; a name not in the table is unknown, and a template using it is refused
/// (``StrictContext``). The keys are listed in Documentation/Templates.md; a test keeps the two in step.
protocol TemplateContext: NumberedParent {
    /// The keys and the properties they read.
    static var keys: TemplateKeys<Self> { get }
}

extension TemplateContext {
    func child(named name: String) -> Any? {
        Self.keys.readers[name].map { $0(self) }
    }

    func child(_ name: KeyName) -> Any? {
        Self.keys.reader(name).map { $0(self) }
    }

    /// Every key with its value: what the templates can read here.
    var members: [String: Any] {
        Self.keys.readers.mapValues { $0(self) }
    }
}

/// The keys of a context type, each with a function that reads its property (`"id": { $0.id }`). A closure, not a
/// key path: a key path, even one converted to a function (`\.id`), is projected at run time
/// (`swift_getAtKeyPath`, with a look-up of generic metadata), which made reading a key several times dearer than
/// the read. The table never changes once made, so it is shared by every thread rendering pages.
struct TemplateKeys<Root>: @unchecked Sendable {
    let readers: [String: (Root) -> Any]
    /// The readers by the number of their key (``KeyName``); `nil` at the numbers of other names.
    private let numbered: [((Root) -> Any)?]

    init(_ readers: [String: (Root) -> Any]) {
        self.readers = readers
        var numbered: [((Root) -> Any)?] = []
        for (name, read) in readers {
            let number = KeyName(name).number
            if number >= numbered.count { numbered += Array(repeating: nil, count: number + 1 - numbered.count) }
            numbered[number] = read
        }
        self.numbered = numbered
    }

    /// The reader of the key `name`, if there is one.
    func reader(_ name: KeyName) -> ((Root) -> Any)? {
        name.number < numbered.count ? numbered[name.number] : nil
    }

    /// These keys and those of the context `read` gives, read through it (a situation's body has its summary's
    /// keys).
    func including<Inner: TemplateContext>(_ read: @escaping (Root) -> Inner) -> TemplateKeys<Root> {
        let inner = Inner.keys.readers.mapValues { readInner in { (root: Root) -> Any in readInner(read(root)) } }
        return TemplateKeys(readers.merging(inner) { own, _ in own })
    }
}
