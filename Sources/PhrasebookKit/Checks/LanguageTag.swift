/// BCP 47 (RFC 5646) well-formedness of a language tag, by its ABNF: language (2–3 letters with up to three
/// extended subtags, or 4–8 letters), then optional script (4 letters), region (2 letters or 3 digits), variants
/// (5–8 letters and digits, or a digit and 3), extensions (a singleton other than `x` and subtags of 2–8), and
/// private use (`x` and subtags of 1–8); or private use alone. Case does not matter. Grandfathered tags
/// (`i-klingon`) are not accepted.
enum LanguageTag {
    /// Whether `tag` is a well-formed BCP 47 tag.
    static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard
            subtags.allSatisfy({
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            })
        else { return false }
        var index = 0
        func next(_ accepts: (String) -> Bool) -> Bool {
            guard index < subtags.count, accepts(subtags[index]) else { return false }
            index += 1
            return true
        }
        if subtags[0] == "x" { return privateUse(subtags, from: 0) }
        guard next({ letters($0, 2...8) }) else { return false }
        if subtags[0].count <= 3 {
            for _ in 0..<3 where next({ letters($0, 3...3) }) {}
        }
        _ = next { letters($0, 4...4) }
        _ = next { letters($0, 2...2) || digits($0, 3...3) }
        while next({ ($0.count >= 5) || ($0.count == 4 && $0.first!.isNumber) }) {}
        var singletons: Set<String> = []
        while index < subtags.count, subtags[index].count == 1, subtags[index] != "x" {
            guard singletons.insert(subtags[index]).inserted else { return false }
            index += 1
            guard next({ $0.count >= 2 }) else { return false }
            while next({ $0.count >= 2 }) {}
        }
        return index == subtags.count || (subtags[index] == "x" && privateUse(subtags, from: index))
    }

    /// `x` followed by at least one subtag (of any length 1–8, already checked).
    private static func privateUse(_ subtags: [String], from index: Int) -> Bool {
        subtags[index] == "x" && subtags.count > index + 1
    }

    private static func letters(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy(\.isLetter)
    }

    private static func digits(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy(\.isNumber)
    }
}
