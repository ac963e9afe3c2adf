/// Distributes a situation's card phrases over cards of a fixed height, for the text cards and the HTML sheet
/// alike. Heights are in any unit (text lines, millimetres) as long as all of them use the same one.
///
/// Rules, in order:
/// - a phrase that fits in the room left on the current card goes there, after a gap;
/// - a phrase that does not, but fits on an empty card, starts the next card (phrases are not split needlessly);
/// - a phrase taller than an empty card starts on a fresh card and is split between its rows (lines), continuing
///   on as many cards as it needs. Nothing is ever dropped.
struct CardPaginator {
    /// What goes on one card: a run of rows of one phrase.
    struct Piece: Equatable {
        /// The phrase (block) index.
        var block: Int
        /// The rows of that block on this card.
        var rows: Range<Int>
    }

    /// The room on one card for phrases (the card's height less its header).
    let capacity: Double
    /// The space between two phrases on the same card.
    let gap: Double

    /// Every card as the pieces it holds, in order; `blocks[i][j]` is the height of row `j` of phrase `i`.
    /// Returns at least one card when there is at least one block.
    func paginate(_ blocks: [[Double]]) -> [[Piece]] {
        var cards: [[Piece]] = []
        var card: [Piece] = []
        var used = 0.0
        func newCard() {
            if !card.isEmpty { cards.append(card) }
            card = []
            used = 0
        }
        for (index, rows) in blocks.enumerated() {
            let height = rows.reduce(0, +)
            let gapBefore = card.isEmpty ? 0 : gap
            if used + gapBefore + height <= capacity + Self.tolerance {
                card.append(Piece(block: index, rows: 0..<rows.count))
                used += gapBefore + height
                continue
            }
            newCard()
            var start = 0
            for (row, rowHeight) in rows.enumerated() where row >= start {
                if used + rowHeight > capacity + Self.tolerance, row > start {
                    card.append(Piece(block: index, rows: start..<row))
                    newCard()
                    start = row
                }
                used += rowHeight
            }
            card.append(Piece(block: index, rows: start..<rows.count))
        }
        newCard()
        return cards
    }

    /// Rounding slack for heights computed in floating point.
    static let tolerance = 1e-9
}
