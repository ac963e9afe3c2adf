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

    /// The room for phrases on a group's first card (the card's height less its header).
    let capacity: Double
    /// The room for phrases on a continued card (its header may be taller).
    let continuedCapacity: Double
    /// The space between two phrases on the same card.
    let gap: Double

    /// A paginator; `continuedCapacity` defaults to `capacity`.
    init(capacity: Double, continuedCapacity: Double? = nil, gap: Double) {
        self.capacity = capacity
        self.continuedCapacity = continuedCapacity ?? capacity
        self.gap = gap
    }

    /// Every card as the pieces it holds, in order; `blocks[i][j]` is the height of row `j` of phrase `i`.
    /// `boundaries[i]` lists the rows of phrase `i` before which a split is preferred (where a language's
    /// paragraph starts): a phrase split between cards is cut at the last such row that fits, else at the last
    /// row that fits. Returns at least one card when there is at least one block.
    func paginate(_ blocks: [[Double]], boundaries: [Set<Int>] = []) -> [[Piece]] {
        var cards: [[Piece]] = []
        var card: [Piece] = []
        var used = 0.0
        var room: Double { (cards.isEmpty ? capacity : continuedCapacity) + Self.tolerance }
        func newCard() {
            if !card.isEmpty { cards.append(card) }
            card = []
            used = 0
        }
        for (index, rows) in blocks.enumerated() {
            let height = rows.reduce(0, +)
            let gapBefore = card.isEmpty ? 0 : gap
            if used + gapBefore + height <= room {
                card.append(Piece(block: index, rows: 0..<rows.count))
                used += gapBefore + height
                continue
            }
            newCard()
            let preferred = index < boundaries.count ? boundaries[index] : []
            var start = 0
            var row = 0
            while row < rows.count {
                if used + rows[row] > room, row > start {
                    let cut = preferred.filter { $0 > start && $0 <= row }.max() ?? row
                    card.append(Piece(block: index, rows: start..<cut))
                    newCard()
                    start = cut
                    row = cut
                    continue
                }
                used += rows[row]
                row += 1
            }
            card.append(Piece(block: index, rows: start..<rows.count))
        }
        newCard()
        return cards
    }

    /// Rounding slack for heights computed in floating point.
    static let tolerance = 1e-9
}
