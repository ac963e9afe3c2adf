import Foundation

@testable import PhrasebookKit

/// The repository's own content and templates, loaded once for the text output tests.
enum ShippedContent {
    /// A pipeline over `Content/` and `Templates/` of the repository; it never publishes in these tests.
    static let pipeline = Pipeline(
        contentFolder: TestPaths.content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch())

    /// The shipped book, or nil (with the reason) when it does not load.
    static let book: Result<Book, PhrasebookError> = {
        do throws(PhrasebookError) {
            guard let book = try pipeline.check().book else {
                return .failure(.internalFailure("the content does not load"))
            }
            return .success(book)
        } catch {
            return .failure(error)
        }
    }()

    /// The shipped book rendered as HTML by the shipped templates: rendered once, for every test that only reads it.
    static let html = Result { () throws -> [OutputFile] in
        try pipeline.render(book.get(), RenderOptions(formats: [.html]))
    }

    /// The shipped book rendered as Markdown by the shipped templates, once.
    static let markdown = Result { () throws -> [OutputFile] in
        try pipeline.render(book.get(), RenderOptions(formats: [.markdown]))
    }

    /// Texts of the content that themselves begin with closing or stop punctuation (a turn of silence "……"):
    /// a line starting with one of them starts a paragraph, it was not put there by a line break.
    static let textsStartingWithStops: [String] = {
        var found: [String] = []
        guard case .success(let book) = book else { return found }
        let resolver = TextResolver(book: book)
        func add(_ text: LocalizedText?) {
            guard let text else { return }
            for language in book.languages {
                let plain = resolver.resolve(text, in: language).plain
                if let first = plain.first, Kinsoku.closing.contains(first) { found.append(plain) }
            }
        }
        for situation in book.situations {
            for dialogue in situation.dialogues { addTurns(dialogue.items, add) }
            for phrase in situation.phrases {
                add(phrase.text)
                phrase.notes.forEach(add)
                for avoid in phrase.avoids {
                    add(avoid.text)
                    add(avoid.why)
                }
            }
        }
        return found
    }()

    private static func addTurns(_ items: [DialogueItem], _ add: (LocalizedText?) -> Void) {
        for item in items {
            switch item {
            case .turn(let turn):
                if case .text(let own) = turn.content { add(own) }
            case .branch(let cases):
                for branchCase in cases {
                    add(branchCase.when)
                    addTurns(branchCase.items, add)
                }
            }
        }
    }
}

/// The kinsoku rules the text outputs must keep.
enum Kinsoku {
    /// Closing and stop punctuation, full- and half-width: never at the start of a line.
    static let closing: Set<Character> = Set("。，、！？：；）」』】〕…｡､｣" + ",.!?:;)")
    /// Opening punctuation: never at the end of a line.
    static let opening: Set<Character> = Set("（「『【〔" + "([")
    /// Markers the layout puts in front of text: a line's content starts after them.
    static let markers = ["zh ", "ko ", "en ", "- ", "* ", "Agent: ", "Customer: ", "Dialogue: ", "Role: ", "If "]

    /// The line's text after its indent and any layout markers (`1. `, `1.2 `, `(a) If `, `zh `).
    static func content(of line: String) -> Substring {
        var rest = Substring(line).drop { $0 == " " }
        while true {
            if let marker = markers.first(where: { rest.hasPrefix($0) }) {
                rest = rest.dropFirst(marker.count).drop { $0 == " " }
            } else if let end = numberMarkerEnd(rest) {
                rest = rest[end...].drop { $0 == " " }
            } else {
                return rest
            }
        }
    }

    /// The end of a leading `12. `, `1.2 ` or `(b) ` marker, if the text starts with one.
    private static func numberMarkerEnd(_ text: Substring) -> Substring.Index? {
        var index = text.startIndex
        if text.first == "(" {
            index = text.index(after: index)
            let letters = text[index...].prefix { $0 >= "a" && $0 <= "z" }
            guard !letters.isEmpty else { return nil }
            index = letters.endIndex
            guard text[index...].hasPrefix(") ") else { return nil }
            return text.index(index, offsetBy: 2)
        }
        let marker = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let first = marker.first, first.isNumber, marker.endIndex < text.endIndex, text[marker.endIndex] == " "
        else {
            return nil
        }
        return text.index(after: marker.endIndex)
    }

    /// What is wrong with `line`, or nil.
    static func violation(_ line: String, allowedStarts: [String]) -> String? {
        let text = content(of: line)
        if let first = text.first, closing.contains(first),
            !allowedStarts.contains(where: { $0.hasPrefix(text) || text.hasPrefix($0) })
        {
            return "starts with \(first)"
        }
        if let last = line.last, opening.contains(last) { return "ends with \(last)" }
        return nil
    }
}
