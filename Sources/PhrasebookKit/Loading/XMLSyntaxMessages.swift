import CLibXML2

/// libxml2's syntax errors in words a content editor can act on: for the mistakes made by hand in a text editor
/// (a bare `&` or `<`, an entity HTML knows and XML does not, a tag left without its `>`, a reference to a
/// character XML forbids) the message says what
/// to write instead and points at the mistake (a tag it names); any other message is libxml2's own.
enum XMLSyntaxMessages {
    /// The `xml-syntax` diagnostics of `errors`, reported while parsing the file that `map` describes. An
    /// attribute value without quotes (`category=request`) is said as such; libxml2's errors that follow from it
    /// are left out, since their fix would be wrong: on its line the tag "not closed" and "attributes construct
    /// error", after it the end tags that no longer match (the element was dropped) and "extra content".
    /// An element left open (`<zh>` without `</zh>`) is said once, at its start tag; the end tags that no longer
    /// match after it and the "premature end" they lead to are left out.
    static func diagnostics(_ errors: [LibXML.ReportedError], map: SourceMap) -> [Diagnostic] {
        guard
            let first = errors.first(where: { UInt32(bitPattern: $0.code) == XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue })
        else { return withoutUnclosedCascade(errors).map { diagnostic($0, map: map) } }
        let cascade = ["attributes construct error", "Opening and ending tag mismatch", "Extra content at the end"]
        return errors.filter { error in
            let code = UInt32(bitPattern: error.code)
            if code == XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue { return true }
            let after = (error.line, error.column) >= (first.line, first.column)
            let sameLine = error.line == first.line && code == XML_ERR_GT_REQUIRED.rawValue
            return !sameLine && !(after && cascade.contains { error.message.hasPrefix($0) })
        }.map { diagnostic($0, map: map) }
    }

    /// `errors` up to the first end tag that does not match its element, and of those after it the ones that do
    /// not follow from it.
    private static func withoutUnclosedCascade(_ errors: [LibXML.ReportedError]) -> [LibXML.ReportedError] {
        guard let first = errors.firstIndex(where: isMismatch) else { return errors }
        let cascade = ["Opening and ending tag mismatch", "Premature end of data", "Extra content at the end"]
        return Array(errors[...first])
            + errors[(first + 1)...].filter { error in !cascade.contains { error.message.hasPrefix($0) } }
    }

    private static func isMismatch(_ error: LibXML.ReportedError) -> Bool {
        UInt32(bitPattern: error.code) == XML_ERR_TAG_NAME_MISMATCH.rawValue
    }

    /// The `xml-syntax` diagnostic of `error`, reported while parsing the file that `map` describes.
    static func diagnostic(_ error: LibXML.ReportedError, map: SourceMap) -> Diagnostic {
        let (message, location) = explained(error, map: map) ?? (error.message, nil)
        return Diagnostic(
            .error, "xml-syntax", message, at: location ?? map.location(ofLine: error.line, column: error.column))
    }

