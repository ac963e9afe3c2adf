/// What to render and how: the build options of the command line.
public struct RenderOptions: Sendable, Equatable, Codable {
    /// The formats to write; all by default.
    public var formats: [OutputFormat]
    /// Only this role's handbook, when set.
    public var role: String?
    /// The text handbook's width in display columns.
    public var textWidth: Int
    /// A pocket card's width in display columns.
    public var cardWidth: Int
    /// A pocket card's height in lines.
    public var cardLines: Int
    /// The languages shown on pocket cards, by code; all declared languages when `nil`.
    public var cardLanguages: [String]?
    /// Whether East Asian Ambiguous characters take two columns (UAX #11's "wide context").
    public var ambiguousIsWide: Bool
    /// Whether draft languages (`draft="true"`) are published too.
    public var includesDrafts: Bool
    /// The edition printed on every output, overriding the one the book declares (`--edition`).
    public var edition: String?
    /// The language codes whose texts get a pronunciation guide under them in the text handbook and on the
    /// pocket cards (text and HTML); none by default. The HTML site always carries the guides, shown by a toggle.
    public var pronunciations: [String]
    /// The language of the interface words (labels, "continued", the legend) in the outputs that show one
    /// language's words: the text handbook, the text pocket cards and the Markdown pages; `nil` for the book's
    /// source language (`--interface-language`). The HTML site shows every language's and lets the reader choose.
    public var interfaceLanguage: String?

    /// Creates options; the defaults are those of `phrasebook build`.
    public init(
        formats: [OutputFormat] = OutputFormat.allCases, role: String? = nil, textWidth: Int = 80, cardWidth: Int = 32,
        cardLines: Int = 12, cardLanguages: [String]? = nil, ambiguousIsWide: Bool = false,
        includesDrafts: Bool = false, edition: String? = nil, pronunciations: [String] = [],
        interfaceLanguage: String? = nil
    ) {
        self.includesDrafts = includesDrafts
        self.formats = formats
        self.role = role
        self.textWidth = textWidth
        self.cardWidth = cardWidth
        self.cardLines = cardLines
        self.cardLanguages = cardLanguages
        self.ambiguousIsWide = ambiguousIsWide
        self.edition = edition
        self.pronunciations = pronunciations
        self.interfaceLanguage = interfaceLanguage
    }
}

extension RenderOptions {
    /// Throws when an option names something `book` does not declare (`--role`, `--card-language`,
    /// `--pronunciation`) or a language without a pronunciation guide (`--pronunciation en`), whatever the
    /// formats: the one place options are checked against the book, before anything is rendered.
    public func validate(against book: Book) throws(PhrasebookError) {
        if let role, !book.roles.contains(where: { $0.id == role }) {
            throw .invalidOption(
                "--role \(role): no such role; the book declares \(book.roles.map(\.id).joined(separator: ", "))")
        }
        let declared = book.languages.map(\.code)
        for code in cardLanguages ?? [] where !declared.contains(code) {
            throw .invalidOption(
                "--card-language \(code): no such language; the book declares \(declared.joined(separator: ", "))")
        }
        if let code = interfaceLanguage, !declared.contains(code) {
            throw .invalidOption(
                "--interface-language \(code): no such language; the book declares \(declared.joined(separator: ", "))")
        }
        try refuseDrafts(book)
        for code in pronunciations {
            guard Romanizers.romanizer(for: code) != nil else {
                throw .invalidOption(
                    "--pronunciation \(code): no pronunciation guide for this language; there is one for "
                        + Romanizers.languages.joined(separator: ", "))
            }
            guard declared.contains(code) else {
                throw .invalidOption(
                    "--pronunciation \(code): no such language; the book declares \(declared.joined(separator: ", "))")
            }
        }
    }

    /// Throws when `--card-language`, `--interface-language` or `--pronunciation` names a draft language
    /// (`draft="true"`) of `book` and drafts are not published (`--drafts`): the output would not show it, and the
    /// option would do nothing.
    private func refuseDrafts(_ book: Book) throws(PhrasebookError) {
        guard !includesDrafts else { return }
        let drafts = Set(book.languages.filter { $0.isDraft && $0.code != book.sourceLanguage }.map(\.code))
        let named =
            (cardLanguages ?? []).map { ("--card-language", $0) }
            + [interfaceLanguage].compactMap { $0 }.map { ("--interface-language", $0) }
            + pronunciations.map { ("--pronunciation", $0) }
        for (option, code) in named where drafts.contains(code) {
            throw .invalidOption(
                "\(option) \(code): \(code) is a draft language (draft=\"true\" in phrasebook.xml), which is not "
                    + "published; add --drafts to publish it, or name a language that is not a draft")
        }
    }
}
