import PhrasebookKit

/// Writes the pieces of format-v1 XML a synthetic book is made of, indented two spaces per level.
struct XMLText {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// `<name attributes>` on its own line.
    mutating func open(_ name: String, _ attributes: [(String, String)] = [], level: Int) {
        line("<\(name)\(Self.attributes(attributes))>", level: level)
    }

    mutating func close(_ name: String, level: Int) {
        line("</\(name)>", level: level)
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = [], level: Int) {
        line("<\(name)\(Self.attributes(attributes))/>", level: level)
    }

    /// A text in its element: `<name>` around one `<zh>`, `<ko>`, `<en>` line each; the renderings carry the
    /// `source-hash` of the Chinese when `reviewed`.
    mutating func texts(
        _ name: String, _ text: Triple, _ attributes: [(String, String)] = [], level: Int, reviewed: Bool = true
    ) {
        open(name, attributes, level: level)
        renderings(text, level: level + 1, reviewed: reviewed)
        close(name, level: level)
    }

    /// The three rendering elements.
    mutating func renderings(_ text: Triple, level: Int, reviewed: Bool = true) {
        let hash = reviewed ? [("source-hash", SourceHash.of(text.zh))] : []
        line("<zh>\(Self.escape(text.zh))</zh>", level: level)
        line("<ko\(Self.attributes(hash))>\(Self.escape(text.ko))</ko>", level: level)
        line("<en\(Self.attributes(hash))>\(Self.escape(text.en))</en>", level: level)
    }

    /// A short label on one line, reviewed: `<role id="x"><zh>…</zh><ko source-hash="…">…</ko>…</role>`.
    mutating func label(_ name: String, _ attributes: [(String, String)], _ text: Triple, level: Int) {
        let hash = Self.attributes([("source-hash", SourceHash.of(text.zh))])
        line(
            "<\(name)\(Self.attributes(attributes))><zh>\(Self.escape(text.zh))</zh><ko\(hash)>\(Self.escape(text.ko))</ko>"
                + "<en\(hash)>\(Self.escape(text.en))</en></\(name)>", level: level)
    }

    mutating func line(_ content: String, level: Int) {
        text += String(repeating: "  ", count: level) + content + "\n"
    }

    static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    static func escape(_ string: String) -> String {
        MarkupEscaping.escape(string)
    }
}
