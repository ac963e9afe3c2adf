import Mustache

/// One render of compiled templates (``CompiledTemplates``), with swift-mustache 2.1's semantics for the values
/// the renderer's contexts hold (strings, flags, numbers, arrays, dictionaries and ``TemplateContext``s): the same
/// lookups through the context stack, the same truth of a section's value, the same escaping, the same
/// indentation of partials. What it does not do is what made swift-mustache slow: a name is split at its dots
/// once, when the template is compiled, not at every lookup; a value is asked whether it is a context
/// (`MustacheParent`, and one that knows its keys by number, ``NumberedParent``) once, when it is pushed onto the
/// stack, not twice for every name looked up through it; a typed context finds a name by its number
/// (``KeyName``), not by hashing its text; the stack grows and shrinks in place instead of being copied for every
/// section; and the output is one string written in order instead of a string per template, section and item
/// joined together.
struct MustacheRun {
    private let templates: [[MustacheNode]]
    private var stack: [StackEntry]
    private var output = ""

    /// Renders template number `template` of `templates` with `root` as the context.
    static func render(_ template: Int, of templates: [[MustacheNode]], root: Any) -> String {
        var run = MustacheRun(templates: templates, stack: [StackEntry(root)])
        run.render(templates[template], indentation: "")
        return run.output
    }

    private init(templates: [[MustacheNode]], stack: [StackEntry]) {
        self.templates = templates
        self.stack = stack
    }

    /// Renders `nodes`, a template or a section's body, each of whose outputs is indented by `indentation` when
    /// what this call wrote before it ends a line. Each call starts afresh, as swift-mustache renders each into a
    /// string of its own: a section's items after the first are not indented, nor is the first output of a call
    /// (the call that includes it indents it, if at all).
    private mutating func render(_ nodes: [MustacheNode], indentation: String) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation) }
            return
        }
        let start = output.utf8.count
        for node in nodes {
            let before = output.utf8.count
            render(node, indentation: indentation)
            if output.utf8.count > before, before > start, endsLine(at: before, after: start) {
                output.insert(contentsOf: indentation, at: output.utf8.index(output.startIndex, offsetBy: before))
            }
        }
    }

    /// Whether the bytes of the output before `offset`, from `start` on, end with a line feed that is its own
    /// character (not the end of a `\r\n`).
    private func endsLine(at offset: Int, after start: Int) -> Bool {
        let utf8 = output.utf8
        let last = utf8.index(utf8.startIndex, offsetBy: offset - 1)
        guard utf8[last] == UInt8(ascii: "\n") else { return false }
        return offset - 2 < start || utf8[utf8.index(before: last)] != UInt8(ascii: "\r")
    }

    private mutating func render(_ node: MustacheNode, indentation: String) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text = Self.text(of: value)
            output += escaped ? MarkupEscaping.escape(text) : text
        case .section(let name, let body, let inverted):
            if inverted {
                renderInverted(body, for: lookUp(name), indentation: indentation)
            } else {
                render(body, for: lookUp(name), indentation: indentation)
            }
        case .partial(let template, let ownIndentation):
            render(templates[template], indentation: indentation + (ownIndentation ?? ""))
        }
    }

    /// A section's body for `value`: once for `true`, not for `false` or no value, once per item of an array (each
    /// pushed), once with any other value pushed.
    private mutating func render(_ body: [MustacheNode], for value: Any?, indentation: String) {
        guard let value else { return }
        if let flag = value as? Bool {
            if flag { render(body, indentation: indentation) }
        } else if value is String {
            render(body, pushing: .other(value), indentation: indentation)
        } else if let contexts = value as? any ContextList {
            contexts.forEachContext { render(body, pushing: .numbered($0), indentation: indentation) }
        } else if let context = value as? any NumberedParent {
            render(body, pushing: .numbered(context), indentation: indentation)
        } else if let context = value as? any MustacheParent {
            render(body, pushing: .parent(context), indentation: indentation)
        } else if let items = value as? any MustacheSequence {
            renderItems(of: items, body, indentation: indentation)
        } else {
            render(body, pushing: .other(value), indentation: indentation)
        }
    }

    private mutating func renderItems(of items: some Sequence, _ body: [MustacheNode], indentation: String) {
        for item in items {
            render(body, pushing: StackEntry(item), indentation: indentation)
        }
    }

    /// An inverted section's body: rendered for `false`, no value, or an empty array (pushed).
    private mutating func renderInverted(_ body: [MustacheNode], for value: Any?, indentation: String) {
        guard let value else { return render(body, indentation: indentation) }
        if let flag = value as? Bool {
            if !flag { render(body, indentation: indentation) }
        } else if value is String || value is any MustacheParent {
            return
        } else if let items = value as? any MustacheSequence, items.isEmptySequence {
            render(body, pushing: .other(items), indentation: indentation)
        }
    }

    private mutating func render(_ body: [MustacheNode], pushing entry: StackEntry, indentation: String) {
        stack.append(entry)
        render(body, indentation: indentation)
        stack.removeLast()
    }

    /// The value `name` stands for: its first part in the nearest context of the stack that has it (or the top
    /// one alone), each further part in the value before it.
    private func lookUp(_ name: MustacheName) -> Any? {
        let value: Any?
        switch name.start {
        case .top:
            return stack[stack.count - 1].value
        case .topOnly:
            value = stack[stack.count - 1].child(named: name.parts[0])
        case .stack:
            // Through the buffer, each entry is asked where it is, not copied out of the array (a copy retains
            // and releases the context it holds, at every level a name passes).
            value = stack.withUnsafeBufferPointer { entries in
                let first = name.parts[0]
                var level = entries.count - 1
                while level >= 0 {
                    if let found = entries[level].child(named: first) { return found }
                    level -= 1
                }
                return nil
            }
        }
        guard var value else { return nil }
        for part in name.parts.dropFirst() {
            guard let child = StackEntry(value).child(named: part) else { return nil }
            value = child
        }
        return value
    }

    /// A value as text, as swift-mustache writes it: `String(describing:)` of it, an optional unwrapped.
    private static func text(of value: Any) -> String {
        if let text = value as? String { return text }
        guard let optional = value as? any OptionalValue, let wrapped = optional.wrapped else {
            return String(describing: value)
        }
        return String(describing: wrapped)
    }
}

