extension Substring {
    /// This text as pieces with each of `ranges` replaced by the pieces `replacement(index)` returns: the text
    /// between the ranges as slices of it, nothing copied; empty slices left out. `ranges` are UTF-8 offsets into this text, in order,
    /// apart, each starting and ending on a scalar boundary.
    func pieces(replacing ranges: [Range<Int>], with replacement: (Int) -> [Substring]) -> [Substring] {
        let utf8 = self.utf8
        var pieces: [Substring] = []
        pieces.reserveCapacity(2 * ranges.count + 1)
        var position = utf8.startIndex
        for (index, range) in ranges.enumerated() {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            if start > position { pieces.append(Substring(utf8[position..<start])) }
            pieces += replacement(index)
            position = utf8.index(start, offsetBy: range.count)
        }
        if position < utf8.endIndex { pieces.append(Substring(utf8[position...])) }
        return pieces
    }
}

extension [Substring] {
    /// The pieces as one text (the one piece as it is, without joining, when there is one).
    var joinedText: String { count == 1 ? String(self[0]) : joined() }
}
