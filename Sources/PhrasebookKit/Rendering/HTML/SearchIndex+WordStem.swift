/// The English stem the search page matches words by (`stem` in `05-match-words.js`), and the root it compares a
/// keyword's words by (`rootOf` in `13-keywords.js`), so that the core's hashes of the keywords at their roots
/// (``SearchIndex/stemmedKey(_:)``) are the ones the page works out for a query: the same rules over the same UTF-16
/// code units, as JavaScript counts and compares them.
extension SearchIndex {
    /// A rule: the ending taken off, how many of its units stay (`(ss|x|z|ch|sh)es` keeps its first part), the
    /// units that may not come right before it and how many units must (`(.{3}[^aeious])es`, `([^s])s`).
    private struct StemRule {
        var ending: [UInt16]
        var kept = 0
        var notBefore: Set<UInt16> = []
        var before = 0

        init(_ ending: String, kept: Int = 0, notBefore: String = "", before: Int = 0) {
            self.ending = Array(ending.utf16)
            self.kept = kept
            self.notBefore = Set(notBefore.utf16)
            self.before = before
        }
    }

    /// The rules in the order `stem` tries them: the first whose ending the word has is applied.
    private static let stemRules: [StemRule] = [
        StemRule("ies"), StemRule("ied"), StemRule("ing"), StemRule("ments"), StemRule("ment"),
        StemRule("sses", kept: 2), StemRule("xes", kept: 1), StemRule("zes", kept: 1), StemRule("ches", kept: 2),
        StemRule("shes", kept: 2), StemRule("ed"), StemRule("es", notBefore: "aeious", before: 4),
        StemRule("s", notBefore: "s", before: 1), StemRule("ly"), StemRule("y", notBefore: "aeiou", before: 1),
        StemRule("e"),
    ]

    private static let vowels = Set("aeiou".utf16)
    private static let letterL = "l".utf16.first!

    /// The word's stem: `word` without the first of the endings the rules know, and a double l before it read as
    /// one where six units or more are left (misdialled → misdial); the word itself when it has three units or fewer,
    /// or when the stem would.
    static func wordStem(_ word: [UInt16]) -> [UInt16] {
        guard word.count > 3 else { return word }
        for rule in stemRules {
            guard word.count >= rule.ending.count, word.suffix(rule.ending.count).elementsEqual(rule.ending) else {
                continue
            }
            let before = word.count - rule.ending.count
            guard before >= rule.before, before == 0 || !rule.notBefore.contains(word[before - 1]) else { continue }
            var stemmed = Array(word[..<(before + rule.kept)])
            if endsInDoubleL(stemmed) { stemmed.removeLast() }
            return stemmed.count >= 3 ? stemmed : word
        }
        return word
    }

    /// The word's root: its stem (``wordStem(_:)``) taken again until it no longer changes, without the second l of a
    /// double l after a vowel where six units or more are left, so that a word's forms have one root: leave, leaves,
    /// leaving are `leav`; farewell, farewells `farewel`.
    static func wordRoot(_ word: [UInt16]) -> [UInt16] {
        var root = word
        while case let next = wordStem(root), next != root { root = next }
        if endsInDoubleL(root) { root.removeLast() }
        return root
    }

    /// Whether `word` has six units or more and ends in a vowel and a double l (`/[aeiou]ll$/`).
    private static func endsInDoubleL(_ word: [UInt16]) -> Bool {
        let n = word.count
        return n >= 6 && word[n - 1] == letterL && word[n - 2] == letterL && vowels.contains(word[n - 3])
    }

    /// A keyword or a query as they are also compared: folded, split at ``keywordIgnored``, each part at its
    /// root (``wordRoot(_:)``), joined (`stemmedKey` in `13-keywords.js`): `customer leaves` is `customerleav`.
    static func stemmedKey(_ text: String) -> String {
        let parts = Array(SearchFolding.fold(text).utf16).split(
            omittingEmptySubsequences: true,
            whereSeparator: { unit in
                Unicode.Scalar(unit).map(keywordIgnored.contains) ?? false
            })
        return String(decoding: parts.flatMap { wordRoot(Array($0)) }, as: UTF16.self)
    }
}
