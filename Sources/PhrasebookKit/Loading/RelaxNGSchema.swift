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
