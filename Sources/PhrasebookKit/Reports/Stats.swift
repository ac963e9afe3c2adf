/// Counts for `phrasebook stats`: per chapter, per role and for the whole book, the phrases and, per target
/// language, the renderings that are missing, unreviewed (no `source-hash`) or stale (hash no longer matches).
public struct Stats: Sendable {
    /// Translation state of one language within a row.
    public struct LanguageCounts: Sendable, Equatable {
        /// No rendering, or an empty one.
        public var missing = 0
        /// A rendering without `source-hash`.
        public var unreviewed = 0
        /// A rendering whose `source-hash` does not match the current source.
        public var stale = 0
    }

    /// One line of the table.
    public struct Row: Sendable {
        /// `chapter opening`, `role hotline-agent`, `book`, `all texts`.
        public var scope: String
        /// How many phrases (or, for `all texts`, texts) the row counts.
        public var phrases: Int
        /// Counts per target language code, in the book's order.
        public var languages: [(code: String, counts: LanguageCounts)]
    }

    /// The rows: chapters, roles, the book's phrases, and every text of the book.
    public let rows: [Row]

    /// Computes the stats of `book`.
    public init(book: Book) {
        let targets = book.targetLanguages.map(\.code)
        func row(_ scope: String, _ texts: [LocalizedText]) -> Row {
            Row(
                scope: scope, phrases: texts.count,
                languages: targets.map { code in
                    var counts = LanguageCounts()
                    for text in texts {
                        switch text.status(of: code, source: book.sourceLanguage) {
                        case .missing: counts.missing += 1
                        case .unreviewed: counts.unreviewed += 1
                        case .stale: counts.stale += 1
                        case .noSource, .reviewed: break
                        }
                    }
                    return (code, counts)
                })
        }
        let whole = BookView(book: book)
        var rows = whole.chapters.map { chapter in
            row("chapter \(chapter.chapter.id)", chapter.situations.flatMap(\.phrases).map(\.text))
        }
        rows += book.roles.map { role in row("role \(role.id)", BookView(book: book, role: role).phrases.map(\.text)) }
        rows.append(row("book", whole.phrases.map(\.text)))
        rows.append(row("all texts", CheckContext(book: book).sites.map(\.text)))
        self.rows = rows
    }

    /// The table as aligned plain text.
    public var table: String {
        let languages = rows.first?.languages.map(\.code) ?? []
        var header = ["scope", "phrases"]
        header += languages.map { "\($0) missing/unreviewed/stale" }
        let body = rows.map { row in
            [row.scope, "\(row.phrases)"]
                + row.languages.map { "\($0.counts.missing)/\($0.counts.unreviewed)/\($0.counts.stale)" }
        }
        let table = [header] + body
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { cells in
            cells.enumerated().map { column, cell in
                column == 0
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
