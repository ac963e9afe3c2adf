/// Escaping for HTML and XML: text and attribute values alike.
public enum MarkupEscaping {
    /// `string` with `&`, `<`, `>`, `"` and `'` written as character references; returned as it is when it has
    /// none of them (most texts), so the common case costs one scan of the bytes. Byte by byte: the five are
    /// ASCII, never part of another character's UTF-8 (and one followed by a combining mark is escaped too,
    /// as an HTML parser reads it alone).
    public static func escape(_ string: String) -> String {
        let utf8 = string.utf8
        guard utf8.contains(where: { references[Int($0)] != nil }) else { return string }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if let reference = references[Int(byte)] {
                result += reference
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Per byte, its character reference, or `nil` for a byte written as it is.
    private static let references: [[UInt8]?] = (0..<256).map { value in
        switch UInt8(value) {
        case UInt8(ascii: "&"): Array("&amp;".utf8)
        case UInt8(ascii: "<"): Array("&lt;".utf8)
        case UInt8(ascii: ">"): Array("&gt;".utf8)
        case UInt8(ascii: "\""): Array("&quot;".utf8)
        case UInt8(ascii: "'"): Array("&#39;".utf8)
        default: nil
        }
    }
}
