import CLibXML2

/// A node of an XML document read with its mixed content kept in order (text, then an inline element, then text
/// …): what XLIFF's `<source>` and `<target>` with inline codes need, and what `XMLElement` (element children and
/// gathered text) does not keep.
indirect enum MarkupNode: Sendable {
    /// Character data, entities decoded.
    case text(String)
    /// An element with its namespace URI (empty when none), attributes by local name, and children in order.
    case element(MarkupElement)
}

/// An element of a `MarkupDocument`.
struct MarkupElement: Sendable {
    /// The local name.
    var name: String
    /// The namespace URI, or empty.
    var namespace: String
    /// Attributes by name (`xml:lang` as `lang`).
    var attributes: [String: String]
    /// Children in document order.
    var children: [MarkupNode]
    /// Where the start tag is.
    var location: SourceLocation
    /// Where each attribute's name is written in the start tag, by local name.
    var attributeLocations: [String: SourceLocation] = [:]

    /// Where the attribute `name` is written; the start tag when it is not found there.
    func location(ofAttribute name: String) -> SourceLocation {
        attributeLocations[name] ?? location
    }

    /// The child elements, in order.
    var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements called `name`.
    func elements(_ name: String) -> [MarkupElement] { elements.filter { $0.name == name } }

    /// The concatenated text of every descendant text node.
    var text: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }
}

/// Parses an XML document that is not content (an XLIFF file), with the loader's safety: UTF-8, or UTF-16 as
/// some CAT tools save XLIFF (read as the same text in UTF-8: lines and columns stay), a DOCTYPE refused before
/// libxml2 sees the file, no network, no entity expansion; UTF-8 whose XML declaration names another encoding
/// refused, as in content, unless it is ASCII alone. No schema: the caller checks the structure.
enum MarkupDocument {
    /// The root element, or the diagnostics that make the file unusable.
    static func parse(_ bytes: [UInt8], file: String) -> Result<MarkupElement, DiagnosticList> {
        let converted = UTF8Validation.utf8(fromUTF16: bytes)
        let bytes = converted ?? bytes
        let map = SourceMap(bytes: bytes, file: file)
        let document: xmlDocPtr
        switch SafeXMLRead.document(bytes, map: map, file: file, kind: .xliff) {
        case .success(let parsed): document = parsed
        case .failure(let problems): return .failure(problems)
        }
        defer { xmlFreeDoc(document) }
        // A file saved as UTF-8 whose declaration names another encoding (`encoding="GBK"`) is read so by other
        // tools; one saved as UTF-16 says so, and is read as UTF-16. A file of ASCII alone (every other character
        // a reference, `&#xD55C;`, as some tools write under `encoding="ISO-8859-1"`) reads the same either way.
        if converted == nil, bytes.contains(where: { $0 >= 0x80 }),
            let declared = SafeXMLRead.otherDeclaredEncoding(bytes, map: map, kind: .xliff)
        {
            return .failure(DiagnosticList([declared]))
        }
        let root = xmlDocGetRootElement(document)!
        var nextTag = 0
        return .success(element(root, map: map, nextTag: &nextTag))
    }

    private static func element(_ node: xmlNodePtr, map: SourceMap, nextTag: inout Int) -> MarkupElement {
        let location =
            nextTag < map.tags.count
            ? map.location(ofByte: map.tags[nextTag].offset) : map.location(ofLine: Int(xmlGetLineNo(node)))
        let written = map.attributeNames(ofTag: nextTag)
        nextTag += 1
        var attributes: [String: String] = [:]
        var attributeLocations: [String: SourceLocation] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let offset = map.offset(ofAttribute: current.pointee.name, index: attributes.count, in: written) {
                attributeLocations[String(cString: current.pointee.name)] = map.location(ofByte: offset)
            }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes[String(cString: current.pointee.name)] = value
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(.element(element(current, map: map, nextTag: &nextTag)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default: break
            }
            child = current.pointee.next
        }
        let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
        return MarkupElement(
            name: String(cString: node.pointee.name), namespace: namespace, attributes: attributes,
            children: children, location: location, attributeLocations: attributeLocations)
    }
}

/// Diagnostics as an error value.
struct DiagnosticList: Error, Sendable {
    /// The diagnostics.
    var diagnostics: [Diagnostic]

    /// Wraps `diagnostics`.
    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
