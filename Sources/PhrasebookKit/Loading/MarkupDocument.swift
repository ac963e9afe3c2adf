import CLibXML2

/// A node of an XML document read with its mixed content kept in order (text, then an inline element, then text
/// …): what XLIFF's `<source>` and `<target>` with inline codes need, and what `XMLElement` (element children and
/// gathered text) does not keep.
public indirect enum MarkupNode: Sendable {
    /// Character data, entities decoded.
    case text(String)
    /// An element with its namespace URI (empty when none), attributes by local name, and children in order.
    case element(MarkupElement)
}

/// An element of a `MarkupDocument`.
public struct MarkupElement: Sendable {
    /// The local name.
    public var name: String
    /// The namespace URI, or empty.
    public var namespace: String
    /// Attributes by name (`xml:lang` as `lang`).
    public var attributes: [String: String]
    /// Children in document order.
    public var children: [MarkupNode]
    /// Where the start tag is.
    public var location: SourceLocation

    /// The child elements, in order.
    public var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements called `name`.
    public func elements(_ name: String) -> [MarkupElement] { elements.filter { $0.name == name } }

    /// The concatenated text of every descendant text node.
    public var text: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }
}

/// Parses an XML document that is not content (an XLIFF file), with the loader's safety: UTF-8 only, a DOCTYPE
/// refused before libxml2 sees the file, no network, no entity expansion. No schema: the caller checks the
/// structure.
public enum MarkupDocument {
    /// The root element, or the diagnostics that make the file unusable.
    public static func parse(_ bytes: [UInt8], file: String) -> Result<MarkupElement, DiagnosticList> {
        let map = SourceMap(bytes: bytes, file: file)
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        .error, "invalid-encoding", "the file is not valid UTF-8", at: map.location(ofByte: offset))
                ]))
        }
        if let offset = map.doctype {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        .error, "doctype", "a DOCTYPE is not allowed (DTDs and entities are never loaded)",
                        at: map.location(ofByte: offset))
                ]))
        }
        LibXML.initialize()
        let collector = LibXML.ErrorCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSetStructuredErrorFunc(unmanaged.toOpaque(), LibXML.structuredHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), file, "UTF-8", options)
            }
        }
        let errors = collector.errors.map {
            Diagnostic(.error, "xml-syntax", $0.message, at: map.location(ofLine: $0.line, column: $0.column))
        }
        guard let document, errors.isEmpty, let root = xmlDocGetRootElement(document) else {
            if let document { xmlFreeDoc(document) }
            return .failure(
                DiagnosticList(
                    errors.isEmpty
                        ? [
                            Diagnostic(
                                .error, "xml-syntax", "the file has no root element", at: map.location(ofLine: 1))
                        ]
                        : errors))
        }
        defer { xmlFreeDoc(document) }
        var nextTag = 0
        return .success(element(root, map: map, nextTag: &nextTag))
    }

    private static func element(_ node: xmlNodePtr, map: SourceMap, nextTag: inout Int) -> MarkupElement {
        let location =
            nextTag < map.startTags.count
            ? map.location(ofByte: map.startTags[nextTag]) : map.location(ofLine: Int(xmlGetLineNo(node)))
        nextTag += 1
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
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
            children: children, location: location)
    }
}

/// Diagnostics as an error value.
public struct DiagnosticList: Error, Sendable {
    /// The diagnostics.
    public var diagnostics: [Diagnostic]

    /// Wraps `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
