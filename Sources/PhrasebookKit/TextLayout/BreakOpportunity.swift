/// Whether a line may, must or must not break at a boundary between two grapheme clusters.
enum BreakOpportunity: UInt8, Sendable {
    /// No break here.
    case prohibited
    /// A line may break here.
    case allowed
    /// A line must break here (after a newline).
    case mandatory
}

/// The break opportunities of a text: one per boundary between grapheme clusters.
struct BreakAnalysis: Sendable {
    /// The text analysed.
    let text: String
    /// The grapheme clusters of the text.
    let characters: [Character]
    /// Where each cluster starts in `text`, and `text.endIndex` last: a line is a slice of the text, not its
    /// clusters appended one by one.
    let starts: [String.Index]
    /// The resolved Line_Break class of each cluster.
    let classes: [LineBreakClass]
    /// `opportunities[i]` is the boundary before cluster `i` (index 0 is unused and `.prohibited`).
    let opportunities: [BreakOpportunity]
    /// `kinsoku[i]` is true when a break before cluster `i` would put closing or stop
    /// punctuation at a line start, opening punctuation at a line end, or split `……` / `——`.
    /// A forced break avoids these boundaries where it can.
    let kinsoku: [Bool]

    /// Analyses `text`.
    init(_ text: String) {
        let clusters = Clusters(text)
        let characters = clusters.characters
        let classes = BreakClassResolver.classes(of: clusters.scalars)
        var opportunities = [BreakOpportunity](repeating: .prohibited, count: characters.count)
        var kinsoku = [Bool](repeating: false, count: characters.count)
        var beforeSpaces: LineBreakClass = .AL  // class of the last non-space cluster
        for index in characters.indices {
            if index > 0 {
                let rule = BreakRules.boundary(
                    before: classes[index - 1],
                    beforeSpaces: beforeSpaces,
                    after: classes[index],
                    afterIsWide: UnicodeProperties.widthClass(clusters.scalars[index].first) == .wide
                )
                opportunities[index] = rule.opportunity
                kinsoku[index] = rule.kinsoku
            }
            if classes[index] != .SP {
                beforeSpaces = classes[index]
            }
        }
        BracketedBlanks.glue(clusters.scalars, classes: classes, into: &opportunities)
        self.text = text
        self.characters = characters
        self.starts = clusters.starts
        self.classes = classes
        self.opportunities = opportunities
        self.kinsoku = kinsoku
    }

    /// The clusters `range` as one string.
    func text(of range: Range<Int>) -> String {
        String(text[starts[range.lowerBound]..<starts[range.upperBound]])
    }

    /// Whether cluster `index` is a space that is dropped at a break.
    func isSpace(_ index: Int) -> Bool {
        classes[index] == .SP
    }

    /// Whether cluster `index` is a newline (ends a line and is not displayed).
    func isNewline(_ index: Int) -> Bool {
        BreakRules.isNewline(classes[index])
    }
}
