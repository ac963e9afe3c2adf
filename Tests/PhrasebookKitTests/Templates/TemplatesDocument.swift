import Foundation

/// Documentation/Templates.md as the key test reads it: which names it mentions, which it lists as keys in its
/// tables, and which templates it names, for each output format.
struct TemplatesDocument {
    let lines: [String]

    /// Reads the document at `path`.
    init(path: String) throws {
        lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    }

    /// The lines about `format`'s templates: for HTML and Markdown, the keys they share (everything before the
    /// HTML section) and their own section; for text, its own section.
    func lines(for format: String) -> ArraySlice<String> {
        format == "text" ? section(of: format) : lines[..<index(of: "## HTML")] + section(of: format)
    }

    /// The format's own section. HTML's ends where the files the site gets besides its pages are described
    /// (assets, script data): those are not template keys.
    func section(of format: String) -> ArraySlice<String> {
        let html = index(of: "## HTML")
        let markdown = index(of: "## Markdown")
        let text = index(of: "## Plain text")
        switch format {
        case "html": return lines[html..<index(of: "### Files the site also gets")]
        case "markdown": return lines[markdown..<text]
        default: return lines[text...]
        }
    }

    private func index(of heading: String) -> Int {
        lines.firstIndex { $0.hasPrefix(heading) } ?? lines.count
    }

    /// Every name the lines mention in backticks (`book.title` gives `book` and `title`).
    static func mentions(in lines: ArraySlice<String>) -> Set<String> {
        Set(lines.flatMap { spans(in: $0).flatMap(names(in:)) })
    }

    /// The keys the lines' tables list: the `key` column of every key table, and the `keys` column of a template
    /// table.
    static func tableKeys(in lines: ArraySlice<String>) -> Set<String> {
        var keys: Set<String> = []
        for table in tables(in: lines) {
            guard let column = table.header.firstIndex(where: { $0 == "key" || $0 == "keys" }) else { continue }
            for row in table.rows where column < row.count {
                keys.formUnion(spans(in: row[column]).flatMap(names(in:)))
            }
        }
        return keys
    }

    /// The templates the lines name: the first column of a `template` table, and the backticked names of the
    /// paragraphs that list the fragments and partials.
    static func templates(in lines: ArraySlice<String>) -> Set<String> {
        var names: Set<String> = []
        for table in tables(in: lines) where table.header.first == "template" {
            for row in table.rows { names.formUnion(spans(in: row[0])) }
        }
        var inList = false
        for line in lines {
            if line.hasPrefix("Fragments (required") || line.hasPrefix("Partials:") { inList = true }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { inList = false }
            if inList { names.formUnion(spans(in: line)) }
        }
        return names
    }

    /// The texts in backticks on a line.
    static func spans(in line: String) -> [String] {
        let parts = line.components(separatedBy: "`")
        return stride(from: 1, to: parts.count - 1, by: 2).map { parts[$0] }
    }

    /// The names of a backticked key reference (`{{{situation.body}}}`, `chapters[].situations[]`, `hasWhen`):
    /// each part of the dotted name; nothing for anything else (`zh-Hans`, `index.html`, `{{#ui.<id>}}`).
    static func names(in span: String) -> [String] {
        let name = Substring(span).drop { "{#^/&> ".contains($0) }.trimmed.replacingOccurrences(of: "[]", with: "")
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let isName =
            !parts.isEmpty
            && parts.allSatisfy { part in
                part.first?.isLetter == true && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
        return isName ? parts.map(String.init) : []
    }

    private struct Table {
        var header: [String]
        var rows: [[String]]
    }

    private static func tables(in lines: ArraySlice<String>) -> [Table] {
        var tables: [Table] = []
        var current: [[String]] = []
        for line in lines + [""] {
            if line.hasPrefix("|") {
                let cells = line.replacingOccurrences(of: "\\|", with: "/").split(separator: "|").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                if !cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { current.append(cells) }
            } else if let header = current.first {
                tables.append(Table(header: header, rows: Array(current.dropFirst())))
                current = []
            }
        }
        return tables.map { table in
            Table(header: table.header.map { $0.replacingOccurrences(of: "`", with: "") }, rows: table.rows)
        }
    }
}
