import CLibXML2

/// Parses one content file with libxml2 (no network, no DTD, no entity substitution), validates it against the
/// schema and hands back an `XMLElement` tree whose every element and attribute knows its line and column.
struct XMLFileParser {
    let schema: RelaxNGSchema

    /// Parses `bytes`, the content of `file`. Returns the tree, or `nil` when the file cannot be used, and every
    /// problem found as a diagnostic; `refused`: the tree of a well-formed file the schema refused (not for use
    /// as content: only to look, where the schema errors are not, for mistakes of another kind).
    func parse(_ bytes: [UInt8], file: String) -> (
        root: XMLElement?, diagnostics: [Diagnostic], refused: XMLElement?
    ) {
        guard bytes.count <= LoaderLimits.fileBytes else {
            return (
                nil, [LoaderLimits.fileTooLarge(bytes.count, at: SourceLocation(file: file, line: 1, column: 1))], nil
            )
        }
        let map = SourceMap(bytes: bytes, file: file)
        if let most = map.mostAttributes, most.count > LoaderLimits.attributesPerElement {
            return (nil, [LoaderLimits.tooManyAttributes(most.count, at: map.location(ofByte: most.offset))], nil)
        }
        let document: xmlDocPtr
        switch SafeXMLRead.document(bytes, map: map, file: file, kind: .content) {
        case .success(let parsed): document = parsed
        case .failure(let problems): return (nil, problems.diagnostics, nil)
        }
        defer { xmlFreeDoc(document) }
        if let declared = SafeXMLRead.otherDeclaredEncoding(bytes, map: map, kind: .content) {
            return (nil, [declared], nil)
        }
        let rootNode = xmlDocGetRootElement(document)!
        var builder = TreeBuilder(map: map)
        let root = builder.element(rootNode)
        guard builder.problems.isEmpty else { return (nil, builder.problems, nil) }
        let reported = schema.validate(document)
        guard !reported.isEmpty else { return (root, [], nil) }
        let explained = SchemaExplainer(outline: .embedded).explain(root)
        guard explained.isEmpty else { return (nil, explained, root) }
        let locations = Dictionary(builder.visited, uniquingKeysWith: { first, _ in first })
        return (
            nil,
            LibXML.schemaDiagnostics(reported) { error in
                error.node.flatMap { locations[$0] } ?? map.location(ofLine: error.line)
            },
            root
        )
    }
}

/// Turns libxml2's tree into `XMLElement`s, pairing each element with its start tag in document order and each
/// attribute with its name in that tag (libxml2 lists them in the order written). Refuses, as `problems`,
/// elements and attributes in a namespace (content is in none: `<q:ja xmlns:q="…">` is not a rendering) and
/// texts longer than ``LoaderLimits/textBytes``. A default namespace (`xmlns="…"`) is one problem at its
/// declaration, not one for every element it puts in the namespace.
private struct TreeBuilder {
    let map: SourceMap
    var nextTag = 0
    /// Every element's node and location, in document order (looked up by node only when the schema reports
    /// a problem, so kept as a list, not hashed as they come).
    var visited: [(node: UnsafeMutableRawPointer, location: SourceLocation)] = []
    var problems: [Diagnostic] = []

    mutating func element(_ node: xmlNodePtr) -> XMLElement {
        let tag = nextTag
        let tagOffset = tag < map.tags.count ? map.tags[tag].offset : nil
        nextTag += 1
        // Closures, not `map.location(ofByte:)` passed as a function: that copies the map (its arrays retained and
        // released) for every element and attribute.
        let location = tagOffset.map { map.location(ofByte: $0) } ?? map.location(ofLine: Int(xmlGetLineNo(node)))
        visited.append((UnsafeMutableRawPointer(node), location))
        let name = String(cString: node.pointee.name)
        var declared = node.pointee.nsDef
        while let namespace = declared {
            if namespace.pointee.prefix == nil, let uri = namespace.pointee.href, uri.pointee != 0 {
                let at = map.defaultNamespaceDeclaration(ofTag: tag).map { map.location(ofByte: $0) } ?? location
                problems.append(
                    Diagnostic(
                        .error, "schema",
                        "xmlns=\"\(String(cString: uri))\" puts <\(name)> and every element in it in that XML "
                            + "namespace; content elements take no namespace: remove the xmlns attribute",
                        at: at))
            }
            declared = namespace.pointee.next
        }
        // An element in the default namespace is reported at its declaration, above.
        if let namespace = node.pointee.ns, namespace.pointee.prefix != nil {
            problems.append(Self.foreign("element <\(Self.qualified(name, namespace))>", namespace, at: location))
        }
        let written = map.attributeNames(ofTag: tag)
        var attributes: [XMLElement.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = String(cString: current.pointee.name)
            let offset = map.offset(ofAttribute: current.pointee.name, index: attributes.count, in: written)
            let attributeLocation = offset.map { map.location(ofByte: $0) } ?? location
            if let namespace = current.pointee.ns {
                problems.append(
                    Self.foreign(
                        "attribute \(Self.qualified(attributeName, namespace)) of <\(name)>", namespace,
                        at: attributeLocation))
            }
            attributes.append(
                .init(name: attributeName, value: Self.text(of: current.pointee.children), location: attributeLocation))
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
        if text.utf8.count > LoaderLimits.textBytes {
            problems.append(LoaderLimits.textTooLong(name, bytes: text.utf8.count, at: location))
        }
        return XMLElement(name: name, attributes: attributes, children: children, text: text, location: location)
    }

    private static func qualified(_ name: String, _ namespace: xmlNsPtr) -> String {
        namespace.pointee.prefix.map { String(cString: $0) + ":" + name } ?? name
    }

    private static func foreign(_ what: String, _ namespace: xmlNsPtr, at location: SourceLocation) -> Diagnostic {
        let uri = namespace.pointee.href.map { String(cString: $0) } ?? ""
        return Diagnostic(
            .error, "schema",
            "\(what) is in the XML namespace '\(uri)'; content elements and attributes take no namespace: "
                + "remove the prefix and the xmlns declaration",
            at: location)
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
