/// "Did you mean …?" for a misspelt name, the way compilers do: the known name closest to it by edit distance
/// (insertions, deletions, substitutions and swaps of two neighbours each count one), when it is close enough
/// to be a slip of the keyboard rather than another word.
public enum Suggestion {
    /// The candidate closest to `word`, or `nil` when none is within a third of the word's length (at least
    /// one edit, at most three). Ties go to the candidate that sorts first, so the answer is deterministic.
    /// A candidate that differs from `word` in case alone (`EN`, `Hotline-Agent`) is the one meant.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        if let cased = candidates.first(where: { $0 != word && $0.lowercased() == word.lowercased() }) {
            return cased
        }
        let limit = max(1, min(3, word.count / 3))
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != word {
            let distance = distance(word, candidate, limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (distance, candidate)
            }
        }
        return best?.name
    }

    /// `"; did you mean 'x'?"` for the closest candidate, or an empty string: to append to a message.
    public static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The optimal-string-alignment distance between `a` and `b` in characters; any value above `limit` is
    /// returned as `limit + 1` (lengths that differ by more are not compared at all).
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        guard !a.isEmpty, !b.isEmpty else { return min(max(a.count, b.count), limit + 1) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return min(previous[b.count], limit + 1)
    }
}
