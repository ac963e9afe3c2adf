/// The `pron` attribute, a rendering's own pronunciation guide, is there only to correct the romanizer: it must
/// say something the rules do not already say, stand on a language that has a romanizer (elsewhere nothing shows
/// it), keep the rendering's placeholders, and still read like its text (not an override left over from the
/// text before an edit or an import).
struct PronunciationOverrideCheck: Check {
    let rules = [
        CheckRule("needless-pronunciation", .warning, "a pron attribute says what the romanizer already says"),
        CheckRule("pronunciation-not-shown", .warning, "a pron attribute on a language without a romanizer"),
        CheckRule("pronunciation-placeholders", .error, "a pron attribute's placeholders differ from its text's"),
        CheckRule("pronunciation-stale", .warning, "a pron attribute reads very differently from its text"),
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        for site in context.sites {
            for rendering in site.text.renderings {
                guard let override = rendering.pronunciation else { continue }
                let silenced = site.silenced(for: rendering)
                guard let romanizer = Romanizers.romanizer(for: rendering.language) else {
                    report.add(
                        "pronunciation-not-shown",
                        "the \(rendering.language) rendering of \(site.subject) has pron=\"\(override.value)\", but "
                            + "no pronunciation guide is made for \(rendering.language) (only for "
                            + "\(Romanizers.languages.joined(separator: ", "))); remove the attribute",
                        at: override.location, silencedBy: silenced)
                    continue
                }
                let expected = PlaceholderText(rendering.text).names
                let written = PlaceholderText(override.value).names
                if expected != written {
                    report.add(
                        "pronunciation-placeholders",
                        "the pron of the \(rendering.language) rendering of \(site.subject) uses "
                            + Self.list(written) + " but its text uses " + Self.list(expected)
                            + "; write the same placeholders in both",
                        at: override.location, silencedBy: silenced)
                }
                let reading = romanizer.romanize(rendering.text)
                if reading == override.value {
                    report.add(
                        "needless-pronunciation",
                        "the pron \"\(override.value)\" of the \(rendering.language) rendering of \(site.subject) "
                            + "is what the romanizer says already; remove the attribute",
                        at: override.location, silencedBy: silenced)
                } else if Self.readsDifferently(override.value, reading) {
                    report.add(
                        "pronunciation-stale",
                        "the pron \"\(override.value)\" of the \(rendering.language) rendering of \(site.subject) "
                            + "reads very differently from its text, which the rules read \"\(reading)\"; if the text "
                            + "changed, write the pron again for it or remove the attribute",
                        at: override.location, silencedBy: silenced)
                }
            }
        }
    }

    /// Whether half or more of the letters of the longer of `override` and the rules' `reading` would have to
    /// change to turn one into the other (edit distance over their letters and digits, case ignored,
    /// placeholders left out): an override corrects a word or two of the reading (a loanword, a name); one this
    /// far from it was written for another text.
    static func readsDifferently(_ override: String, _ reading: String) -> Bool {
        let left = letters(override)
        let right = letters(reading)
        return editDistance(left, right) * 2 >= max(left.count, right.count) && !(left.isEmpty && right.isEmpty)
    }

    /// The letters and digits of `guide`, lower-cased, without its placeholders.
    private static func letters(_ guide: String) -> [Unicode.Scalar] {
        PlaceholderText(guide).segments.flatMap { segment -> [Unicode.Scalar] in
            guard case .literal(let text) = segment else { return [] }
            return text.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }
        }
    }

    /// The Levenshtein distance between two scalar sequences: the fewest insertions, deletions and
    /// substitutions that turn one into the other.
    static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Int {
        guard !left.isEmpty else { return right.count }
        var previous = Array(0...right.count)
        var current = previous
        for (i, a) in left.enumerated() {
            current[0] = i + 1
            for (j, b) in right.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().map { "{\($0)}" }.joined(separator: " ")
    }
}