    /// What to say of `error`, and where when that is not where libxml2 noticed it; `nil` to keep its message.
    private static func explained(
        _ error: LibXML.ReportedError, map: SourceMap
    ) -> (message: String, location: SourceLocation?)? {
        switch UInt32(bitPattern: error.code) {
        case XML_ERR_NAME_REQUIRED.rawValue where error.message.hasPrefix("xmlParseEntityRef"):
            return (
                "a bare '&' is not allowed in XML: write '&amp;' for an ampersand", lastOf("&", before: error, map)
            )
        case XML_ERR_NAME_REQUIRED.rawValue where error.message.hasPrefix("StartTag: invalid element name"):
            return (
                "a bare '<' is not allowed in XML text: write '&lt;' for a less-than sign",
                lastOf("<", before: error, map)
            )
        case XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue:
            // libxml2 reads on to the first character that cannot be in a name: after Chinese text, often the
            // end of the element.
            return (
                "an '&' here starts a reference that has no ';': write '&amp;' for an ampersand",
                lastOf("&", before: error, map)
            )
        case XML_ERR_UNDECLARED_ENTITY.rawValue, XML_WAR_UNDECLARED_ENTITY.rawValue:
            guard let name = error.message.firstMatch(of: /Entity '([^']*)' not defined/)?.1 else { return nil }
            return (
                "'&\(name);' is not an XML entity (XML has only &amp; &lt; &gt; &quot; &apos; and numbers such as "
                    + "&#160;): write the character itself, or '&amp;\(name);' for the text '&\(name);'",
                lastOf("&", before: error, map)
            )
        case XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue:
            return (unquotedValue(in: map.text(ofLine: error.line), column: error.column), nil)
        case XML_ERR_TAG_NAME_MISMATCH.rawValue:
            guard
                let found = error.message.firstMatch(of: /Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)/),
                let line = Int(found.2)
            else { return nil }
            let (name, ending) = (String(found.1), String(found.3))
            return (
                "<\(name)> (line \(line)) is not closed before </\(ending)>: add </\(name)> where its text ends, "
                    + "or correct the end tag",
                startTag(name, onLine: line, map)
            )
        case _ where error.message.hasPrefix("xmlParseCharRef: invalid xmlChar value"):
            let value = error.message.firstMatch(of: /value (\d+)/).flatMap { UInt32($0.1) }
            let named = value.map(codePointName) ?? "a character"
            return (
                "this character reference names \(named), which XML does not allow (NUL, most control characters "
                    + "and surrogates cannot be written even as '&#…;'): delete it",
                lastOf("&", before: error, map)
            )
        case XML_ERR_GT_REQUIRED.rawValue:
            guard let tag = map.tagOpened(before: error.line, column: error.column) else { return nil }
            return ("the tag '\(tag.text)' is not closed: add '>' after it", tag.location)
        default:
            return depthExceeded(error.message).map { ($0, nil) }
        }
    }

    /// Where the last start tag `<name` on `line` begins.
    private static func startTag(_ name: String, onLine line: Int, _ map: SourceMap) -> SourceLocation? {
        let scalars = Array(map.text(ofLine: line).unicodeScalars)
        let tag = Array(("<" + name).unicodeScalars)
        guard scalars.count >= tag.count else { return nil }
        let at = (0...(scalars.count - tag.count)).last { start in
            let after = start + tag.count
            return scalars[start..<after].elementsEqual(tag)
                && (after == scalars.count || " \t>/".unicodeScalars.contains(scalars[after]))
        }
        return at.map { map.location(ofLine: line, column: $0 + 1) }
    }

    /// The last `character` on the error's line before where libxml2 noticed the error (which is after the
    /// name or reference it read): where the mistake begins; `nil` when the line has none there.
    private static func lastOf(
        _ character: Unicode.Scalar, before error: LibXML.ReportedError, _ map: SourceMap
    ) -> SourceLocation? {
        let scalars = Array(map.text(ofLine: error.line).unicodeScalars)
        let end = min(max(error.column - 1, 0), scalars.count)
        guard let at = scalars[..<end].lastIndex(of: character) else { return nil }
        return map.location(ofLine: error.line, column: at + 1)
    }

    /// What to say of an attribute value written without quotes at `column` (1-based, in scalars) of `line`:
    /// `the value of 'category' must be in quotes: write category="request"`. A value in the curly quotes a word
    /// processor types (`card=“true”`) is said as such, the value between them.
    private static func unquotedValue(in line: String, column: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        let at = min(max(column - 1, 0), scalars.count)
        var before = String(String.UnicodeScalarView(scalars[..<at]))
        while before.last == " " || before.last == "=" { before.removeLast() }
        let name = before.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "<" }).last.map(String.init)
        let curly = at < scalars.count && typographicQuotes.contains(scalars[at])
        let rest = curly ? scalars[(at + 1)...] : scalars[at...]
        let value = String(
            String.UnicodeScalarView(
                rest.prefix {
                    curly
                        ? !typographicQuotes.contains($0) && !">\"'".unicodeScalars.contains($0)
                        : !" \t>/\"'".unicodeScalars.contains($0)
                }))
        guard let name, !name.isEmpty, !value.isEmpty else {
            return "an attribute's value must be in quotes: write name=\"value\""
        }
        guard curly else { return "the value of '\(name)' must be in quotes: write \(name)=\"\(value)\"" }
        return "the value of '\(name)' must be in straight quotes (\"), not typographic ones (\(scalars[at])): write "
            + "\(name)=\"\(value)\""
    }

    /// The quotation marks word processors and input methods type in place of `"` and `'`.
    private static let typographicQuotes: Set<Unicode.Scalar> = [
        "\u{201C}", "\u{201D}", "\u{201E}", "\u{2018}", "\u{2019}", "\u{201A}", "\u{00AB}", "\u{00BB}", "\u{300C}",
        "\u{300D}", "\u{300E}", "\u{300F}", "\u{FF02}", "\u{FF07}",
    ]

    /// libxml2's depth limit (`Excessive depth in document: 256 use XML_PARSE_HUGE option`, which names a parser
    /// option) in words; `nil` for any other message.
    private static func depthExceeded(_ message: String) -> String? {
        let prefix = "Excessive depth in document: "
        guard message.hasPrefix(prefix), let depth = message.dropFirst(prefix.count).split(separator: " ").first
        else { return nil }
        return "elements are nested more than \(depth) deep here; a content file needs only a few levels "
            + "(situation, phrase, text): is an end tag missing, or a start tag repeated?"
    }
}
