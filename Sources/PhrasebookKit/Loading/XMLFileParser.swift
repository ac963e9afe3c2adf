import CLibXML2

/// Parses one content file with libxml2 (no network, no DTD, no entity substitution), validates it against the
/// schema and hands back an `XMLElement` tree whose every element and attribute knows its line and column.
struct XMLFileParser {
    let schema: RelaxNGSchema

    /// Parses `bytes`, the content of `file`. Returns the tree, or `nil` when the file cannot be used, and every
    /// problem found as a diagnostic.
    func parse(_ bytes: [UInt8], file: String) -> (root: XMLElement?, diagnostics: [Diagnostic]) {
        let map = SourceMap(bytes: bytes, file: file)
        let document: xmlDocPtr
        switch SafeXMLRead.document(bytes, map: map, file: file, kind: "content files") {
        case .success(let parsed): document = parsed
        case .failure(let problems): return (nil, problems.diagnostics)
        }
        defer { xmlFreeDoc(document) }
        let rootNode = xmlDocGetRootElement(document)!
        var builder = TreeBuilder(map: map)
        let root = builder.element(rootNode)
        let schemaErrors = schema.validate(document).map { error -> Diagnostic in
            let location = error.node.flatMap { builder.locations[$0] } ?? map.location(ofLine: error.line)
            return Diagnostic(.error, "schema", error.message, at: location)
        }
        return (schemaErrors.isEmpty ? root : nil, schemaErrors)
    }
}

/// Turns libxml2's tree into `XMLElement`s, pairing each element with its start tag in document order.
private struct TreeBuilder {
    let map: SourceMap
    var nextTag = 0
    var locations: [UnsafeMutableRawPointer: SourceLocation] = [:]

    mutating func element(_ node: xmlNodePtr) -> XMLElement {
        let tagOffset = nextTag < map.startTags.count ? map.startTags[nextTag] : nil
        nextTag += 1
        let location = tagOffset.map(map.location(ofByte:)) ?? map.location(ofLine: Int(xmlGetLineNo(node)))
        locations[UnsafeMutableRawPointer(node)] = location
        var attributes: [XMLElement.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let attributeLocation = tagOffset.map { map.location(ofByte: map.attributeOffset(name, inTagAt: $0)) }
            attributes.append(
                .init(
                    name: name, value: Self.text(of: current.pointee.children), location: attributeLocation ?? location)
            )
            attribute = current.pointee.next
        }
        var children: [XMLElement] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(element(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default: break
            }
            child = current.pointee.next
        }
        return XMLElement(
            name: String(cString: node.pointee.name), attributes: attributes, children: children, text: text,
            location: location)
    }

    private static func text(of first: xmlNodePtr?) -> String {
        var text = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { text += String(cString: content) }
            node = current.pointee.next
        }
        return text
    }
}
