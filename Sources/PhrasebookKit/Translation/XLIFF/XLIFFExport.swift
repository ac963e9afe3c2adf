/// `phrasebook export --xliff`: one XLIFF document for one target language. Every translatable text of the
/// selection is a unit with a stable id (`TextUnit.id`); the source is the book's source text, the target the
/// current rendering (empty when missing), the state mapped from the review state, placeholders written as
/// inline codes carrying their names, and notes giving the translator the context; in 1.2, a stale rendering whose
/// reviewed source is recorded also comes as an `<alt-trans>` (``PreviousTranslation``). Each unit also carries the
/// hash of the rendering as exported (``targetHashName``: 1.2 `extradata`, 2.0 a Metadata module entry), so
/// that an import can tell a rendering edited in the content since the export from one the translator changed.
public struct XLIFFExport: Sendable {
    /// One unit of the document.
    public struct Unit: Sendable {
        /// The text.
        var unit: TextUnit
        /// Its rendering's state.
        var state: RenderingState
    }

    /// The name of the exported rendering's hash: 1.2 `extradata="phrasebook-target-hash:HASH"`, 2.0
    /// `<mda:meta type="phrasebook-target-hash">HASH</mda:meta>`.
    static let targetHashName = "phrasebook-target-hash"
    /// The namespace of XLIFF 2.0's Metadata module.
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    /// The XLIFF version.
    public let version: XLIFFVersion
    /// The target language's code.
    public let language: String
    /// The units, in book order.
    public let units: [Unit]
    private let book: Book
    private let notes: TranslatorNotes

    /// Selects the units of `book` for `language`: the situations of `situations` (all when empty), in `states`.
    /// With `keywords`, each situation whose search keywords the source language has also gets a unit for its
    /// keywords in `language` (`situation.<id>.keywords`, after its title), in state `missing` or `unreviewed`
    /// (``TextUnit/state(of:source:)``).
    public init(
        book: Book, language: String, version: XLIFFVersion, states: Set<RenderingState> = Set(RenderingState.allCases),
        situations: [String] = [], cardWidth: Int = 32, keywords: Bool = false
    ) throws(PhrasebookError) {
        var selection = ReviewSelection()
        selection.languages = [language]
        selection.situations = situations
        _ = try selection.languages(in: book)
        self.book = book
        self.version = version
        self.language = language
        notes = TranslatorNotes(book: book, language: language, cardWidth: cardWidth)
        units = try selection.units(of: book, keywords: keywords).compactMap { unit in
            guard unit.text.text(book.sourceLanguage)?.isEmpty == false,
                let state = unit.state(of: language, source: book.sourceLanguage), states.contains(state)
            else { return nil }
            return Unit(unit: unit, state: state)
        }
    }

