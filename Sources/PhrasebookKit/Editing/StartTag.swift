/// A start tag read from a file's raw bytes: its name, each attribute's value range and quote, and where the
/// tag ends. The editor uses it to change one attribute without touching any other byte.
struct StartTag {
    /// An attribute as written.
    struct Attribute {
        var name: String
        /// The offset of the name's first byte.
        var nameStart: Int
        /// The bytes between the quotes.
        var valueRange: Range<Int>
    }

    var name: String
    var attributes: [Attribute]
    /// The offset of the `<`.
    var start: Int
    /// The offset of `>` or of the `/` of `/>`: where a new attribute is inserted.
    var insertionPoint: Int
    /// The offset just past the closing `>`.
    var end: Int
    /// Whether the tag closes itself (`<ko/>`).
    var isEmptyElement: Bool

    /// Reads the start tag whose `<` is at `start`, or `nil` when the bytes there are not a start tag.
    init?(_ bytes: [UInt8], at start: Int) {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return nil }
        var index = start + 1
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func isNameEnd(_ byte: UInt8) -> Bool {
            isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
        }
        func readName() -> String {
            let from = index
            while index < bytes.count, !isNameEnd(bytes[index]) { index += 1 }
            return String(decoding: bytes[from..<index], as: UTF8.self)
        }
        name = readName()
        guard !name.isEmpty, !name.hasPrefix("!"), !name.hasPrefix("?") else { return nil }
        attributes = []
        self.start = start
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") {
                (insertionPoint, end, isEmptyElement) = (index, index + 1, false)
                return
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return nil }
                (insertionPoint, end, isEmptyElement) = (index, index + 2, true)
                return
            }
            let nameStart = index
            let attributeName = readName()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard !attributeName.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
            else { return nil }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < bytes.count, bytes[index] != quote { index += 1 }
            guard index < bytes.count else { return nil }
            attributes.append(Attribute(name: attributeName, nameStart: nameStart, valueRange: valueStart..<index))
            index += 1
        }
    }

    /// The attribute called `name`, if written.
    func attribute(_ name: String) -> Attribute? {
        attributes.first { $0.name == name }
    }
}
