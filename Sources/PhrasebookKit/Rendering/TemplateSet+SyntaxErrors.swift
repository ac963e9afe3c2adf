import Mustache

extension TemplateSet {
    /// swift-mustache's parser error for the template `text` at `path`, said in a template author's words and
    /// placed where the author has to look: an unclosed section at its opening tag (the parser stops at the end
    /// of the file), a wrong closing tag at itself, naming the section it should close, an unfinished tag at its
    /// start, saying what is wrong with it (``UnfinishedTag``).
    static func syntaxError(_ error: MustacheTemplate.ParserError, in text: String, path: String) -> PhrasebookError {
        let sections = SectionScan(text)
        func at(_ offset: Int, _ reason: String) -> PhrasebookError {
            let (line, column) = lineAndColumn(of: offset, in: text)
            return .brokenTemplate(path: path, line: line, column: column, reason: reason)
        }
        let kind = error.error as? MustacheTemplate.Error
        let here = PhrasebookError.brokenTemplate(
            path: path, line: error.context.lineNumber, column: error.context.columnNumber,
            reason: kind.map(reason(of:)) ?? "\(error.error)")
        switch kind {
        case .expectedSectionEnd?:
            guard let open = sections.unclosed else { return here }
            return at(open.offset, "section '\(open.name)' opened here is never closed; add {{/\(open.name)}}")
        case .unfinishedName?:
            guard let tag = UnfinishedTag.first(in: text) else { return here }
            return at(tag.offset, tag.reason)
        case .sectionCloseNameIncorrect?:
            guard let wrong = sections.wrongClose else { return here }
            let (line, column) = lineAndColumn(of: wrong.open.offset, in: text)
            return at(
                wrong.close.offset,
                "{{/\(wrong.close.name)}} closes section '\(wrong.open.name)' (opened at line \(line), column "
                    + "\(column)); close '\(wrong.open.name)' first with {{/\(wrong.open.name)}}")
        default:
            return here
        }
    }

    /// What a parser error means, for the errors without a better place than the parser's.
    private static func reason(of error: MustacheTemplate.Error) -> String {
        switch error {
        case .sectionCloseNameIncorrect: "a closing tag {{/name}} names another section than the one open"
        case .unfinishedName:
            "a tag is not finished: its name is empty or has a space or a brace in it, or its }} is missing"
        case .expectedSectionEnd: "a section is never closed; a {{/name}} is missing"
        case .invalidSetDelimiter: "a {{=…=}} tag is malformed"
        case .transformAppliedToInheritanceSection: "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "inside {{<partial}} … {{/partial}} only {{$block}} … {{/block}} sections may stand"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            "a {{% … }} configuration tag is not one swift-mustache knows"
        }
    }
}

/// The sections of a template as its tags open and close them, in order: which one is left open at the end,
/// and the first closing tag that names another section than the innermost one open.
private struct SectionScan {
    typealias Tag = (name: String, offset: Int)
    private(set) var unclosed: Tag?
    private(set) var wrongClose: (open: Tag, close: Tag)?

    init(_ text: String) {
        var open: [Tag] = []
        var searchStart = text.startIndex
        while let start = text.range(of: "{{", range: searchStart..<text.endIndex),
            let end = text.range(of: "}}", range: start.upperBound..<text.endIndex)
        {
            searchStart = end.upperBound
            let tag = text[start.upperBound..<end.lowerBound].trimmingBlanks()
            guard let sigil = tag.first else { continue }
            let tagged = (
                name: tag.dropFirst().trimmingBlanks(),
                offset: text.distance(from: text.startIndex, to: start.lowerBound)
            )
            switch sigil {
            case "#", "^", "$", "<": open.append(tagged)
            case "/":
                guard let innermost = open.popLast() else { continue }
                if innermost.name != tagged.name, wrongClose == nil { wrongClose = (innermost, tagged) }
            default: continue
            }
        }
        unclosed = open.last
    }
}
