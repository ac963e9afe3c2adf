import CLibXML2
import Foundation

/// A generated page parsed with libxml2's HTML parser into a small tree that tests can query: elements with
/// their attributes and text. Parse errors are not reported here (libxml2's HTML parser predates HTML5); the
/// Nu checker in `scripts/validate-html.sh` judges validity, these tests judge structure.
struct HTMLDocument {
    /// An element of the page.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        /// The element's own text and that of its descendants, in document order.
        var text = ""
        weak var parent: Element?

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The class names of the element.
        var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }

        /// Every element under this one, depth first, in document order.
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }

        /// The descendants named `name` (and with class `className` when given).
        func all(_ name: String? = nil, class className: String? = nil) -> [Element] {
            descendants.filter { element in
                (name == nil || element.name == name) && (className == nil || element.classes.contains(className!))
            }
        }

        /// The nearest ancestor named `name`, or with class `className`.
        func ancestor(_ name: String? = nil, class className: String? = nil) -> Element? {
            var node = parent
            while let current = node {
                if (name == nil || current.name == name) && (className == nil || current.classes.contains(className!)) {
                    return current
                }
                node = current.parent
            }
            return nil
        }
    }

    /// The `html` element.
    let root: Element
    /// The file the page was read from.
    let path: String

    /// Parses the file at `path`.
    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.path = path
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document = data.withUnsafeBytes { buffer in
            htmlReadMemory(
                buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), path, "UTF-8", options)
        }
        guard let document else { throw CocoaError(.fileReadCorruptFile) }
        defer { xmlFreeDoc(document) }
        guard let top = xmlDocGetRootElement(document) else { throw CocoaError(.fileReadCorruptFile) }
        root = Self.convert(top)
    }

    /// Every element of the page.
    var elements: [Element] { [root] + root.descendants }

    /// The element with `id`, if any.
    func element(id: String) -> Element? { elements.first { $0.attributes["id"] == id } }

    /// Every `id` on the page.
    var ids: [String] { elements.compactMap { $0.attributes["id"] } }

    private static func convert(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            // An attribute's value is the text of its child nodes (no entity nodes: the HTML parser expands them).
            var value = ""
            var part = current.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            attributes[name] = value
            attribute = current.pointee.next
        }
        let element = Element(name: String(cString: node.pointee.name).lowercased(), attributes: attributes)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let converted = convert(current)
                converted.parent = element
                element.children.append(converted)
                element.text += converted.text
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }
}
