import Foundation

/// Counts for `phrasebook stats`: per chapter, per situation, per role and for the whole book, the phrases and,
/// per target language, how many renderings are missing, unreviewed, stale and reviewed, with percentages.
public struct Stats: Sendable {
    /// Translation state of one language within a row.
    struct LanguageCounts: Sendable, Equatable, Encodable {
        /// No rendering, or an empty one.
        var missing = 0
        /// A rendering without `source-hash`.
        var unreviewed = 0
        /// A rendering whose `source-hash` does not match the current source.
        var stale = 0
        /// A rendering reviewed against the current source.
        var reviewed = 0

        /// Every text counted.
        var total: Int { missing + unreviewed + stale + reviewed }
        /// Percentage of texts with a rendering.
        var translatedPercent: Double { Stats.percent(total - missing, of: total) }
        /// Percentage of texts whose rendering is reviewed against the current source.
        var reviewedPercent: Double { Stats.percent(reviewed, of: total) }
        /// Percentage of texts whose rendering is stale.
        var stalePercent: Double { Stats.percent(stale, of: total) }

        mutating func count(_ state: RenderingState) {
            switch state {
            case .missing: missing += 1
            case .unreviewed: unreviewed += 1
            case .stale: stale += 1
            case .reviewed: reviewed += 1
            }
        }
    }

    /// One line of the table.
    struct Row: Sendable {
        /// `book`, `all texts`, `chapter`, `situation` or `role`.
        var kind: String
        /// The chapter's, situation's or role's id; empty for the book rows.
        var id: String
        /// Its title (or label) in the chosen language, the source language's when that rendering is missing.
        var title: String
        /// How many phrases (or, for `all texts`, texts) the row counts.
        var phrases: Int
        /// Counts per target language code, in the book's order.
        var languages: [(code: String, counts: LanguageCounts)]
    }

    /// The rows: the book's phrases, every text of the book, then chapters, situations and roles.
    let rows: [Row]

    /// The content files left out of the counts: those with errors that kept them from loading, in order.
    let notCounted: [String]

    /// Computes the stats of `book`, titles in `titleLanguage` (the source language when `nil`). `problems`, the
    /// diagnostics of the load and check that gave `book`, name the files whose texts it lacks: a situation file
    /// with an error that is not among the book's situations, and any file the loader could not read (a broken
    /// `taboos.xml`); those files are listed as not counted. The review history holds no texts and is not listed.
    public init(book: Book, titleLanguage: String? = nil, problems: [Diagnostic] = []) {
        notCounted = Self.leftOut(of: book, problems)
        let targets = book.targetLanguages.map(\.code)
        let source = book.sourceLanguage
        func title(_ text: LocalizedText) -> String {
            text.text(titleLanguage ?? source).flatMap { $0.isEmpty ? nil : $0 } ?? text.text(source) ?? ""
        }
        func row(_ kind: String, _ id: String, _ heading: String, _ texts: [LocalizedText]) -> Row {
            Row(
                kind: kind, id: id, title: heading, phrases: texts.count,
                languages: targets.map { code in
                    var counts = LanguageCounts()
                    for text in texts {
                        if let state = text.state(of: code, source: source) { counts.count(state) }
                    }
                    return (code, counts)
                })
        }
        let whole = BookView(book: book)
        var rows = [
            row("book", "", title(book.title), whole.phrases.map(\.text)),
            row("all texts", "", "", book.textUnits.map(\.text)),
        ]
        rows += whole.chapters.map { chapter in
            row(
                "chapter", chapter.chapter.id, title(chapter.chapter.title),
                chapter.situations.flatMap(\.phrases).map(\.text))
        }
        rows += whole.situations.map { view in
            row("situation", view.situation.id, title(view.situation.title), view.phrases.map(\.text))
        }
        rows += book.roles.map { role in
            row("role", role.id, title(role.label), BookView(book: book, role: role).phrases.map(\.text))
        }
        self.rows = rows
    }

    /// The files whose errors (`problems`) kept their texts out of `book`: see ``init(book:titleLanguage:problems:)``.
    private static func leftOut(of book: Book, _ problems: [Diagnostic]) -> [String] {
        let loaded = Set(book.situations.map(\.file))
        let unreadable = Set(LoadRules.all.map(\.code))
        let files = problems.filter { problem in
            let path = problem.location.file.split(separator: "/")
            let inSituations = path.dropLast().last == "situations"
            return problem.severity == .error && !loaded.contains(problem.location.file)
                && (inSituations || unreadable.contains(problem.code)) && path.last != Substring(ReviewHistory.fileName)
        }.map(\.location.file)
        return Set(files).sorted()
    }

    static func percent(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) * 1000 / Double(whole)).rounded() / 10
    }

    /// The table as aligned plain text: per language, the percentages translated, reviewed and stale. Control
    /// characters in titles are escaped (`\u{202E}`), as in diagnostics.
    public var table: String {
        let languages = rows.first?.languages.map(\.code) ?? []
        var header = ["scope", "id", "title", "phrases"]
        header += languages.map { "\($0) translated/reviewed/stale" }
        let body = rows.map { row in
            [row.kind, row.id, row.title.escapingControlCharacters, "\(row.phrases)"]
                + row.languages.map {
                    "\(Self.format($0.counts.translatedPercent))/\(Self.format($0.counts.reviewedPercent))/"
                        + "\(Self.format($0.counts.stalePercent))"
                }
        }
        let table = [header] + body
        let displayWidth = DisplayWidth()
        let widths = header.indices.map { column in table.map { displayWidth.of($0[column]) }.max() ?? 0 }
        return table.map { cells in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - displayWidth.of(cell))
                return column < 3 ? cell + padding : padding + cell
            }.joined(separator: "  ").replacingOccurrences(of: #" +$"#, with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n" + notCounted.map { "not counted: \($0), which has errors\n" }.joined()
    }

    /// The stats as JSON: a `rows` array, each with kind, id, title, phrases and per language the counts and the
    /// percentages, and `notCounted` (the files left out) when there are any. Keys sorted, so the same content gives
    /// the same bytes; control characters escaped (`\u202e`), as in the JSON diagnostics.
    public var json: String {
        struct LanguageEntry: Encodable {
            let missing, unreviewed, stale, reviewed: Int
            let translatedPercent, reviewedPercent, stalePercent: Double
        }
        struct Entry: Encodable {
            let kind, id, title: String
            let phrases: Int
            let languages: [String: LanguageEntry]
        }
        let entries = rows.map { row in
            Entry(
                kind: row.kind, id: row.id, title: row.title, phrases: row.phrases,
                languages: Dictionary(
                    row.languages.map { language in
                        let counts = language.counts
                        return (
                            language.code,
                            LanguageEntry(
                                missing: counts.missing, unreviewed: counts.unreviewed, stale: counts.stale,
                                reviewed: counts.reviewed, translatedPercent: counts.translatedPercent,
                                reviewedPercent: counts.reviewedPercent, stalePercent: counts.stalePercent)
                        )
                    }, uniquingKeysWith: { first, _ in first }))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        struct Document: Encodable {
            let rows: [Entry]
            let notCounted: [String]?
        }
        let document = Document(rows: entries, notCounted: notCounted.isEmpty ? nil : notCounted)
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self).escapingControlCharactersInJSON + "\n"
    }

    private static func format(_ percent: Double) -> String {
        percent == percent.rounded() ? "\(Int(percent))%" : "\(percent)%"
    }
}
