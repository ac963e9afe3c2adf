import CLibXML2

/// Reading a file into a libxml2 document the safe way, for content files and XLIFF alike: UTF-8 only (the first
/// bad byte reported), a DOCTYPE refused before libxml2 sees the file (so no DTD, external entity or entity
/// expansion is ever processed), no network, errors collected with their line and column.
enum SafeXMLRead {
    /// The parsed document (free it with `xmlFreeDoc`), or the diagnostics that make the file unusable, said in
    /// the words of its `kind`.
    static func document(_ bytes: [UInt8], map: SourceMap, file: String, kind: XMLFileKind) -> Result<
        xmlDocPtr, DiagnosticList
    > {
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        .error, "invalid-encoding",
                        UTF8Validation.endsInsideCharacter(bytes, at: offset)
                            ? "the file ends in the middle of a character: it is cut off here (a copy, download or "
                                + "save that did not finish?); take the whole file again"
                            : UTF8Validation.isUTF16(bytes)
                                ? "the file is saved as UTF-16, not UTF-8; save it as UTF-8"
                                : legacyEncodingMessage(declared: declaredEncoding(bytes)?.name, kind: kind),
                        at: map.location(ofByte: offset))
                ]))
        }
        if UTF8Validation.isUTF16(bytes) {
            // UTF-16 without a byte-order mark can be valid UTF-8 byte by byte (ASCII with a NUL after each).
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        .error, "invalid-encoding", "the file is saved as UTF-16, not UTF-8; save it as UTF-8",
                        at: map.location(ofByte: 0))
                ]))
        }
        if let offset = map.doctype {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        .error, "doctype",
                        "a DOCTYPE is not allowed in \(kind.named) (DTDs and entities are never loaded); remove it",
                        at: map.location(ofByte: offset))
                ]))
        }
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        .error, "xml-syntax", "the file is empty: it needs its root element",
                        at: map.location(ofLine: 1))
                ]))
        }
        LibXML.initialize()
        let collector = LibXML.ErrorCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSetStructuredErrorFunc(unmanaged.toOpaque(), LibXML.structuredHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
        // XML reads a lone carriage return (old Mac line ends) as a line feed, but libxml2 counts only line feeds
        // in the lines it reports: given line feeds there (byte for byte, the same document), it reports the lines
        // the map counts.
        let parsed = map.hasLoneCarriageReturns ? lineFeedsForLoneCarriageReturns(bytes) : bytes
        let document = parsed.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), file, "UTF-8", options)
            }
        }
        let syntaxErrors = XMLSyntaxMessages.diagnostics(collector.errors, map: map, kind: kind)
        guard let document, syntaxErrors.isEmpty, xmlDocGetRootElement(document) != nil else {
            if let document { xmlFreeDoc(document) }
            return .failure(
                DiagnosticList(
                    syntaxErrors.isEmpty
                        ? [
                            Diagnostic(
                                .error, "xml-syntax", "the file has no root element", at: map.location(ofLine: 1))
                        ]
                        : syntaxErrors))
        }
        return .success(document)
    }

    /// `bytes` with every carriage return that is not followed by a line feed replaced by a line feed.
    private static func lineFeedsForLoneCarriageReturns(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for index in result.indices where result[index] == 0x0D {
            if SourceMap.isLineBreak(0x0D, before: index + 1 < result.count ? result[index + 1] : nil) {
                result[index] = 0x0A
            }
        }
        return result
    }

    /// What to say of bytes that are not UTF-8: the encoding the file's XML declaration names, if it names one
    /// that is not UTF-8 (`GB18030`: saved so on purpose), else a guess.
    private static func legacyEncodingMessage(declared: String?, kind: XMLFileKind) -> String {
        if let declared, declared.uppercased() != "UTF-8" {
            return "the file is saved as \(declared), as its XML declaration says; phrasebook reads \(kind.encodings): "
                + "save it as UTF-8 and write encoding=\"UTF-8\""
        }
        return "the file is not valid UTF-8 here (saved as GBK or another legacy encoding?); save it as UTF-8"
    }

    /// The `invalid-encoding` error of a file whose bytes are UTF-8 but whose XML declaration names another
    /// encoding (`encoding="GBK"`), at that name: phrasebook reads it as UTF-8, every other XML tool as what it
    /// says. `nil` when it names none, or UTF-8.
    static func otherDeclaredEncoding(_ bytes: [UInt8], map: SourceMap, kind: XMLFileKind) -> Diagnostic? {
        guard let declared = declaredEncoding(bytes), !["UTF-8", "UTF8"].contains(declared.name.uppercased())
        else { return nil }
        return Diagnostic(
            .error, "invalid-encoding",
            "the XML declaration says encoding=\"\(declared.name)\", but \(kind.isUTF8): "
                + "write encoding=\"UTF-8\" (other XML tools read the file as \(declared.name))",
            at: map.location(ofByte: declared.offset))
    }

    /// The encoding named by the XML declaration at the start of `bytes` (after a byte-order mark), if any, and
    /// the offset of that name.
    private static func declaredEncoding(_ bytes: [UInt8]) -> (name: String, offset: Int)? {
        let skipped = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let head = Array(bytes.dropFirst(skipped).prefix(200).prefix { $0 < 0x80 })
        guard head.starts(with: Array("<?xml".utf8)), let end = ByteSearch.find("?>", in: head) else { return nil }
        let declaration = Array(head[..<end])
        // The common declarations are told by their bytes, without a string or the pattern (Foundation's search
        // and a regular expression cost more than the file's other checks here, once per file).
        guard ByteSearch.find("encoding", in: declaration) != nil,
            ByteSearch.find(#"encoding="UTF-8""#, in: declaration) == nil
        else { return nil }
        let start = String(decoding: declaration, as: UTF8.self)
        guard let found = start.firstMatch(of: /encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']/) else { return nil }
        // ASCII only: a distance in characters is one in bytes.
        return (String(found.1), skipped + start.distance(from: start.startIndex, to: found.1.startIndex))
    }
}
