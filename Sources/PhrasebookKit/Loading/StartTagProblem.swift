/// The first mistake in a start tag, found by reading the tag by hand: libxml2 says only "attributes construct
/// error" for most of them, where it gave up rather than where the mistake is, and drops the element, so that
/// every end tag after it no longer matches. Said in words with what to write, at the mistake: a full-width or
/// no-break space between attributes, a full-width `＝` or `＞`, quotes that do not pair up, a value without its
/// closing quote, attributes without a space between them, an attribute without a value or written twice, a tag
/// without its `>` (or the file ending inside it: cut off), and a `<` in a text that starts no tag.
struct StartTagProblem {
    /// What is wrong and what to write instead.
    var message: String
    /// The byte offset of the mistake in the file.
    var offset: Int

    /// The first mistake in the start tag whose `<` is at byte `tag` of the file `map` describes; `nil` when the
    /// tag reads as well-formed.
    static func find(inTagAt tag: Int, map: SourceMap) -> StartTagProblem? {
        var reader = Reader(map: map, scalars: map.scalars(from: tag, count: 8192))
        return reader.problem()
    }

    /// What XML says of a `<` that starts no tag.
    static let bareLessThan = "a bare '<' is not allowed in XML text: write '&lt;' for a less-than sign"

    /// What to say of a tag left without its `>`, written `tag` up to its name, `after` the last attribute
    /// written in full (`nil` when there is none).
    static func notClosed(_ tag: String, after: String?) -> String {
        "the tag '\(tag)' is not closed: add '>' after \(after ?? "it")"
    }

    /// What to say of a tag, written `tag` up to its name, ended with a full-width `＞`.
    static func fullWidthGreaterThan(_ tag: String) -> String {
        "the tag '\(tag)' ends with a full-width '＞' (U+FF1E), which XML reads as part of the tag: write '>'"
    }

    /// The characters that look like a space and are not one to XML, with what to call them.
    private static let otherSpaces: [Unicode.Scalar: String] = [
        "\u{3000}": "a full-width space (U+3000)", "\u{00A0}": "a no-break space (U+00A0)",
        "\u{202F}": "a narrow no-break space (U+202F)", "\u{200B}": "a zero-width space (U+200B)",
        "\u{FEFF}": "a zero-width no-break space (U+FEFF)", "\u{2002}": "an en space (U+2002)",
        "\u{2003}": "an em space (U+2003)", "\u{2009}": "a thin space (U+2009)",
    ]

    /// One attribute read whole: its name, and its text as written (`category="greeting"`).
    private typealias Attribute = (name: String, written: String, offset: Int)

    /// Reads the tag from its `<`, one scalar at a time.
    private struct Reader {
        let map: SourceMap
        /// The file's scalars from the tag's `<` on, with their byte offsets.
        let scalars: [(scalar: Unicode.Scalar, offset: Int)]
        /// The scalar read next (after the `<` at first).
        var index = 1

        /// The scalar read next; `nil` past the end.
        var current: Unicode.Scalar? { index < scalars.count ? scalars[index].scalar : nil }

        mutating func problem() -> StartTagProblem? {
            let element = readName()
            guard !element.isEmpty else { return inText ? at(0, StartTagProblem.bareLessThan) : nil }
            let tag = "<" + element
            var attributes: [Attribute] = []
            while true {
                let spaced = skipSpaces()
                guard let next = current, next != "<" else { return notClosed(tag, attributes) }
                if next == ">" || (next == "/" && index + 1 < scalars.count && scalars[index + 1].scalar == ">") {
                    return written(twice: attributes, in: element)
                }
                if let space = StartTagProblem.otherSpaces[next] {
                    return at(
                        index,
                        "the tag '\(tag)' has \(space) here, where XML takes only an ordinary space, a tab or a "
                            + "line break: replace it with a space")
                }
                if next == "\u{FF1E}" { return at(index, StartTagProblem.fullWidthGreaterThan(tag)) }
                let start = index
                let name = readName()
                guard !name.isEmpty else { return notClosed(tag, attributes) }
                if !spaced, let previous = attributes.last {
                    return at(
                        start,
                        "attributes need a space between them: write \(previous.written) \(name)=… (a space before "
                            + "'\(name)')")
                }
                skipSpaces()
                guard current == "=" else { return withoutEquals(name, at: start, in: tag, attributes) }
                index += 1
                skipSpaces()
                if let problem = value(of: name) { return problem }
                attributes.append((name, text(start..<index), scalars[start].offset))
            }
        }

        /// What is wrong when attribute `name`, at `start`, is not followed by `=`.
        private mutating func withoutEquals(
            _ name: String, at start: Int, in tag: String, _ attributes: [Attribute]
        ) -> StartTagProblem? {
            if current == "\u{FF1D}" {
                let equals = index
                index += 1
                let written = value(of: name) == nil ? text((equals + 1)..<index) : "\"…\""
                return at(equals, "'\(name)' is followed by a full-width '＝' (U+FF1D): write \(name)=\(written)")
            }
            if attributes.isEmpty && inText { return at(0, StartTagProblem.bareLessThan) }
            guard current == ">" || current == "/" else { return notClosed(tag, attributes) }
            return at(start, "the attribute '\(name)' has no value: write \(name)=\"…\", or delete it")
        }

