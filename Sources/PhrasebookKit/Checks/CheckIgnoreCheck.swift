/// Every code named in a `check-ignore` attribute is in the catalogue: a misspelt code would silence nothing.
struct CheckIgnoreCheck: Check {
    let rules = [
        CheckRule("unknown-check-code", .warning, "a check-ignore attribute names a code that is not in the catalogue")
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let known = Checker.rules.map(\.code)
        let codes = Set(known)
        for entry in context.book.checkIgnores where !codes.contains(entry.value) {
            let hint = Self.suggestion(for: entry.value, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            report.add(
                "unknown-check-code",
                "check-ignore names '\(entry.value)', which is not a check code\(hint); fix or remove it "
                    + "(Documentation/Checks.md lists the codes)",
                at: entry.location)
        }
    }

    /// The code `written` was probably meant to be: one it abbreviates, or the nearest by edit distance.
    static func suggestion(for written: String, among codes: [String]) -> String? {
        if let longer = codes.first(where: { $0.hasPrefix(written) || written.hasPrefix($0) }) { return longer }
        let nearest = codes.min { distance($0, written) < distance($1, written) }
        return nearest.flatMap { distance($0, written) <= max(3, written.count / 3) ? $0 : nil }
    }

    /// The Levenshtein distance between two codes.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
