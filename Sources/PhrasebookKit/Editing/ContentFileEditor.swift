import Foundation

/// A content file opened for source-preserving edits: attribute values and element texts are replaced at the
/// byte ranges where they are written, and every other byte (comments, indentation, attribute order and
/// quotes, line endings, the `<?xml-model?>` line) stays as it was. Elements are found by the location the
/// loader reported for them. `write()` replaces the file atomically and refuses when it changed on disk since
/// it was read.
struct ContentFileEditor: Sendable {
    /// The file's path.
    let path: String
    /// The bytes as read.
    let original: [UInt8]
    private var edits: [Edit] = []
    private let lineStarts: [Int]

    private struct Edit: Sendable {
        var range: Range<Int>
        var bytes: [UInt8]
        var order: Int
    }

    /// Reads `path`.
    init(path: String) throws(PhrasebookError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied or not a file")
        }
        self.init(path: path, bytes: [UInt8](data))
    }

    /// An editor over `bytes` as the content of `path`.
    init(path: String, bytes: [UInt8]) {
        self.path = path
        original = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated()
        where SourceMap.isLineBreak(byte, before: offset + 1 < bytes.count ? bytes[offset + 1] : nil) {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// Whether any edit was made.
    var hasChanges: Bool { edited != original }

    /// Sets attribute `name` of the element that starts at `location` to `value`: the value between the quotes
    /// is replaced (the quotes kept), or ` name="value"` is added at the end of the start tag.
    mutating func setAttribute(
        _ name: String, to value: String, onElementAt location: SourceLocation, named element: String
    ) throws(PhrasebookError) {
        let tag = try startTag(at: location, named: element)
        if let attribute = tag.attribute(name) {
            let quote = original[attribute.valueRange.lowerBound - 1]
            try add(attribute.valueRange, XMLEscaping.attribute(value, quote: quote))
        } else {
            let spaceBefore = tag.insertionPoint > 0 && Self.isSpace(original[tag.insertionPoint - 1])
            let text =
                (spaceBefore ? "" : " ") + "\(name)=\"\(XMLEscaping.attribute(value, quote: UInt8(ascii: "\"")))\""
            try add(tag.insertionPoint..<tag.insertionPoint, text + (spaceBefore && tag.isEmptyElement ? " " : ""))
        }
    }

    /// Removes attribute `name` (with the white space before it) from the element that starts at `location`;
    /// nothing happens when it is not written.
    mutating func removeAttribute(
        _ name: String, onElementAt location: SourceLocation, named element: String
    ) throws(PhrasebookError) {
        let tag = try startTag(at: location, named: element)
        guard let attribute = tag.attribute(name) else { return }
        var start = attribute.nameStart
        while start > tag.start, Self.isSpace(original[start - 1]) { start -= 1 }
        try add(start..<attribute.valueRange.upperBound + 1, "")
    }

    /// Replaces the text of the element that starts at `location` (an element holding only text, such as a
    /// rendering) by `text`, escaped. `<ko/>` becomes `<ko>text</ko>`.
    mutating func setText(
        _ text: String, ofElementAt location: SourceLocation, named element: String
    ) throws(PhrasebookError) {
        let tag = try startTag(at: location, named: element)
        if tag.isEmptyElement {
            try add(tag.insertionPoint..<tag.end, ">" + XMLEscaping.text(text) + "</\(tag.name)>")
            return
        }
        let content = try contentRange(of: tag, at: location)
        try add(content, XMLEscaping.text(text))
    }

    /// Inserts a new text element `<name attributes…>text</name>` right after the element that starts at
    /// `location`, on a line of its own with the same indentation when that element stands on its own line.
    mutating func insertElement(
        _ name: String, text: String, attributes: [(String, String)] = [], after location: SourceLocation,
        named element: String
    ) throws(PhrasebookError) {
        let tag = try startTag(at: location, named: element)
        let end = tag.isEmptyElement ? tag.end : try elementEnd(of: tag, at: location)
        var indentStart = tag.start
        while indentStart > 0, original[indentStart - 1] == 0x20 || original[indentStart - 1] == 0x09 {
            indentStart -= 1
        }
        var separator = ""
        // The line end the file uses before the element: LF, CR LF, or a lone CR (old Mac files).
        let before: UInt8 = indentStart > 0 ? original[indentStart - 1] : 0x0A
        if before == 0x0A || before == 0x0D {
            let lineEnd = before == 0x0D ? "\r" : indentStart >= 2 && original[indentStart - 2] == 0x0D ? "\r\n" : "\n"
            separator = lineEnd + String(decoding: original[indentStart..<tag.start], as: UTF8.self)
        }
        let attributeText = attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1, quote: UInt8(ascii: "\"")))\"" }
        try add(end..<end, separator + "<\(name)\(attributeText.joined())>" + XMLEscaping.text(text) + "</\(name)>")
    }

    /// The file's bytes with every edit applied.
    var edited: [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(original.count + edits.reduce(0) { $0 + $1.bytes.count })
        var position = 0
        // At one offset, insertions go before a replacement that starts there (an attribute added to `<ko/>`
        // before the `/>` its new text replaces).
        let ordered = edits.sorted {
            ($0.range.lowerBound, $0.range.isEmpty ? 0 : 1, $0.order) < (
                $1.range.lowerBound, $1.range.isEmpty ? 0 : 1, $1.order
            )
        }
        for edit in ordered {
            result += original[position..<edit.range.lowerBound]
            result += edit.bytes
            position = edit.range.upperBound
        }
        result += original[position...]
        return result
    }

    /// Refuses when the file on disk no longer holds the bytes read.
    func checkUnchangedOnDisk() throws(PhrasebookError) {
        guard let now = FileManager.default.contents(atPath: path), [UInt8](now) == original else {
            throw .contentEditFailed(
                path: path, reason: "the file changed on disk since it was read; nothing was written, run again")
        }
    }

    // MARK: finding elements

    /// Records an edit; one that overlaps an edit already made (the same attribute or text twice) is refused.
    private mutating func add(_ range: Range<Int>, _ text: String) throws(PhrasebookError) {
        for edit in edits {
            let clash =
                range.isEmpty
                ? edit.range.lowerBound < range.lowerBound && range.lowerBound < edit.range.upperBound
                : edit.range.isEmpty
                    ? range.lowerBound < edit.range.lowerBound && edit.range.lowerBound < range.upperBound
                    : range.overlaps(edit.range)
            if clash {
                let place = offsetDescription(range.lowerBound)
                throw .contentEditFailed(
                    path: path, reason: "two edits of the same place (\(place)); nothing was written")
            }
        }
        edits.append(Edit(range: range, bytes: Array(text.utf8), order: edits.count))
    }

    private func offsetDescription(_ offset: Int) -> String {
        let line = (lineStarts.lastIndex { $0 <= offset } ?? 0)
        return "line \(line + 1)"
    }

    /// The byte offset of a line and column (in Unicode scalars), counted as the loader counts them: a byte order
    /// mark is not a column of line 1.
    func offset(of location: SourceLocation) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count else { return nil }
        var index = lineStarts[location.line - 1]
        if location.line == 1, original.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var column = 1
        while column < location.column, index < original.count {
            index += 1
            while index < original.count, original[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// The start tag at `location`, which must be a `<name>`: anything else means the file is not the one
    /// the locations were read from.
    private func startTag(at location: SourceLocation, named name: String) throws(PhrasebookError) -> StartTag {
        guard let offset = offset(of: location), let tag = StartTag(original, at: offset), tag.name == name else {
            throw .contentEditFailed(
                path: path,
                reason: "no <\(name)> start tag at \(location.line):\(location.column) (was the file edited meanwhile?)"
            )
        }
        return tag
    }

    /// The bytes between the start tag and the end tag of an element that holds only text: characters and CDATA
    /// sections (text too, written otherwise; replaced, they are written as escaped text). A comment or an element
    /// inside is refused: replacing the content would drop it.
    private func contentRange(of tag: StartTag, at location: SourceLocation) throws(PhrasebookError) -> Range<Int> {
        var index = tag.end
        while index < original.count {
            if original[index] != UInt8(ascii: "<") {
                index += 1
            } else if has(Self.cdataOpen, at: index), let close = find(Self.cdataClose, from: index) {
                index = close + Self.cdataClose.count
            } else {
                break
            }
        }
        guard isEndTag(Array("</\(tag.name)".utf8), at: index) else {
            throw .contentEditFailed(
                path: path,
                reason: "<\(tag.name)> at \(location.line):\(location.column) holds more than text (a comment or an "
                    + "element); edit it by hand")
        }
        return tag.end..<index
    }

    /// The offset just past the end tag of the element whose start tag is `tag`, whatever it holds (comments,
    /// CDATA sections and processing instructions are passed over whole: an end tag written inside them is not the
    /// element's).
    private func elementEnd(of tag: StartTag, at location: SourceLocation) throws(PhrasebookError) -> Int {
        let closing = Array("</\(tag.name)".utf8)
        var index = tag.end
        while index < original.count {
            if original[index] != UInt8(ascii: "<") {
                index += 1
            } else if has(Self.commentOpen, at: index), let close = find(Self.commentClose, from: index + 4) {
                index = close + Self.commentClose.count
            } else if has(Self.cdataOpen, at: index), let close = find(Self.cdataClose, from: index) {
                index = close + Self.cdataClose.count
            } else if has(Self.instructionOpen, at: index), let close = find(Self.instructionClose, from: index + 2) {
                index = close + Self.instructionClose.count
            } else if isEndTag(closing, at: index), let close = find([UInt8(ascii: ">")], from: index) {
                return close + 1
            } else {
                index += 1
            }
        }
        throw .contentEditFailed(
            path: path,
            reason: "<\(tag.name)> at \(location.line):\(location.column) has no end tag (was the file edited "
                + "meanwhile?)")
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let instructionOpen = Array("<?".utf8)
    private static let instructionClose = Array("?>".utf8)

    /// Whether `closing` (`</name`), then a space or `>`, starts at `index`.
    private func isEndTag(_ closing: [UInt8], at index: Int) -> Bool {
        let next = index + closing.count
        return has(closing, at: index) && next < original.count
            && (original[next] == UInt8(ascii: ">") || Self.isSpace(original[next]))
    }

    /// Whether `bytes` start at `index` of the file.
    private func has(_ bytes: [UInt8], at index: Int) -> Bool {
        index + bytes.count <= original.count && original[index..<index + bytes.count].elementsEqual(bytes)
    }

    /// The first offset from `start` where `bytes` are found, or `nil`.
    private func find(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + bytes.count <= original.count {
            if has(bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