        /// Reads the value of attribute `name` from its opening quote to past its closing quote; what is wrong with
        /// it, if anything.
        private mutating func value(of name: String) -> StartTagProblem? {
            let open = index
            guard let quote = current, quote == "\"" || quote == "'" else {
                let location = map.location(ofByte: index < scalars.count ? scalars[index].offset : map.endOfContent)
                return at(
                    open, XMLSyntaxMessages.unquotedValue(in: map.text(ofLine: location.line), column: location.column))
            }
            let close = scalars[(open + 1)...].firstIndex { $0.scalar == quote || $0.scalar == "<" }
            let closed = close.map { scalars[$0].scalar == quote } ?? false
            if let close, closed, close + 1 == scalars.count || !continuesValue(scalars[close + 1].scalar) {
                index = close + 1
                return nil
            }
            let inside = text((open + 1)..<(close ?? scalars.count))
            let other: Unicode.Scalar = quote == "\"" ? "'" : "\""
            if let end = inside.unicodeScalars.indices.first(where: { position in
                let after = inside.unicodeScalars.index(after: position)
                return inside.unicodeScalars[position] == other
                    && (after == inside.unicodeScalars.endIndex || !continuesValue(inside.unicodeScalars[after]))
            }) {
                let (opens, closes) =
                    quote == "\""
                    ? ("a double quote (\")", "a single one (')") : ("a single quote (')", "a double one (\")")
                return at(
                    open,
                    "the value of '\(name)' opens with \(opens) and closes with \(closes): write "
                        + "\(name)=\"\(inside[..<end])\"")
            }
            if closed, let found = inside.firstMatch(of: /^(.*?)\s+[A-Za-z_][A-Za-z0-9_.:\-]*\s*=\s*$/) {
                return at(open, "the value of '\(name)' has no closing quote: write \(name)=\"\(found.1)\"")
            }
            if let close, closed {
                index = close + 1
                return nil
            }
            return at(open, "the value of '\(name)' has no closing \(quote): close it where the value ends")
        }

        /// Whether `scalar`, right after a closing quote, shows that the quote did not close the value: a name
        /// character, a quote or `=` (what follows a value is a space, `>` or `/>`).
        private func continuesValue(_ scalar: Unicode.Scalar) -> Bool {
            isNameCharacter(scalar) || scalar == "=" || scalar == "\"" || scalar == "'"
        }

        /// The problem of a tag left without its `>`, or of a `<` in a text: the tag is in a text when something
        /// other than another tag comes before it on its line and it has no attribute read in full.
        private func notClosed(_ tag: String, _ attributes: [Attribute]) -> StartTagProblem {
            if attributes.isEmpty && inText { return at(0, StartTagProblem.bareLessThan) }
            if atEndOfFile {
                return at(
                    0,
                    "the file ends inside the tag '\(tag)': it is cut off here (a copy, download or save that did not "
                        + "finish?); take the whole file again")
            }
            return at(0, StartTagProblem.notClosed(tag, after: attributes.last?.written))
        }

        /// Whether the tag was read to the end of the file's content: the file ends inside it.
        private var atEndOfFile: Bool {
            guard index >= scalars.count, let last = scalars.last else { return false }
            return last.offset + UTF8.width(last.scalar) >= map.endOfContent
        }

        /// The second of two attributes of one name, if the tag has one.
        private func written(twice attributes: [Attribute], in element: String) -> StartTagProblem? {
            var seen: [String: Attribute] = [:]
            for attribute in attributes {
                if let first = seen[attribute.name] {
                    return StartTagProblem(
                        message: "<\(element)> has the attribute '\(attribute.name)' twice (\(first.written), then "
                            + "\(attribute.written)): keep one",
                        offset: attribute.offset)
                }
                seen[attribute.name] = attribute
            }
            return nil
        }

        /// Whether text other than a tag comes before the tag's `<` on its line.
        private var inText: Bool {
            let location = map.location(ofByte: scalars[0].offset)
            let before = map.text(ofLine: location.line).unicodeScalars.prefix(location.column - 1)
            guard let last = before.last(where: { $0 != " " && $0 != "\t" }) else { return false }
            return last != ">"
        }

        /// Reads an element or attribute name, in the ASCII that content's names are written in.
        private mutating func readName() -> String {
            let start = index
            while let scalar = current, isNameCharacter(scalar) { index += 1 }
            return text(start..<index)
        }

        private func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-._:".unicodeScalars.contains(scalar))
        }

        /// Skips XML's white space; whether there was any.
        @discardableResult private mutating func skipSpaces() -> Bool {
            let start = index
            while let scalar = current, [" ", "\t", "\n", "\r"].contains(scalar) { index += 1 }
            return index > start
        }

        private func text(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range].map(\.scalar)))
        }

        private func at(_ index: Int, _ message: String) -> StartTagProblem {
            StartTagProblem(message: message, offset: scalars[min(index, scalars.count - 1)].offset)
        }
    }
}
