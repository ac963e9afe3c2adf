/// JSON string literals for data written into scripts: `"`, `\` and control characters escaped as JSON requires,
/// and `<` as `\u003c`, so that no content can open or close markup if the data is ever inlined in a page.
enum JSONText {
    /// `string` as a quoted JSON string. What needs escaping is all ASCII, never part of another character's UTF-8,
    /// so the string is escaped byte by byte through a table (the search data quotes texts of megabytes).
    static func quoted(_ string: String) -> String {
        var string = string
        return string.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 2)
            result.append(UInt8(ascii: "\""))
            for byte in bytes {
                if let escape = escapes[Int(byte)] {
                    result += escape
                } else {
                    result.append(byte)
                }
            }
            result.append(UInt8(ascii: "\""))
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Per byte, its escape in a JSON string in a script, or `nil` for a byte written as it is: `"`, `\`, `<`
    /// (as `\u003c`) and the control characters.
    private static let escapes: [[UInt8]?] = (0..<256).map { value -> [UInt8]? in
        let escape: String? =
            switch value {
            case 0x22: "\\\""
            case 0x5C: "\\\\"
            case 0x3C: "\\u003c"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            case 0x08: "\\b"
            case 0x0C: "\\f"
            case 0..<0x10: "\\u000" + String(value, radix: 16)
            case 0x10..<0x20: "\\u00" + String(value, radix: 16)
            default: nil
            }
        return escape.map { Array($0.utf8) }
    }

    /// `strings` as a JSON array of strings.
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }
}
