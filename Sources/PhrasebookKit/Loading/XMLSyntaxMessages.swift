import CLibXML2

/// libxml2's syntax errors in words a content editor can act on: for the mistakes made by hand in a text editor
/// (a bare `&` or `<`, an entity HTML knows and XML does not, a tag left without its `>`, a reference to a
/// character XML forbids, a control character, a mistake in a start tag, an end tag too many, a full-width `＜`
/// or `＞`, the file ending inside an element) the message says what to write instead and points at the mistake
/// (a tag it names); any other message is libxml2's own.
enum XMLSyntaxMessages {
    /// The `xml-syntax` diagnostics of `errors`, reported while parsing the file of `kind` that `map` describes. A
    /// start tag libxml2 could not read is one error at its mistake (``StartTagProblem``), for all that libxml2 says
    /// of it. After a mistake that leaves libxml2's elements other than the file's (a start tag it dropped, an end
    /// tag that does not match, an end tag without its `>`), the end tags that no longer match, the "premature
    /// end" and the "extra content" they lead to are left out: their fix would be wrong, and the first of them is
    /// often placed at the root element's start tag, above the mistake, where it would be read first.
    static func diagnostics(_ errors: [LibXML.ReportedError], map: SourceMap, kind: XMLFileKind) -> [Diagnostic] {
        var result: [Diagnostic] = []
        // A comment, CDATA section or processing instruction never closed runs to the file's end, with the end
        // tags in it: that the file ends inside elements, or before its root element, follows from it, and adding
        // them would not mend it.
        let unclosed = errors.contains { neverClosed.keys.contains(UInt32(bitPattern: $0.code)) }
        var astray = unclosed
        var index = errors.startIndex
        while index < errors.endIndex {
            var end = index
            while end < errors.endIndex, isAttributeError(errors[end]) { end += 1 }
            // An error before the tag's start is another tag's (a value missing there is no reason to drop it).
            if end < errors.endIndex, let tag = unreadStartTag(errors[end], map: map),
                (map.offset(ofLine: errors[index].line, column: errors[index].column) ?? tag) >= tag
            {
                result.append(
                    StartTagProblem.find(inTagAt: tag, map: map).map {
                        Diagnostic(.error, "xml-syntax", $0.message, at: map.location(ofByte: $0.offset))
                    } ?? diagnostic(errors[index], map: map, kind: kind))
                astray = true
                index = end + 1
                continue
            }
            let error = errors[index]
            index += 1
            let code = UInt32(bitPattern: error.code)
            if astray && followOn.contains(code) || unclosed && code == XML_ERR_DOCUMENT_EMPTY.rawValue { continue }
            let said = diagnostic(error, map: map, kind: kind)
            result.append(said)
            astray =
                astray || code == XML_ERR_TAG_NAME_MISMATCH.rawValue || code == XML_ERR_GT_REQUIRED.rawValue
                || said.message.hasPrefix(commentNotClosed)
        }
        return result
    }

    /// The errors libxml2 reports after its elements went astray from the file's.
    private static let followOn: Set<UInt32> = [
        XML_ERR_TAG_NAME_MISMATCH.rawValue, XML_ERR_TAG_NOT_FINISHED.rawValue, XML_ERR_DOCUMENT_END.rawValue,
    ]

    /// What libxml2 reports at the file's end for a comment, CDATA section or processing instruction never
    /// closed: what opens it, what closes it, and what it is called.
    private static let neverClosed: [UInt32: (opener: String, closer: String, name: String)] = [
        XML_ERR_COMMENT_NOT_FINISHED.rawValue: ("<!--", "-->", "comment"),
        XML_ERR_CDATA_NOT_FINISHED.rawValue: ("<![CDATA[", "]]>", "CDATA section"),
        XML_ERR_PI_NOT_FINISHED.rawValue: ("<?", "?>", "processing instruction"),
    ]

    /// How the error of a comment left open before another starts begins.
    private static let commentNotClosed = "this comment ('<!--') is not closed"

    /// Whether `error` is one libxml2 reports on the way through a start tag it then gives up on.
    private static func isAttributeError(_ error: LibXML.ReportedError) -> Bool {
        switch UInt32(bitPattern: error.code) {
        case XML_ERR_LT_IN_ATTRIBUTE.rawValue, XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue,
            XML_ERR_ATTRIBUTE_NOT_FINISHED.rawValue, XML_ERR_ATTRIBUTE_WITHOUT_VALUE.rawValue,
            XML_ERR_SPACE_REQUIRED.rawValue:
            return true
        case XML_ERR_NAME_REQUIRED.rawValue: return error.message.hasPrefix("error parsing attribute name")
        default: return false
        }
    }

