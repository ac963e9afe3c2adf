/// An escaping that replaces ASCII bytes only (markup, Markdown, JSON): what each byte becomes, in a table looked up
/// once per byte of the UTF-8. An ASCII byte is never part of another character's UTF-8, so escaping byte by byte
/// is exact, and an ASCII character followed by a combining mark is escaped as the character alone, as the
/// parsers of these formats read it.
struct ByteEscapes: Sendable {
    /// Per byte, what it becomes; `nil` for a byte written as it is.
    private let table: [[UInt8]?]

    /// The escaping that writes each byte as `escape` gives it, or as it is where `escape` gives `nil`; `escape`
    /// must give `nil` for every byte that is not ASCII.
    init(_ escape: (UInt8) -> String?) {
        table = (0..<256).map { value in
            let byte = UInt8(value)
            let escaped = escape(byte).map { Array($0.utf8) }
            precondition(escaped == nil || byte < 0x80, "only ASCII bytes are escaped")
            return escaped
        }
    }

    /// `string` escaped; `string` itself when none of its bytes needs escaping (one scan of the bytes).
    func escape(_ string: String) -> String {
        guard string.utf8.contains(where: { table[Int($0)] != nil }) else { return string }
        return escaped(string)
    }

    /// `string` escaped, between `quote` bytes when given.
    func escaped(_ string: String, quote: UInt8? = nil) -> String {
        var string = string
        return string.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            if let quote { result.append(quote) }
            for byte in bytes {
                if let escape = table[Int(byte)] {
                    result += escape
                } else {
                    result.append(byte)
                }
            }
            if let quote { result.append(quote) }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
