import Foundation

/// The glossary as a TBX-Basic document for translators' CAT tools, in either edition of TBX: 3 (ISO 30042:2019,
/// DCA style, `<tbx>`), the default, or 2 (ISO 30042:2008, `<martif>`), which translate-toolkit, and so Weblate's
/// glossary import, and older CAT tools read. One entry per term, in glossary order; per language a section
/// (with the language's BCP 47 tag) whose first form is the preferred term, further forms admitted terms and
/// forbidden variants deprecated terms; the term's note in each language (on the entry in TBX 3, in that
/// language's section in TBX 2, or on the entry when the term has no form in that language). The same glossary
/// gives the same bytes.
public enum TBXExport {
    /// The edition of TBX written.
    public enum Version: String, Sendable, CaseIterable {
        /// TBX 2 (ISO 30042:2008): `<martif>`, `<termEntry>`, `<langSet>`, `<tig>`.
        case v2 = "2"
        /// TBX 3 (ISO 30042:2019), DCA style: `<tbx>`, `<conceptEntry>`, `<langSec>`, `<termSec>`.
        case v3 = "3"
    }

    /// `administrativeStatus` values of TBX-Basic.
    enum Status: String {
        case preferred = "preferredTerm-admn-sts"
        case admitted = "admittedTerm-admn-sts"
        case deprecated = "deprecatedTerm-admn-sts"
    }

    /// The TBX document of `book`'s glossary; throws `invalidOption` when the glossary is empty (TBX needs at
    /// least one entry).
    public static func document(_ book: Book, version: Version = .v3) throws(PhrasebookError) -> String {
        guard !book.glossary.isEmpty else {
            throw .invalidOption("--tbx: the book has no glossary; declare terms in <glossary> in phrasebook.xml")
        }
        let tags = Dictionary(book.languages.map { ($0.code, $0.tag) }, uniquingKeysWith: { first, _ in first })
        let tag = { (code: String) in MarkupEscaping.escape(tags[code] ?? code) }
        let title = book.title.text(book.sourceLanguage).map {
            "<titleStmt><title>\(MarkupEscaping.escape($0))</title></titleStmt>"
        }
        let (root, header, entry, section, termGroup) =
            version == .v3
            ? (
                "<tbx style=\"dca\" type=\"TBX-Basic\" xml:lang=\"\(tag(book.sourceLanguage))\" "
                    + "xmlns=\"urn:iso:std:iso:30042:ed-2\">", "tbxHeader", "conceptEntry", "langSec", "termSec"
            )
            : (
                "<martif type=\"TBX-Basic\" xml:lang=\"\(tag(book.sourceLanguage))\">", "martifHeader", "termEntry",
                "langSet", "tig"
            )
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", root, "  <\(header)>", "    <fileDesc>"]
        if let title { lines.append("      " + title) }
        lines += [
            "      <sourceDesc><p>The glossary of phrasebook.xml, exported by phrasebook.</p></sourceDesc>",
            "    </fileDesc>",
        ]
        if version == .v2 { lines.append("    <encodingDesc><p type=\"XCSURI\">TBXBasicXCSV02.xcs</p></encodingDesc>") }
        lines += ["  </\(header)>", "  <text>", "    <body>"]
        for term in book.glossary {
            lines.append("      <\(entry) id=\"\(MarkupEscaping.escape(term.id))\">")
            let notes = (term.note?.renderings ?? []).filter { !$0.text.isEmpty }
            // TBX 2 puts a language's note in its langSet; a language without a form of the term has none, and its
            // note goes on the entry, in that language, as TBX 3 puts them all.
            let withoutSection = notes.filter { term.forms($0.language).isEmpty && term.forbidden($0.language).isEmpty }
            for note in version == .v3 ? notes : withoutSection {
                lines.append(
                    "        <note xml:lang=\"\(tag(note.language))\">\(MarkupEscaping.escape(note.text))</note>")
            }
            for language in book.languages {
                let forms = term.forms(language.code)
                let entries =
                    forms.enumerated().map { ($1, $0 == 0 ? Status.preferred : .admitted) }
                    + term.forbidden(language.code).map { ($0, Status.deprecated) }
                guard !entries.isEmpty else { continue }
                lines.append("        <\(section) xml:lang=\"\(tag(language.code))\">")
                if version == .v2 {
                    for note in notes where note.language == language.code {
                        lines.append("          <note>\(MarkupEscaping.escape(note.text))</note>")
                    }
                }
                for (text, status) in entries {
                    lines.append(
                        "          <\(termGroup)><term>\(MarkupEscaping.escape(text))</term>"
                            + "<termNote type=\"administrativeStatus\">\(status.rawValue)</termNote></\(termGroup)>")
                }
                lines.append("        </\(section)>")
            }
            lines.append("      </\(entry)>")
        }
        lines += ["    </body>", "  </text>", version == .v3 ? "</tbx>" : "</martif>", ""]
        return lines.joined(separator: "\n")
    }
}

extension TBXExport {
    /// Writes the TBX document of `book`'s glossary to `path` atomically (a temporary file beside it, renamed into
    /// place), so a failed export leaves an earlier file as it was; the error says whether there was one
    /// (`exportFailed`). Returns how many terms it wrote.
    @discardableResult
    public static func write(_ book: Book, version: Version = .v3, to path: String) throws(PhrasebookError) -> Int {
        try ExportFile.write(Array(try document(book, version: version).utf8), to: path)
        return book.glossary.count
    }
}
