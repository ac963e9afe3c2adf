extension StringProtocol {
    /// Whether `fragment` occurs in the text, compared code unit by code unit (a literal search, like
    /// `NSString.range(of:)` without options, but without Foundation's per-character folding, which made this the
    /// checks' slowest line on large books).
    func containsLiteral(_ fragment: some StringProtocol) -> Bool {
        let needle = Array(fragment.utf8)
        guard let first = needle.first else { return true }
        let haystack = utf8
        var start = haystack.startIndex
        while let found = haystack[start...].firstIndex(of: first) {
            if haystack[found...].starts(with: needle) { return true }
            start = haystack.index(after: found)
        }
        return false
    }
}
