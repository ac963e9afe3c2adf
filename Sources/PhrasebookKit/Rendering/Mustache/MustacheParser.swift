/// Parses a template's text into ``MustacheNode``s, line for line as swift-mustache 2.1 parses it (its
/// `MustacheTemplate.parse`), so that the compiled templates write the same bytes: which lines are standalone and
/// dropped, where the white space before a tag goes, which partials are indented. That includes its quirks: a
/// section's closing tag does not decide whether the line after it starts a new line (its opening tag does), and
/// white space alone at the very end of a template is dropped.
///
/// The parser throws ``Unsupported`` for what it does not compile (inheritance, dynamic partials, transforms, content
/// types, changed delimiters) and for text it cannot parse, and the template set is then rendered by swift-mustache.
/// A template it parses whose tags swift-mustache reads alike (``readsAlikeBySwiftMustache(_:)``) is one
/// swift-mustache parses too (`SameReadingTests`' random texts), so ``TemplateSet`` asks swift-mustache for its
/// syntax errors only about the others.
struct MustacheParser {
    /// A tag the compiled renderer leaves to swift-mustache, or text it cannot parse: where the tag starts (an
    /// offset into the template's UTF-8) and what it is, in words.
    struct Unsupported: Error {
        var offset: Int
        var what: String
    }

    /// The template, for telling where its characters (grapheme clusters) start.
    private let text: String
    private let bytes: [UInt8]
    private var position = 0
    /// Where the last tag read starts: its `{{`.
    private var tagStart = 0
    /// The number of each template by name: partials are compiled to numbers.
    private let numbers: [String: Int]

    /// Parses `text`; its partials are numbered by `numbers`.
    static func parse(_ text: String, numbers: [String: Int]) throws(Unsupported) -> [MustacheNode] {
        var parser = MustacheParser(text: text, numbers: numbers)
        return try parser.block(section: nil, newLine: true)
    }

