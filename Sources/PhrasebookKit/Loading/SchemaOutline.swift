import CLibXML2
import Foundation

/// What the RELAX NG schema allows, element by element, read from the embedded schema itself: each element's
/// attributes (required or not, and their values), the elements it may hold and the ones it must hold. It is
/// an outline, not a validator (order and counts are libxml2's job): ``SchemaExplainer`` uses it to say, in a
/// person's words and at the right place, what libxml2 found wrong.
struct SchemaOutline: Sendable {
    /// What an attribute's value may be.
    enum Value: Sendable, Equatable {
        /// Any text.
        case text
        /// One of a few words.
        case oneOf([String])
        /// Text matching an XML Schema pattern (`[a-z][a-z0-9\-]*`).
        case pattern(String)
        /// A space-separated list of values of the inner kind.
        indirect case list(Value)
    }

    /// An attribute an element may carry.
    struct Attribute: Sendable {
        var name: String
        var required: Bool
        var value: Value
    }

    /// An element of the schema; `name` is `nil` for a rendering (any name but those in `excluded`).
    struct Element: Sendable {
        var name: String?
        var excluded: Set<String> = []
        var attributes: [Attribute] = []
        /// Indices in ``SchemaOutline/elements`` of the elements it may hold.
        var children: [Int] = []
        /// Indices of the elements it must hold at least once.
        var required: [Int] = []
        var allowsText = false
        /// For each element it may hold (by index), its place in the order the schema gives them: elements of one
        /// choice or interleave share a place and may come in any order among themselves.
        var places: [Int: Int] = [:]
        /// The place the next element of its sequence takes.
        var nextPlace = 0

        /// Whether an element called `other` is this one.
        func matches(_ other: String) -> Bool {
            name.map { $0 == other } ?? !excluded.contains(other)
        }
    }

    /// Every element of the schema (one entry per `<element>` of the schema, so that two elements of the same
    /// name in different places, such as a situation file's root and a chapter's `<situation ref>`, differ).
    private(set) var elements: [Element] = []
    /// The elements a file may start with.
    private(set) var roots: [Int] = []

    /// The names of the schema's elements (not the renderings', which are any language's code).
    var elementNames: Set<String> { Set(elements.compactMap(\.name)) }

    /// The outline of the embedded schema, read once.
    static let embedded: SchemaOutline = {
        LibXML.initialize()
        let bytes = PackageResources.phrasebook_v1_rng
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(
                    chars.baseAddress, Int32(chars.count), "phrasebook-v1.rng", "UTF-8", Int32(XML_PARSE_NONET.rawValue)
                )
            }
        }
        guard let document, let grammar = xmlDocGetRootElement(document) else { return SchemaOutline() }
        defer { xmlFreeDoc(document) }
        var reader = Reader()
        return reader.outline(grammar)
    }()

    /// Reads the schema's tree; `defines` by name, element indices by schema node so that recursion ends.
    private struct Reader {
        var outline = SchemaOutline()
        var defines: [String: xmlNodePtr] = [:]
        var compiled: [UnsafeMutableRawPointer: Int] = [:]

        mutating func outline(_ grammar: xmlNodePtr) -> SchemaOutline {
            var start: xmlNodePtr?
            for node in Self.children(grammar) {
                switch Self.name(node) {
                case "define": if let name = Self.attribute(node, "name") { defines[name] = node }
                case "start": start = node
                default: break
                }
            }
            if let start {
                var root = Element(name: "")
                collect(start, into: &root, required: false)
                outline.roots = root.children
            }
            return outline
        }

        /// Adds what `node`'s children allow to `element`; `required` is false below optional and choice; `shared`
        /// is the place in the element's order of a choice or interleave being read (its elements share it).
        mutating func collect(_ node: xmlNodePtr, into element: inout Element, required: Bool, shared: Int? = nil) {
            for child in Self.children(node) {
                switch Self.name(child) {
                case "element":
                    let index = compile(child)
                    element.children.append(index)
                    if required { element.required.append(index) }
                    let place = shared ?? element.nextPlace
                    if shared == nil { element.nextPlace += 1 }
                    element.places[index] = min(element.places[index] ?? place, place)
                case "attribute":
                    guard let name = Self.attribute(child, "name") else { continue }
                    element.attributes.append(Attribute(name: name, required: required, value: value(child)))
                case "optional", "zeroOrMore": collect(child, into: &element, required: false, shared: shared)
                case "oneOrMore", "group": collect(child, into: &element, required: required, shared: shared)
                case "choice", "interleave":
                    let place = shared ?? element.nextPlace
                    if shared == nil { element.nextPlace += 1 }
                    collect(
                        child, into: &element, required: required && Self.name(child) == "interleave", shared: place)
                case "ref":
                    if let name = Self.attribute(child, "name"), let define = defines[name] {
                        collect(define, into: &element, required: required, shared: shared)
                    }
                case "text", "data", "value", "list": element.allowsText = true
                default: break
                }
            }
        }

        /// The index of the element `node` describes, compiling it the first time.
        mutating func compile(_ node: xmlNodePtr) -> Int {
            let key = UnsafeMutableRawPointer(node)
            if let known = compiled[key] { return known }
            let index = outline.elements.count
            compiled[key] = index
            var element = Element(name: Self.attribute(node, "name"))
            if element.name == nil, let any = Self.children(node).first(where: { Self.name($0) == "anyName" }) {
                let except = Self.children(any).first { Self.name($0) == "except" }
                element.excluded = Set(except.map(Self.children)?.compactMap(Self.text) ?? [])
            }
            outline.elements.append(element)
            collect(node, into: &element, required: true)
            outline.elements[index] = element
            return index
        }

        /// What an `<attribute>` (or a `<list>`) allows as its value.
        func value(_ node: xmlNodePtr) -> Value {
            var values: [String] = []
            for child in Self.children(node) {
                switch Self.name(child) {
                case "value": values.append(Self.text(child) ?? "")
                case "choice": if case .oneOf(let more) = value(child) { values += more }
                case "ref":
                    if let name = Self.attribute(child, "name"), let define = defines[name] { return value(define) }
                case "list": return .list(value(child))
                case "zeroOrMore", "oneOrMore": return value(child)
                case "data":
                    let param = Self.children(child).first { Self.name($0) == "param" }
                    return param.flatMap(Self.text).map(Value.pattern) ?? .text
                default: break
                }
            }
            return values.isEmpty ? .text : .oneOf(values)
        }

        static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
            var result: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
                child = current.pointee.next
            }
            return result
        }

        static func name(_ node: xmlNodePtr) -> String {
            String(cString: node.pointee.name)
        }

        static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
            var property = node.pointee.properties
            while let current = property {
                if String(cString: current.pointee.name) == name { return text(of: current.pointee.children) }
                property = current.pointee.next
            }
            return nil
        }

        static func text(_ node: xmlNodePtr) -> String? {
            text(of: node.pointee.children).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        private static func text(of first: xmlNodePtr?) -> String {
            var text = ""
            var node = first
            while let current = node {
                if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                    text += String(cString: content)
                }
                node = current.pointee.next
            }
            return text
        }
    }
}
