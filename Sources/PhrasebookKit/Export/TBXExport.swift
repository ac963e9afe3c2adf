import Foundation

/// The glossary as a TBX-Basic document (ISO 30042:2019, DCA style) for translators' CAT tools. One
/// `conceptEntry` per term, in glossary order; per language a `langSec` (with the language's BCP 47 tag) whose
/// first form is the preferred term, further forms admitted terms and forbidden variants deprecated terms; the
/// term's note goes on the entry, one `note` per language. The same glossary gives the same bytes.
public enum TBXExport {
    /// `administrativeStatus` values of TBX-Basic.
    enum Status: String {
        case preferred = "preferredTerm-admn-sts"
        case admitted = "admittedTerm-admn-sts"
        case deprecated = "deprecatedTerm-admn-sts"
    }

    /// The TBX document of `book`'s glossary; throws `invalidOption` when the glossary is empty (TBX needs at
    /// least one entry).
    public static func document(_ book: Book) throws(PhrasebookError) -> String {
        guard !book.glossary.isEmpty else {
            throw .invalidOption("--tbx: the book has no glossary; declare terms in <glossary> in phrasebook.xml")
        }
        let tags = Dictionary(book.languages.map { ($0.code, $0.tag) }, uniquingKeysWith: { first, _ in first })
        let tag = { (code: String) in MarkupEscaping.escape(tags[code] ?? code) }
        let title = book.title.text(book.sourceLanguage).map {
            "<titleStmt><title>\(MarkupEscaping.escape($0))</title></titleStmt>"
        }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<tbx style=\"dca\" type=\"TBX-Basic\" xml:lang=\"\(tag(book.sourceLanguage))\" xmlns=\"urn:iso:std:iso:30042:ed:3.0\">",
            "  <tbxHeader>",
            "    <fileDesc>",
        ]
        if let title { lines.append("      " + title) }
        lines += [
            "      <sourceDesc><p>The glossary of phrasebook.xml, exported by phrasebook.</p></sourceDesc>",
            "    </fileDesc>",
            "  </tbxHeader>",
            "  <text>",
            "    <body>",
        ]
        for term in book.glossary {
            lines.append("      <conceptEntry id=\"\(MarkupEscaping.escape(term.id))\">")
            for note in term.note?.renderings ?? [] where !note.text.isEmpty {
                lines.append(
                    "        <note xml:lang=\"\(tag(note.language))\">\(MarkupEscaping.escape(note.text))</note>")
            }
            for language in book.languages {
                let forms = term.forms(language.code)
                let entries =
                    forms.enumerated().map { ($1, $0 == 0 ? Status.preferred : .admitted) }
                    + term.forbidden(language.code).map { ($0, Status.deprecated) }
                guard !entries.isEmpty else { continue }
                lines.append("        <langSec xml:lang=\"\(tag(language.code))\">")
                for (text, status) in entries {
                    lines.append(
                        "          <termSec><term>\(MarkupEscaping.escape(text))</term>"
                            + "<termNote type=\"administrativeStatus\">\(status.rawValue)</termNote></termSec>")
                }
                lines.append("        </langSec>")
            }
            lines.append("      </conceptEntry>")
        }
        lines += ["    </body>", "  </text>", "</tbx>", ""]
        return lines.joined(separator: "\n")
    }
}

extension TBXExport {
    /// Writes the TBX document of `book`'s glossary to `path` atomically (a temporary file beside it, renamed into
    /// place), so a failed export leaves an earlier file as it was; the error says whether there was one
    /// (`exportFailed`). Returns how many terms it wrote.
    @discardableResult
    public static func write(_ book: Book, to path: String) throws(PhrasebookError) -> Int {
        try ExportFile.write(Array(try document(book).utf8), to: path)
        return book.glossary.count
    }
}
