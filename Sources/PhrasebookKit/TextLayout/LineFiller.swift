/// Greedy line filling over a ``BreakAnalysis``: finds where each line ends.
struct LineFiller {
    /// One step of filling.
    struct Line: Equatable {
        /// The clusters shown on the line (no leading dropped spaces, no trailing spaces).
        var content: Range<Int>
        /// Where the next line starts.
        var next: Int
        /// True when this step only dropped spaces and produced no line.
        var isDrop = false
        /// True when the line ends inside a unit too wide for a line.
        var isForced = false
    }

    let analysis: BreakAnalysis
    let widths: [Int]

    /// Finds the line starting at cluster `start` with `room` columns available.
    ///
    /// Always makes progress: `next > start` whenever `start` is before the end.
    func nextLine(from start: Int, room: Int) -> Line {
        let count = analysis.characters.count
        var index = start
        var runWidth = 0  // width of start..<index
        var contentEnd = start  // end of the last shown (non-space) cluster
        var best: (end: Int, next: Int)?  // last break opportunity that fits
        var spacesOnlyBreak: Int?  // a break opportunity preceded only by spaces
        while index < count {
            if index > start {
                switch analysis.opportunities[index] {
                case .mandatory:
                    return Line(content: start..<contentEnd, next: index)
                case .allowed:
                    if contentEnd > start {
                        best = (contentEnd, skipSpaces(from: index))
                    } else {
                        spacesOnlyBreak = index
                    }
                case .prohibited:
                    break
                }
            }
            if isBlank(index) {
                runWidth += widths[index]
                index += 1
                continue
            }
            let widened = runWidth + widths[index]
            if widened > room {
                break
            }
            runWidth = widened
            index += 1
            contentEnd = index
        }
        if index == count {
            return Line(content: start..<contentEnd, next: count)
        }
        // Cluster `index` overflows the line.
        if let best {
            return Line(content: start..<best.end, next: best.next)
        }
        if let spacesOnlyBreak {
            // Only leading spaces before a unit too wide for the line: drop them.
            return Line(content: start..<start, next: spacesOnlyBreak, isDrop: true)
        }
        if contentEnd == start, index > start {
            // Leading spaces glued to an overflowing cluster: drop them.
            return Line(content: start..<start, next: index, isDrop: true)
        }
        return forcedBreak(from: start, overflow: index)
    }

    /// Breaks a unit that does not fit on an empty line between grapheme clusters: at the
    /// last boundary that fits and breaks no kinsoku rule, else at the last one that fits,
    /// else (no room even for one cluster) after a single cluster.
    private func forcedBreak(from start: Int, overflow: Int) -> Line {
        guard overflow > start else {
            var next = skipSpaces(from: start + 1)
            if next < analysis.characters.count, analysis.isNewline(next) {
                next += 1  // the newline ends this one-cluster line
            }
            return Line(content: start..<start + 1, next: next, isForced: true)
        }
        var cut = overflow
        var candidate = overflow
        while candidate > start {
            if !analysis.kinsoku[candidate] {
                cut = candidate
                break
            }
            candidate -= 1
        }
        var end = cut
        while end > start + 1, isBlank(end - 1) {
            end -= 1
        }
        return Line(content: start..<end, next: skipSpaces(from: cut), isForced: true)
    }

    /// Whether cluster `index` is not shown at a line edge (a space or a newline).
    private func isBlank(_ index: Int) -> Bool {
        analysis.isSpace(index) || analysis.isNewline(index)
    }

    /// The first index at or after `index` that is not a space.
    private func skipSpaces(from index: Int) -> Int {
        var index = index
        while index < analysis.characters.count, analysis.isSpace(index) {
            index += 1
        }
        return index
    }
}
