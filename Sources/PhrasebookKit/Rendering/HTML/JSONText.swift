/// JSON string literals for data written into scripts: `"`, `\` and control characters escaped as JSON requires,
/// and `<` as `\u003c`, so that no content can open or close markup if the data is ever inlined in a page.
enum JSONText {
    /// `string` as a quoted JSON string. What needs escaping is all ASCII, so the text between is copied as it is,
    /// a run of bytes at a time (the search data quotes texts of megabytes, most with a quote or a `<` somewhere).
    static func quoted(_ string: String) -> String {
        var result = "\""
        result.reserveCapacity(string.utf8.count + 2)
        let utf8 = string.utf8
        var run = utf8.startIndex
        var index = run
        while let found = utf8[index...].firstIndex(where: needsEscape) {
            // The bytes around an ASCII byte are whole scalars: a slice of the UTF-8 view is a valid text.
            result += Substring(utf8[run..<found])
            result += escaped(utf8[found])
            index = utf8.index(after: found)
            run = index
        }
        result += Substring(utf8[run...])
        return result + "\""
    }

    /// Whether `byte` is one a JSON string in a script escapes.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C
    }

    /// The escape of `byte`, one that ``needsEscape(_:)``.
    private static func escaped(_ byte: UInt8) -> String {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x3C: return "\\u003c"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    /// `strings` as a JSON array of strings.
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }
}
