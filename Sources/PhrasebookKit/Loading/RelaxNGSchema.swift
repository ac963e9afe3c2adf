import CLibXML2

/// The compiled RELAX NG schema of format v1 (embedded from `Resources/phrasebook-v1.rng`).
/// Not thread-safe: give each thread its own instance.
final class RelaxNGSchema {
    let pointer: xmlRelaxNGPtr

    /// Compiles the embedded schema.
    init() throws(PhrasebookError) {
        LibXML.initialize()
        let bytes = PackageResources.phrasebook_v1_rng
        let parsed: xmlRelaxNGPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let context = xmlRelaxNGNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else {
                    return nil
                }
                defer { xmlRelaxNGFreeParserCtxt(context) }
                return xmlRelaxNGParse(context)
            }
        }
        guard let parsed else { throw PhrasebookError.internalFailure("the embedded RELAX NG schema does not compile") }
        pointer = parsed
    }

    deinit {
        xmlRelaxNGFree(pointer)
    }

    /// Validates a parsed document; returns libxml2's errors.
    func validate(_ document: xmlDocPtr) -> [LibXML.ReportedError] {
        guard let context = xmlRelaxNGNewValidCtxt(pointer) else { return [] }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let collector = LibXML.ErrorCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlRelaxNGSetValidStructuredErrors(context, LibXML.structuredHandler, unmanaged.toOpaque())
        xmlRelaxNGValidateDoc(context, document)
        return collector.errors
    }
}

extension LibXML {
    /// libxml2's schema errors as diagnostics when ``SchemaExplainer`` found nothing to say: its summaries
    /// ("failed to validate content", "got nothing") dropped when a more telling error is there, and at most one
    /// error per place.
    static func schemaDiagnostics(
        _ errors: [ReportedError], location: (ReportedError) -> SourceLocation
    ) -> [Diagnostic] {
        let summaries = ["failed to validate", "got nothing"]
        let telling = errors.filter { error in !summaries.contains { error.message.contains($0) } }
        var seen: Set<SourceLocation> = []
        return (telling.isEmpty ? Array(errors.prefix(1)) : telling).compactMap { error in
            let place = location(error)
            guard seen.insert(place).inserted else { return nil }
            return Diagnostic(.error, "schema", "the schema refuses this: " + error.message, at: place)
        }
    }
}
