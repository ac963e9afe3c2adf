/// JSON string literals for data written into scripts: `"`, `\` and control characters escaped as JSON requires,
/// and `<` as `\u003c`, so that no content can open or close markup if the data is ever inlined in a page.
enum JSONText {
    /// `string` as a quoted JSON string, escaped byte by byte (``ByteEscapes``: the search data quotes texts of
    /// megabytes).
    static func quoted(_ string: String) -> String {
        escapes.escaped(string, quote: UInt8(ascii: "\""))
    }

    /// `"`, `\`, `<` (as `\u003c`) and the control characters.
    private static let escapes = ByteEscapes { byte in
        switch byte {
        case 0x22: "\\\""
        case 0x5C: "\\\\"
        case 0x3C: "\\u003c"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0x08: "\\b"
        case 0x0C: "\\f"
        case 0..<0x10: "\\u000" + String(byte, radix: 16)
        case 0x10..<0x20: "\\u00" + String(byte, radix: 16)
        default: nil
        }
    }

    /// `strings` as a JSON array of strings.
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }
}