    /// Where the start tag begins that `error` says libxml2 gave up on ("Couldn't find end of Start Tag phrase
    /// line 4"); `nil` for any other error.
    private static func unreadStartTag(_ error: LibXML.ReportedError, map: SourceMap) -> Int? {
        guard UInt32(bitPattern: error.code) == XML_ERR_GT_REQUIRED.rawValue,
            let found = error.message.firstMatch(of: /^Couldn't find end of Start Tag (.+) line (\d+)$/),
            let line = Int(found.2)
        else { return nil }
        return map.startTag(named: String(found.1), onLine: line)
    }

    /// The `xml-syntax` diagnostic of `error`, reported while parsing the file of `kind` that `map` describes.
    private static func diagnostic(_ error: LibXML.ReportedError, map: SourceMap, kind: XMLFileKind) -> Diagnostic {
        let (message, location) = explained(error, map: map, kind: kind) ?? (error.message, nil)
        return Diagnostic(
            .error, "xml-syntax", message, at: location ?? map.location(ofLine: error.line, column: error.column))
    }

    /// What to say of `error`, and where when that is not where libxml2 noticed it; `nil` to keep its message.
    private static func explained(
        _ error: LibXML.ReportedError, map: SourceMap, kind: XMLFileKind
    ) -> (message: String, location: SourceLocation?)? {
        switch UInt32(bitPattern: error.code) {
        case XML_ERR_NAME_REQUIRED.rawValue where error.message.hasPrefix("xmlParseEntityRef"):
            return (
                "a bare '&' is not allowed in XML: write '&amp;' for an ampersand", lastOf("&", before: error, map)
            )
        case XML_ERR_NAME_REQUIRED.rawValue where error.message.hasPrefix("StartTag: invalid element name"):
            return (StartTagProblem.bareLessThan, lastOf("<", before: error, map))
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
            let start = map.startTag(named: name, onLine: line)
            let span = (start ?? 0)..<max(start ?? 0, map.offset(ofLine: error.line, column: error.column) ?? 0)
            if !error.openElements.isEmpty, !error.openElements.dropLast().contains(ending) {
                return endTagOfNoElement(ending, open: name, line: line, in: span, map, kind: kind)
            }
            if start != nil, let typed = map.lastOffset(of: "＜/" + name, in: span) {
                return (fullWidthLessThan("＜/" + name), map.location(ofByte: typed))
            }
            return (
                "<\(name)> (line \(line)) is not closed before </\(ending)>: add </\(name)> where its text ends, "
                    + "or correct the end tag",
                start.map { map.location(ofByte: $0) }
            )
        case XML_ERR_TAG_NOT_FINISHED.rawValue:
            guard let innermost = error.openElements.last,
                let line = error.message.firstMatch(of: /line (\d+)$/).flatMap({ Int($0.1) })
            else { return nil }
            let endTags = error.openElements.reversed().map { "</\($0)>" }.joined()
            return (
                "the file ends before <\(innermost)> (line \(line)) is closed: add \(endTags) at its end",
                map.location(ofByte: map.endOfContent)
            )
        case XML_ERR_DOCUMENT_END.rawValue:
            return afterTheRoot(error, map: map)
        case XML_ERR_HYPHEN_IN_COMMENT.rawValue:
            // The '--' of another comment's '<!--': the comment before it was left open, and held what follows
            // it up to that one's '-->' (an element's end tag, often, which then ends nothing).
            guard let noticed = map.offset(ofLine: error.line, column: error.column),
                let inner = map.lastOffset(of: "<!--", in: max(0, noticed - 6)..<noticed),
                let outer = map.lastOffset(of: "<!--", in: 0..<inner)
            else { return nil }
            let line = map.location(ofByte: inner).line
            return (
                commentNotClosed + " before the next one starts (line \(line)): add '-->' where it ends; a comment "
                    + "cannot hold another",
                map.location(ofByte: outer)
            )
        case let code where neverClosed[code] != nil:
            // libxml2 notices it at the file's end, and quotes what follows the opening, line breaks and all.
            guard let (opener, closer, name) = neverClosed[code],
                let start = map.lastOffset(of: opener, in: 0..<map.endOfContent)
            else { return nil }
            return (
                "this \(name) ('\(opener)') is never closed: add '\(closer)' where it ends, or delete '\(opener)'",
                map.location(ofByte: start)
            )
        case XML_ERR_RESERVED_XML_NAME.rawValue where error.message.hasPrefix("XML declaration allowed only"):
            return (
                "the XML declaration '<?xml …?>' must be the very first thing in the file: delete the blank lines "
                    + "or spaces before it",
                map.location(ofLine: 1, column: 1)
            )
        case XML_ERR_DOCUMENT_EMPTY.rawValue where error.line == 1:
            return (fileStart(map.text(ofLine: 1)), map.location(ofLine: 1, column: 1))
        case XML_ERR_ATTRIBUTE_WITHOUT_VALUE.rawValue, XML_ERR_ATTRIBUTE_REDEFINED.rawValue:
            guard let noticed = map.offset(ofLine: error.line, column: error.column),
                let tag = map.startTag(before: noticed), let problem = StartTagProblem.find(inTagAt: tag, map: map)
            else { return nil }
            return (problem.message, map.location(ofByte: problem.offset))
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
            if let typed = tag.text.unicodeScalars.firstIndex(of: "\u{FF1E}") {
                let before = String(tag.text.unicodeScalars[..<typed])
                return (
                    StartTagProblem.fullWidthGreaterThan(before),
                    map.location(
                        ofLine: tag.location.line, column: tag.location.column + before.unicodeScalars.count)
                )
            }
            if let extra = textInEndTag(tag.text, at: tag.location, map) { return extra }
            return (StartTagProblem.notClosed(tag.text, after: nil), tag.location)
        case XML_ERR_INVALID_CHAR.rawValue:
            guard let value = error.message.firstMatch(of: /[Cc]har value (\d+)/).flatMap({ UInt32($0.1) }) else {
                return nil
            }
            return (
                "the file has \(codePointName(value)) here, which XML does not allow in a text (of the control "
                    + "characters, only tab, line feed and carriage return may be written): delete it, or write a space",
                nil
            )
        default:
            return depthExceeded(error.message, kind: kind).map { ($0, nil) }
        }
    }

    /// What to say of what libxml2 found after the root element's end tag (`error`, where it starts): a tag, or
    /// text, named, to delete.
    private static func afterTheRoot(
        _ error: LibXML.ReportedError, map: SourceMap
    ) -> (message: String, location: SourceLocation?) {
        let rule = "comes after the end of the root element: a file holds one root element, and after it only comments"
        let scalars = Array(map.text(ofLine: error.line).unicodeScalars)
        let at = min(max(error.column - 1, 0), scalars.count)
        // Inside a tag begun at or before the place (libxml2 may point into it), or text after the last tag's `>`.
        let tagStart = scalars[..<min(at + 1, scalars.count)].lastIndex(of: "<")
        if let tagStart, tagStart > (scalars[..<at].lastIndex(of: ">") ?? -1) {
            let tag = scalars[tagStart...].prefix { $0 != " " && $0 != "\t" }.prefix(40)
            let written = String(String.UnicodeScalarView(tag.prefix { $0 != ">" })) + (tag.contains(">") ? ">" : "")
            return ("'\(written)' \(rule); delete it", map.location(ofLine: error.line, column: tagStart + 1))
        }
        let text = String(String.UnicodeScalarView(scalars[at...].prefix { $0 != "<" })).trimmingCharacters(
            in: .whitespaces)
        guard !text.isEmpty else { return ("something \(rule); delete what follows the root element's end tag", nil) }
        return (
            "the text '\(text.count > 40 ? text.prefix(40) + "…" : text)' \(rule); delete it, or move it into the "
                + "element it belongs to",
            map.location(ofLine: error.line, column: at + 1)
        )
    }

    /// What to say of a file whose first line, `first`, starts with neither the XML declaration nor an element: a
    /// second byte order mark (an editor that added one to a file that had it), or text.
    private static func fileStart(_ first: String) -> String {
        if first.unicodeScalars.first == "\u{FEFF}" {
            return "the file starts with a second byte order mark (U+FEFF, invisible in most editors) before "
                + "'<?xml': delete it (save the file as UTF-8 once)"
        }
        let text = String(first.unicodeScalars.prefix { $0 != "<" }.prefix(40).map(Character.init))
        return text.trimmingCharacters(in: .whitespaces).isEmpty
            ? "the file starts with neither '<?xml' nor an element: it must begin with its root element's start tag"
            : "the file starts with the text '\(text)' before '<?xml' or its root element: delete it"
    }

    /// What to say of the end tag `</ending>` when no element of that name is open, but `<open>` (line `line`),
    /// whose start tag and the end tag are `span`: a `＜ending` typed in its text with a full-width `＜` if there is
    /// one, else an end tag too many or misnamed, at that end tag.
    private static func endTagOfNoElement(
        _ ending: String, open: String, line: Int, in span: Range<Int>, _ map: SourceMap, kind: XMLFileKind
    ) -> (message: String, location: SourceLocation?) {
        if let typed = map.lastOffset(of: "＜" + ending, in: span) {
            return (fullWidthLessThan("＜" + ending), map.location(ofByte: typed))
        }
        if Suggestion.closest(to: open, among: [ending]) != nil,
            let misspelt = misspelt(open, line: line, ending, in: span, map, names: kind.elementNames())
        {
            return misspelt
        }
        return (
            "</\(ending)> ends no element: <\(open)> (line \(line)) is the one open here; delete </\(ending)>, or "
                + "write </\(open)> if <\(open)> ends here",
            map.lastOffset(of: "</" + ending, in: span).map { map.location(ofByte: $0) }
        )
    }

    /// What to say of an end tag (`tag`, written up to its name, at `location`) whose name is followed on its line by
    /// more than spaces before its `>` (`</en foo>`): an end tag holds its name alone. `nil` for any other tag.
    private static func textInEndTag(
        _ tag: String, at location: SourceLocation, _ map: SourceMap
    ) -> (message: String, location: SourceLocation?)? {
        guard tag.hasPrefix("</") else { return nil }
        let after = map.text(ofLine: location.line).unicodeScalars.dropFirst(
            location.column - 1 + tag.unicodeScalars.count)
        guard let close = after.firstIndex(of: ">") else { return nil }
        let extra = String(String.UnicodeScalarView(after[..<close])).trimmingCharacters(in: .whitespaces)
        guard !extra.isEmpty, !extra.contains("<") else { return nil }
        let skipped = after.distance(from: after.startIndex, to: after.firstIndex { $0 != " " && $0 != "\t" } ?? close)
        return (
            "the end tag '\(tag)>' has '\(extra)' after its name: an end tag holds its name alone; delete '\(extra)'",
            map.location(
                ofLine: location.line, column: location.column + tag.unicodeScalars.count + skipped)
        )
    }

    /// What to say of a start tag `<open>` (on `line`) ended by `</ending>`, names a slip apart, when one of them
    /// is among the element `names` of the format and the other is not: the other is the one misspelt, and is said
    /// at its tag. `nil` when both or neither is.
    private static func misspelt(
        _ open: String, line: Int, _ ending: String, in span: Range<Int>, _ map: SourceMap, names: Set<String>
    ) -> (message: String, location: SourceLocation?)? {
        let differ = "<\(open)> (line \(line)) is ended by </\(ending)>: the names differ"
        let endTag = map.lastOffset(of: "</" + ending, in: span).map { map.location(ofByte: $0) }
        switch (names.contains(open), names.contains(ending)) {
        case (false, true):
            return (
                "\(differ); write <\(ending)> (the format has no <\(open)>)",
                map.startTag(named: open, onLine: line).map { map.location(ofByte: $0) } ?? endTag
            )
        case (true, false): return ("\(differ); write </\(open)> (the format has no <\(ending)>)", endTag)
        default: return nil
        }
    }

    /// What to say of `typed`, a tag begun with a full-width `＜`: text to XML, not a tag.
    private static func fullWidthLessThan(_ typed: String) -> String {
        "'\(typed)' starts with a full-width '＜' (U+FF1C), which XML reads as text, not as a tag: write "
            + "'<\(typed.dropFirst())>'"
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
    static func unquotedValue(in line: String, column: Int) -> String {
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
    private static func depthExceeded(_ message: String, kind: XMLFileKind) -> String? {
        let prefix = "Excessive depth in document: "
        guard message.hasPrefix(prefix), let depth = message.dropFirst(prefix.count).split(separator: " ").first
        else { return nil }
        return "elements are nested more than \(depth) deep here; \(kind.nesting): is an end tag missing, or a "
            + "start tag repeated?"
    }
}
