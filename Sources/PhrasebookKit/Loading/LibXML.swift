import CLibXML2

/// libxml2's process-wide set-up and its structured error callback, shared by parsing and validation.
enum LibXML {
    /// One error as libxml2 reports it.
    struct ReportedError {
        /// libxml2's error number (`xmlParserErrors`).
        var code: Int32
        var message: String
        var line: Int
        var column: Int
        /// The tree node the error is about, when libxml2 knows it (validation errors do).
        var node: UnsafeMutableRawPointer?
        /// The names of the elements open when the parser reported the error, outermost first: kept for an end
        /// tag that does not match its element and for the end of the file reached inside one, empty otherwise.
        var openElements: [String] = []
    }

    /// Collects the errors of one parse or validation; passed to libxml2 as its user data.
    final class ErrorCollector {
        var errors: [ReportedError] = []
    }

    private static let initialized: Bool = {
        xmlInitParser()
        // XML Schema's built-in types, which RELAX NG's datatype library looks up, are made lazily by the first
        // lookup; two threads compiling their first schemas at once race on that ("type 'string' is not
        // exported by type library"): about 1 start in 100 failed. Both registries are filled here, once.
        xmlSchemaInitTypes()
        xmlRelaxNGInitTypes()
        return true
    }()

    /// Initialises libxml2 once; call before using it from several threads.
    static func initialize() {
        _ = initialized
    }

    /// The callback libxml2 calls with each error; its user data is an `ErrorCollector`.
    static let structuredHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        let reported = error.pointee
        guard reported.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = reported.message.map { String(cString: $0) } ?? "unknown XML error"
        collector.errors.append(
            ReportedError(
                code: reported.code,
                message: message.trimmingCharacters(in: .whitespacesAndNewlines),
                line: Int(reported.line),
                column: Int(reported.int2),
                node: reported.node,
                openElements: openElements(reported)
            ))
    }

    /// The names of the elements open in the parser that reported `error`, when it is an end tag that does not
    /// match or the end of the file inside an element (the parser's own stack: which elements are open decides
    /// what the mistake is); empty for any other error.
    private static func openElements(_ error: xmlError) -> [String] {
        let code = UInt32(bitPattern: error.code)
        guard error.domain == Int32(XML_FROM_PARSER.rawValue),
            code == XML_ERR_TAG_NAME_MISMATCH.rawValue || code == XML_ERR_TAG_NOT_FINISHED.rawValue,
            let context = error.ctxt
        else { return [] }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee
        guard let names = parser.nameTab else { return [] }
        return (0..<Int(parser.nameNr)).compactMap { names[$0].map { String(cString: $0) } }
    }
}
