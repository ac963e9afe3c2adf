/// Escaping for HTML and XML: text and attribute values alike.
public enum MarkupEscaping {
    /// `string` with `&`, `<`, `>`, `"` and `'` written as character references; returned as it is when it has
    /// none of them (most texts), so the common case costs one scan of the bytes (``ByteEscapes``: one followed by
    /// a combining mark is escaped too, as an HTML parser reads it alone).
    public static func escape(_ string: String) -> String {
        references.escape(string)
    }

    private static let references = ByteEscapes { byte in
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