    /// The XLIFF document, deterministic for the same content.
    public var document: String {
        let sourceTag = tag(book.sourceLanguage)
        let targetTag = tag(language)
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        switch version {
        case .version1:
            lines += [
                "<xliff version=\"1.2\" xmlns=\"\(version.namespace)\">",
                "  <file original=\"phrasebook.xml\" datatype=\"xml\" source-language=\"\(sourceTag)\" "
                    + "target-language=\"\(targetTag)\" tool-id=\"phrasebook\">",
                "    <header><tool tool-id=\"phrasebook\" tool-name=\"phrasebook\"/></header>",
                "    <body>",
            ]
            for unit in units { lines += transUnit(unit) }
            lines += ["    </body>", "  </file>", "</xliff>"]
        case .version2:
            lines += [
                "<xliff version=\"2.0\" xmlns=\"\(version.namespace)\" xmlns:mda=\"\(Self.metadataNamespace)\" "
                    + "srcLang=\"\(sourceTag)\" trgLang=\"\(targetTag)\">",
                "  <file id=\"phrasebook\" original=\"phrasebook.xml\">",
            ]
            for unit in units { lines += unit2(unit) }
            // XLIFF 2.0 wants a unit or a group in every file: an export with nothing to translate (say
            // `--only stale` when nothing is) holds one empty group, and stays valid.
            if units.isEmpty { lines += ["    <group id=\"nothing-to-translate\"/>"] }
            lines += ["  </file>", "</xliff>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func tag(_ code: String) -> String {
        book.languages.first { $0.code == code }?.tag ?? code
    }

    private func transUnit(_ unit: Unit) -> [String] {
        let target = unit.unit.text.text(language) ?? ""
        let approved = unit.state == .reviewed ? " approved=\"yes\"" : ""
        var lines = [
            "      <trans-unit id=\"\(unit.unit.id)\"\(approved) extradata=\"\(Self.targetHashName):\(SourceHash.of(target))\">",
            "        <source>\(inline(unit.unit.text.text(book.sourceLanguage) ?? ""))</source>",
            "        <target state=\"\(version.state(for: unit.state))\">\(inline(target))</target>",
        ]
        lines += notes.notes(for: unit.unit).map { "        <note from=\"phrasebook\">\(XMLEscaping.text($0))</note>" }
        if let previous = PreviousTranslation(of: unit.unit, in: language, book: book) {
            lines += [
                "        <alt-trans match-quality=\"\(previous.matchQuality)\" origin=\"\(ReviewHistory.fileName)\" "
                    + "tool-id=\"phrasebook\">",
                "          <source>\(inline(previous.source))</source>",
                "          <target>\(inline(previous.target))</target>",
                "        </alt-trans>",
            ]
        }
        lines.append("      </trans-unit>")
        return lines
    }

    private func unit2(_ unit: Unit) -> [String] {
        let hash = SourceHash.of(unit.unit.text.text(language) ?? "")
        var lines = [
            "    <unit id=\"\(unit.unit.id)\">",
            "      <mda:metadata><mda:metaGroup category=\"phrasebook\"><mda:meta type=\"\(Self.targetHashName)\">\(hash)"
                + "</mda:meta></mda:metaGroup></mda:metadata>",
            "      <notes>",
        ]
        lines += notes.notes(for: unit.unit).map { "        <note>\(XMLEscaping.text($0))</note>" }
        lines.append("      </notes>")
        let subState = unit.state == .stale ? " subState=\"phrasebook:stale\"" : ""
        lines.append("      <segment state=\"\(version.state(for: unit.state))\"\(subState)>")
        lines.append("        <source>\(inline(unit.unit.text.text(book.sourceLanguage) ?? ""))</source>")
        if unit.state != .missing {
            lines.append("        <target>\(inline(unit.unit.text.text(language) ?? ""))</target>")
        }
        lines += ["      </segment>", "    </unit>"]
        return lines
    }

    /// A text with its placeholders as inline codes: 1.2 `<x id="name" ctype="x-phrasebook-variable"
    /// equiv-text="{name}"/>`, 2.0 `<ph id="name" equiv="{name}" disp="value"/>`. A name used twice gets ids
    /// `name`, `name-2`, … in order, in the source and the target alike.
    func inline(_ text: String) -> String {
        var seen: [String: Int] = [:]
        return PlaceholderText(text).segments.map { segment in
            switch segment {
            case .literal(let literal):
                return XMLEscaping.text(literal)
            case .placeholder(let name):
                seen[name, default: 0] += 1
                let id = seen[name]! == 1 ? name : "\(name)-\(seen[name]!)"
                let placeholder = book.placeholders.first { $0.name == name }
                switch version {
                case .version1:
                    let kind = placeholder?.kind == .slot ? "slot" : "variable"
                    return "<x id=\"\(id)\" ctype=\"x-phrasebook-\(kind)\" equiv-text=\"{\(name)}\"/>"
                case .version2:
                    let display =
                        placeholder?.text.text(language) ?? placeholder?.text.text(book.sourceLanguage) ?? name
                    return
                        "<ph id=\"\(id)\" equiv=\"{\(name)}\" disp=\"\(XMLEscaping.attribute(display, quote: UInt8(ascii: "\"")))\"/>"
                }
            }
        }.joined()
    }
}
