/// What to render and how: the build options of the command line.
public struct RenderOptions: Sendable {
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

    /// Creates options; the defaults are those of `phrasebook build`.
    public init(
        formats: [OutputFormat] = OutputFormat.allCases, role: String? = nil, textWidth: Int = 80, cardWidth: Int = 32,
        cardLines: Int = 12, cardLanguages: [String]? = nil, ambiguousIsWide: Bool = false
    ) {
        self.formats = formats
        self.role = role
        self.textWidth = textWidth
        self.cardWidth = cardWidth
        self.cardLines = cardLines
        self.cardLanguages = cardLanguages
        self.ambiguousIsWide = ambiguousIsWide
    }
}

/// What one renderer is asked to produce.
struct RenderJob: Sendable {
    /// The book.
    let book: Book
    /// The options.
    let options: RenderOptions

    /// The roles whose handbooks and cards to write: the chosen one, or every role.
    var roles: [Label] {
        guard let role = options.role else { return book.roles }
        return book.roles.filter { $0.id == role }
    }

    /// Whether the whole book's pages are written too (not when only one role is asked for).
    var includesWholeBook: Bool { options.role == nil }
}

/// A renderer of one output format.
protocol Renderer: Sendable {
    /// Produces the format's files, paths relative to the output folder, handing each to `sink` when it is done.
    func render(_ job: RenderJob, into sink: any FileSink) throws(PhrasebookError)
}