/// A value on the context stack, asked once whether it is a context, and whether it knows its keys by number.
private enum StackEntry {
    case numbered(any NumberedParent)
    case parent(any MustacheParent)
    case other(Any)

    init(_ value: Any) {
        if let parent = value as? any NumberedParent {
            self = .numbered(parent)
        } else if let parent = value as? any MustacheParent {
            self = .parent(parent)
        } else {
            self = .other(value)
        }
    }

    var value: Any {
        switch self {
        case .numbered(let parent): parent
        case .parent(let parent): parent
        case .other(let value): value
        }
    }

    /// The value's member `name`: a context's child, or the stored property of that name of any other value
    /// (found by reflection, as swift-mustache finds it), an optional unwrapped.
    func child(named name: KeyName) -> Any? {
        switch self {
        case .numbered(let parent):
            return parent.child(name)
        case .parent(let parent):
            return parent.child(named: name.text)
        case .other(let value):
            guard let member = Mirror(reflecting: value).children.first(where: { $0.label == name.text })?.value
            else {
                return nil
            }
            let mirror = Mirror(reflecting: member)
            guard mirror.displayStyle == .optional else { return member }
            return mirror.children.first?.value
        }
    }
}

/// An array of contexts (typed contexts, dictionaries): its items go onto the stack as contexts without being asked
/// one by one whether they are one (the array's type answers it once).
private protocol ContextList {
    func forEachContext(_ body: (any NumberedParent) -> Void)
}

extension Array: ContextList where Element: NumberedParent {
    fileprivate func forEachContext(_ body: (any NumberedParent) -> Void) {
        for item in self { body(item) }
    }
}

/// An optional seen as `Any`: what it wraps, if anything.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self }
}

extension Sequence {
    /// Whether the sequence has no element.
    fileprivate var isEmptySequence: Bool {
        var iterator = makeIterator()
        return iterator.next() == nil
    }
}