    private init(text: String, numbers: [String: Int]) {
        self.text = text
        bytes = Array(text.utf8)
        self.numbers = numbers
    }

    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    /// The nodes up to the closing tag of `section` (to the end of the text when `nil`). `newLine`: the block
    /// starts at the start of a line.
    private mutating func block(section: String?, newLine startsLine: Bool) throws(Unsupported) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        var newLine = startsLine
        var spaceBefore = ""
        while position < bytes.count {
            if newLine { spaceBefore = readSpaces() }
            let text = try readTextUntilTagOrLineBreak()
            // A line break, or any newline character right after a `{{` (which swift-mustache then drops).
            if let length = lineBreakLength(at: position) ?? newlineCharacterLength(at: position) {
                nodes.append(.text(spaceBefore + text + string(position, position + length)))
                position += length
                newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(spaceBefore + text))
                spaceBefore = ""
                newLine = false
            }
            if position >= bytes.count { break }
            // Past the tag's `{{`.
            var startsNextLine = false
            let sigil = bytes[position]
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName()
                if newLine && lineFinished() {
                    startsNextLine = true
                } else if !spaceBefore.isEmpty {
                    nodes.append(.text(spaceBefore))
                    spaceBefore = ""
                }
                let body = try block(section: name, newLine: startsNextLine)
                nodes.append(.section(MustacheName(name), body, inverted: sigil == UInt8(ascii: "^")))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName()
                guard name == section else { throw unsupported("a closing tag for another section") }
                if !(newLine && lineFinished()) && !spaceBefore.isEmpty {
                    nodes.append(.text(spaceBefore))
                }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                try skipComment()
                startsNextLine = newLine && lineFinished()
            case Self.openBrace, UInt8(ascii: "&"):
                if !spaceBefore.isEmpty {
                    nodes.append(.text(spaceBefore))
                    spaceBefore = ""
                }
                position += 1
                let name = try readName()
                if sigil == Self.openBrace {
                    guard position < bytes.count, bytes[position] == Self.closeBrace else {
                        throw unsupported("a {{{ tag without its third closing brace")
                    }
                    position += 1
                }
                nodes.append(.variable(MustacheName(name), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                // A partial that is not there renders as nothing (TemplateSet refuses such a set before).
                let number = numbers[try readPartialName()]
                if !spaceBefore.isEmpty { nodes.append(.text(spaceBefore)) }
                let standalone = newLine && lineFinished()
                startsNextLine = standalone
                if let number {
                    nodes.append(.partial(template: number, indentation: standalone ? spaceBefore : nil))
                }
                spaceBefore = ""
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw unsupported("template inheritance ({{<…}}, {{$…}})")
            case UInt8(ascii: "="), UInt8(ascii: "%"):
                throw unsupported(sigil == UInt8(ascii: "=") ? "changed delimiters ({{=…=}})" : "a pragma ({{%…}})")
            default:
                if !spaceBefore.isEmpty {
                    nodes.append(.text(spaceBefore))
                    spaceBefore = ""
                }
                nodes.append(.variable(MustacheName(try readName()), escaped: true))
            }
            newLine = startsNextLine
        }
        guard section == nil else { throw unsupported("a section not closed") }
        return nodes
    }

    /// The error for the tag read last.
    private func unsupported(_ what: String) -> Unsupported {
        Unsupported(offset: tagStart, what: what)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The length of the line break at `index` (`\n` or `\r\n`), `nil` when there is none.
    private func lineBreakLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\n") { return 1 }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
            return 2
        }
        return nil
    }

    /// Spaces and tabs from the position on.
    private mutating func readSpaces() -> String {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return string(start, position)
    }

    /// Text up to a line break (not read) or past a `{{` (read, and not part of the text).
    private mutating func readTextUntilTagOrLineBreak() throws(Unsupported) -> String {
        let start = position
        while position < bytes.count {
            if lineBreakLength(at: position) != nil { return string(start, position) }
            if bytes[position] == Self.openBrace, position + 1 < bytes.count, bytes[position + 1] == Self.openBrace {
                tagStart = position
                try requireTwoCharacters(at: position)
                let text = string(start, position)
                position += 2
                return text
            }
            position += 1
        }
        return string(start, position)
    }

    /// Whether only spaces and tabs follow on this line (or the text ends); if so, they and the line break are
    /// read. Here any character Swift calls a newline ends the line, as in swift-mustache (a lone `\r`, form feed,
    /// U+2028…), though only `\n` and `\r\n` end a line of text.
    private mutating func lineFinished() -> Bool {
        if position >= bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
        guard let length = lineBreakLength(at: index) ?? newlineCharacterLength(at: index) else { return false }
        position = index + length
        return true
    }

    /// The length in bytes of the newline character other than `\n` and `\r\n` at `index` (`\r`, `\u{0B}`,
    /// `\u{0C}`, U+0085, U+2028, U+2029), `nil` when there is none.
    private func newlineCharacterLength(at index: Int) -> Int? {
        guard let (scalar, length) = scalar(at: index), Character(scalar).isNewline else { return nil }
        return length
    }

    /// The scalar that starts at `index` and its length in bytes, `nil` at the end of the text.
    private func scalar(at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < bytes.count else { return nil }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "?"), UInt8(ascii: "*"):
            return true
        default: return false
        }
    }

    /// The length in bytes of the white-space character at `index` (Unicode's White_Space, as swift-mustache
    /// skips around a tag's name: a full-width space typed into a tag too), `nil` when there is none.
    private func whiteSpaceLength(at index: Int) -> Int? {
        guard let (scalar, length) = scalar(at: index), scalar.properties.isWhitespace else { return nil }
        return length
    }

    /// A tag's name and its closing `}}`, white space around the name skipped.
    private mutating func readName() throws(Unsupported) -> String {
        try readTagName(allowingSlash: false)
    }

    /// A partial's name (which may hold `/`) and its closing `}}`.
    private mutating func readPartialName() throws(Unsupported) -> String {
        try readTagName(allowingSlash: true)
    }

    private mutating func readTagName(allowingSlash: Bool) throws(Unsupported) -> String {
        skipWhiteSpace()
        let start = position
        while position < bytes.count,
            Self.isNameByte(bytes[position]) || (allowingSlash && bytes[position] == UInt8(ascii: "/"))
        {
            position += 1
        }
        let name = string(start, position)
        skipWhiteSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "(") {
            throw unsupported("a transform ({{name(…)}})")
        }
        guard position + 1 < bytes.count, bytes[position] == Self.closeBrace, bytes[position + 1] == Self.closeBrace
        else { throw unsupported("a tag not closed by }}") }
        position += 2
        if allowingSlash, name.hasPrefix("*") {
            throw unsupported("a dynamic partial ({{>*…}})")
        }
        return name
    }

    /// Throws unless the two braces at `offset` are two characters of their own. swift-mustache reads a template
    /// by characters (grapheme clusters): a brace joined with the character before it (an Arabic number sign,
    /// U+0600) or after it (a combining mark, a zero-width non-joiner) is not a brace to it, and such a template
    /// is left to it.
    private func requireTwoCharacters(at offset: Int) throws(Unsupported) {
        for boundary in offset...(offset + 2) where boundary < bytes.count {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: boundary)
            guard String.Index(index, within: text) != nil else {
                throw unsupported("a brace joined with the character beside it into one character")
            }
        }
    }

    private mutating func skipWhiteSpace() {
        while position < bytes.count, let length = whiteSpaceLength(at: position) { position += length }
    }

    /// Past the comment's closing `}}`.
    private mutating func skipComment() throws(Unsupported) {
        while position + 1 < bytes.count {
            if bytes[position] == Self.closeBrace, bytes[position + 1] == Self.closeBrace {
                try requireTwoCharacters(at: position)
                position += 2
                return
            }
            position += 1
        }
        throw unsupported("a comment not closed by }}")
    }
}
