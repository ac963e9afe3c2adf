/// Byte-level facts about a file that libxml2's tree does not keep: where each start tag begins, whether a
/// DOCTYPE is present, and how byte offsets turn into line and column.
struct SourceMap {
    /// The byte offsets of every start tag's `<`, in document order.
    private(set) var startTags: [Int] = []
    /// The offset of `<!DOCTYPE`, if the file has one.
    private(set) var doctype: Int?
    private var lineStarts: [Int] = [0]
    private let bytes: [UInt8]
    private let file: String

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lineStarts.append(offset + 1)
        }
        scanTags()
    }

    /// Line and column (1-based, in Unicode scalars) of a byte offset.
    func location(ofByte offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        var column = 1
        var index = start
        while index < min(offset, bytes.count) {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(file: file, line: low + 1, column: column)
    }

    /// The location where line `line` begins, for errors that only know their line.
    func location(ofLine line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
    }

    /// Where the attribute `name` of the start tag at `tagOffset` is written, or the tag itself.
    func attributeOffset(_ name: String, inTagAt tagOffset: Int) -> Int {
        let needle = Array(name.utf8)
        var found: Int?
        _ = walkTag(from: tagOffset + 1) { index in
            guard Self.isSpace(bytes[index - 1]), matches(needle, at: index) else { return false }
            var after = index + needle.count
            while after < bytes.count, Self.isSpace(bytes[after]) { after += 1 }
            if after < bytes.count, bytes[after] == UInt8(ascii: "=") { found = index }
            return found != nil
        }
        return found ?? tagOffset
    }

    private mutating func scanTags() {
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if matches(Array("<!--".utf8), at: index) {
                    index = skip(past: Array("-->".utf8), from: index + 4)
                } else if matches(Array("<![CDATA[".utf8), at: index) {
                    index = skip(past: Array("]]>".utf8), from: index + 9)
                } else {
                    if matches(Array("<!DOCTYPE".utf8), at: index), doctype == nil { doctype = index }
                    index = skip(past: [UInt8(ascii: ">")], from: index + 2)
                }
            } else if next == UInt8(ascii: "?") {
                index = skip(past: Array("?>".utf8), from: index + 2)
            } else if next == UInt8(ascii: "/") {
                index = skip(past: [UInt8(ascii: ">")], from: index + 2)
            } else {
                startTags.append(index)
                index = skipTag(from: index + 1)
            }
        }
    }

    private func matches(_ needle: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for (offset, byte) in needle.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private func skip(past needle: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == needle[0], matches(needle, at: index) { return index + needle.count }
            index += 1
        }
        return bytes.count
    }

    private func skipTag(from start: Int) -> Int {
        walkTag(from: start) { _ in false }
    }

    /// Visits the offsets of a start tag's bytes that are outside quoted attribute values, from `start` up to the
    /// closing `>`, until `visit` returns true. Returns the offset just past the `>` (or the end of the file).
    private func walkTag(from start: Int, _ visit: (Int) -> Bool) -> Int {
        var index = start
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            } else if visit(index) {
                return index
            }
            index += 1
        }
        return bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
