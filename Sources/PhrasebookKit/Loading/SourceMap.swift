import Foundation

/// Byte-level facts about a file that libxml2's tree does not keep: where each start tag begins, where each of
/// its attributes is written, whether a DOCTYPE is present, and how byte offsets turn into line and column.
///
/// Everything is found in one pass over the bytes, and every lookup afterwards costs at most a binary search
/// and ``checkpointStride`` bytes: a file written on one long line (minified) costs what the same bytes with
/// line breaks cost, and a tag with thousands of attributes is not walked once per attribute.
struct SourceMap {
    /// The bytes between two checkpoints of the scalar count: a location lookup reads at most this many.
    static let checkpointStride = 64

    /// One start tag: where its `<` is and which of ``attributeNames`` are its attributes.
    struct Tag {
        var offset: Int
        var attributes: Range<Int>
    }

    /// Every start tag, in document order.
    private(set) var tags: [Tag] = []
    /// The byte range of every attribute name (of every tag, in order), `xmlns` declarations included.
    private(set) var attributeNames: [Range<Int>] = []
    /// The offset of `<!DOCTYPE`, if the file has one.
    private(set) var doctype: Int?
    /// Whether a line ends in a carriage return alone (old Mac line ends), which libxml2 reads as a line feed but
    /// does not count in the lines it reports (``SafeXMLRead`` gives it line feeds instead).
    private(set) var hasLoneCarriageReturns = false
    private var lineStarts: [Int] = [0]
    /// `scalarCheckpoints[k]`: how many Unicode scalars start before byte `k * checkpointStride`.
    private var scalarCheckpoints: [Int] = []
    private let bytes: [UInt8]
    private let file: String

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        scalarCheckpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { bytes in
            for start in stride(from: 0, to: bytes.count, by: Self.checkpointStride) {
                scalarCheckpoints.append(scalars)
                for offset in start..<min(start + Self.checkpointStride, bytes.count) {
                    let byte = bytes[offset]
                    if byte & 0xC0 != 0x80 { scalars += 1 }
                    // One comparison for most bytes: LF and CR are the only line ends, both at most 0x0D.
                    if byte <= 0x0D, Self.isLineBreak(byte, before: offset + 1 < bytes.count ? bytes[offset + 1] : nil)
                    {
                        lineStarts.append(offset + 1)
                        if byte == 0x0D { hasLoneCarriageReturns = true }
                    }
                }
            }
        }
        scanTags()
    }

    /// Whether `byte`, followed by `next` (`nil` at the end of the file), ends a line as XML counts lines: a line
    /// feed, or a carriage return not followed by one (XML reads CR LF and a lone CR as one line feed).
    static func isLineBreak(_ byte: UInt8, before next: UInt8?) -> Bool {
        byte == 0x0A || (byte == 0x0D && next != 0x0A)
    }

    /// Line and column (1-based, in Unicode scalars) of a byte offset.
    func location(ofByte offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        let line = lineIndex(of: offset)
        let start = min(offset, line == 0 ? byteOrderMark : lineStarts[line])
        // A short way into its line (most tags), the column is counted from the line's start; further in, from
        // the checkpoints, so that a long line costs no more than a short one.
        let column =
            offset - start <= 2 * Self.checkpointStride
            ? scalars(in: start..<offset) + 1 : scalarsBefore(offset) - scalarsBefore(start) + 1
        return SourceLocation(file: file, line: line + 1, column: column)
    }

    /// The last tag opened (`<name` or `</name`) before line `line`, column `column` (1-based, counted in Unicode
    /// scalars, as libxml2 counts them): its text up to the first space or line break, at most 40 scalars, and
    /// where its `<` is; `nil` when there is no `<` before that place.
    func tagOpened(before line: Int, column: Int) -> (text: String, location: SourceLocation)? {
        guard let end = offset(ofLine: line, column: column),
            let start = bytes[..<end].lastIndex(of: UInt8(ascii: "<"))
        else { return nil }
        let stops: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        let text = String(decoding: bytes[start..<end].prefix { !stops.contains($0) }, as: UTF8.self)
        return (String(text.unicodeScalars.prefix(40)), location(ofByte: start))
    }

    /// The byte offset of line `line`, column `column` (1-based, in Unicode scalars, as libxml2 counts them), or of
    /// the line's end when the line is shorter; `nil` past the last line.
    func offset(ofLine line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        var end = textStart(ofLine: line - 1)
        var scalars = 1
        while end < bytes.count, scalars < column, bytes[end] != 0x0A, bytes[end] != 0x0D {
            end += 1
            if end == bytes.count || bytes[end] & 0xC0 != 0x80 { scalars += 1 }
        }
        return end
    }

    /// Where the last start tag `<name` on line `line` begins (`name` as libxml2 read it, whole: a name char
    /// does not follow it); `nil` when the line has none.
    func startTag(named name: String, onLine line: Int) -> Int? {
        let written = Array(("<" + name).utf8)
        return tags.last { tag in
            let after = tag.offset + written.count
            return lineIndex(of: tag.offset) == line - 1 && matches(written, at: tag.offset)
                && !continuesName(at: after)
        }?.offset
    }

    /// Whether the character at byte `offset` can continue an XML name (XML 1.0's NameChar): what libxml2 read as
    /// the end of a name is followed by none (a full-width or no-break space is not one).
    private func continuesName(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        guard byte >= 0x80 else {
            return (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || "-._:".utf8.contains(byte)
        }
        guard
            let scalar = String(decoding: bytes[offset..<min(bytes.count, offset + 4)], as: UTF8.self)
                .unicodeScalars.first
        else { return false }
        switch scalar.value {
        case 0xB7, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x203F...0x2040,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    /// Where the last start tag that begins before byte `offset` begins.
    func startTag(before offset: Int) -> Int? {
        tags.last { $0.offset < offset }?.offset
    }

    /// The Unicode scalars of the file from byte `offset` on, each with its byte offset, as far as `count` bytes.
    func scalars(from offset: Int, count: Int) -> [(scalar: Unicode.Scalar, offset: Int)] {
        var result: [(scalar: Unicode.Scalar, offset: Int)] = []
        var at = max(0, offset)
        for scalar in String(decoding: bytes[at..<min(bytes.count, at + count)], as: UTF8.self).unicodeScalars {
            result.append((scalar, at))
            at += UTF8.width(scalar)
        }
        return result
    }

    /// Where the last `text` in the bytes `range` begins.
    func lastOffset(of text: String, in range: Range<Int>) -> Int? {
        let needle = Array(text.utf8)
        let range = range.clamped(to: 0..<bytes.count)
        guard range.count >= needle.count else { return nil }
        return stride(from: range.upperBound - needle.count, through: range.lowerBound, by: -1).first {
            matches(needle, at: $0)
        }
    }

    /// The byte offset just after the last character of the file that is not white space: where end tags
    /// missing at the end of the file belong.
    var endOfContent: Int {
        (bytes.lastIndex { !Self.isSpace($0) }).map { $0 + 1 } ?? 0
    }

    /// The text of line `line` (1-based) without its line break; empty past the end.
    func text(ofLine line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = textStart(ofLine: line - 1)
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// The bytes of a UTF-8 byte-order mark the file starts with (3), or 0: not part of the first line's text,
    /// nor counted in its columns (editors do not show it; libxml2 does not count it).
    private var byteOrderMark: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// Where the text of line `index` (0-based) starts: after a byte-order mark on the first.
    private func textStart(ofLine index: Int) -> Int {
        index == 0 ? byteOrderMark : lineStarts[index]
    }

    /// The location where line `line` begins, for errors that only know their line.
    func location(ofLine line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
    }

    /// The byte ranges of the attribute names written in tag number `tag`, in order, without namespace
    /// declarations (`xmlns`, `xmlns:…`): the order libxml2 lists an element's attributes in. A part of
    /// ``attributeNames`` itself unless the tag declares a namespace.
    func attributeNames(ofTag tag: Int) -> ArraySlice<Range<Int>> {
        guard tag < tags.count else { return [] }
        let written = attributeNames[tags[tag].attributes]
        guard written.contains(where: isNamespaceDeclaration) else { return written }
        return ArraySlice(written.filter { !isNamespaceDeclaration($0) })
    }

    /// Where the default namespace declaration (`xmlns="…"`, without a prefix) of tag number `tag` is written.
    func defaultNamespaceDeclaration(ofTag tag: Int) -> Int? {
        guard tag < tags.count else { return nil }
        return attributeNames[tags[tag].attributes].first {
            $0.count == Self.xmlns.count && isNamespaceDeclaration($0)
        }?.lowerBound
    }

    /// Where attribute number `index` of a tag, whose local name (after any prefix) is `name`, is written among
    /// the tag's `names` (``attributeNames(ofTag:)``): the one at `index` when its local name is `name` (always,
    /// for what libxml2 accepts), else the first one whose local name is. Compares bytes: every attribute of
    /// every content file comes through here.
    func offset(ofAttribute name: UnsafePointer<UInt8>, index: Int, in names: ArraySlice<Range<Int>>) -> Int? {
        if index < names.count, localName(names[names.startIndex + index], equals: name) {
            return names[names.startIndex + index].lowerBound
        }
        return names.first { localName($0, equals: name) }?.lowerBound
    }

    /// Whether the attribute name at `range` is `xmlns` or starts with `xmlns:`.
    private func isNamespaceDeclaration(_ range: Range<Int>) -> Bool {
        let prefix = Self.xmlns
        guard range.count >= prefix.count, matches(prefix, at: range.lowerBound) else { return false }
        return range.count == prefix.count || bytes[range.lowerBound + prefix.count] == UInt8(ascii: ":")
    }

    /// Whether the part of the name at `range` after its last `:` is the NUL-terminated `name`.
    private func localName(_ range: Range<Int>, equals name: UnsafePointer<UInt8>) -> Bool {
        var start = range.lowerBound
        for index in range where bytes[index] == UInt8(ascii: ":") { start = index + 1 }
        for offset in 0..<(range.upperBound - start) where bytes[start + offset] != name[offset] { return false }
        return name[range.upperBound - start] == 0
    }

    private static let xmlns = Array("xmlns".utf8)

    /// The number of attributes (namespace declarations included) of the start tag with the most.
    var mostAttributes: (count: Int, offset: Int)? {
        tags.max { $0.attributes.count < $1.attributes.count }.map { ($0.attributes.count, $0.offset) }
    }

    /// The index in `lineStarts` of the line holding `offset` (binary search).
    private func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private func scalarsBefore(_ offset: Int) -> Int {
        guard !scalarCheckpoints.isEmpty else { return 0 }
        let checkpoint = min(offset / Self.checkpointStride, scalarCheckpoints.count - 1)
        return scalarCheckpoints[checkpoint] + scalars(in: (checkpoint * Self.checkpointStride)..<offset)
    }

    /// How many Unicode scalars start in `range` of the bytes.
    private func scalars(in range: Range<Int>) -> Int {
        WorkCount.add(range.count)
        return bytes.withUnsafeBufferPointer { bytes in
            var count = 0
            for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
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
                let first = attributeNames.count
                let tagStart = index
                index = scanTag(from: index + 1)
                tags.append(Tag(offset: tagStart, attributes: first..<attributeNames.count))
            }
        }
    }

    /// Reads one start tag from just after its `<` up to its `>`, outside quoted values, recording each name that
    /// is followed by `=` (an attribute's); returns the offset past the `>` (or the end of the file).
    private mutating func scanTag(from start: Int) -> Int {
        var index = start
        var quote: UInt8?
        var token: Int?
        var pending: Range<Int>?
        var isElementName = true
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
                index += 1
                continue
            }
            let endsToken =
                Self.isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            if endsToken, let begin = token {
                if !isElementName { pending = begin..<index }
                isElementName = false
                token = nil
            }
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "=") {
                if let name = pending { attributeNames.append(name) }
                pending = nil
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                pending = nil
            } else if !endsToken, token == nil {
                token = index
                pending = nil
            }
            index += 1
        }
        return bytes.count
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

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
