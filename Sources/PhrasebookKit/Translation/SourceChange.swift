/// How a source text changed since a rendering was reviewed: the text as it was next to the text now, with the
/// changed middle marked the way word-diff tools do (`[-removed-]{+added+}`), as Weblate shows a changed source.
struct SourceChange: Sendable, Equatable {
    /// The source the rendering was reviewed against, when `review-history.xml` knows it.
    var was: String?
    /// The source now.
    var now: String

    /// A change from `was` to `now`.
    init(was: String?, now: String) {
        self.was = was
        self.now = now
    }

    /// The changed part marked inside the common beginning and end: `请您[-稍等-]{+稍候+}。`; a number or a Latin
    /// word is marked whole (`预计[-30-]{+20+}分钟`, not `预计[-3-]{+2+}0分钟`).
    var marked: String? {
        guard let was else { return nil }
        let old = Array(was)
        let new = Array(now)
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        func isWordPart(_ character: Character?) -> Bool {
            character.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
        }
        while prefix > 0, isWordPart(old[prefix - 1]),
            isWordPart(old.indices.contains(prefix) ? old[prefix] : nil)
                || isWordPart(new.indices.contains(prefix) ? new[prefix] : nil)
        {
            prefix -= 1
        }
        while suffix > 0, isWordPart(old[old.count - suffix]),
            isWordPart(old.count - suffix - 1 >= prefix ? old[old.count - suffix - 1] : nil)
                || isWordPart(new.count - suffix - 1 >= prefix ? new[new.count - suffix - 1] : nil)
        {
            suffix -= 1
        }
        let removed = String(old[prefix..<(old.count - suffix)])
        let added = String(new[prefix..<(new.count - suffix)])
        return String(old[..<prefix]) + (removed.isEmpty ? "" : "[-\(removed)-]")
            + (added.isEmpty ? "" : "{+\(added)+}") + String(old[(old.count - suffix)...])
    }

    /// One line for a diagnostic: `source was "…", now "…" (changed: …)`, or, when the old source is not
    /// recorded, says so.
    var description: String {
        guard let was, let marked else {
            return
                "the source it was reviewed against is not recorded in \(ReviewHistory.fileName); source now \"\(now)\""
        }
        return "source was \"\(was)\", now \"\(now)\" (changed: \(marked))"
    }
}
