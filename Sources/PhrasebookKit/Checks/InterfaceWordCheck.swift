/// `<interface>`'s words are what every page shows for its own parts (search, step, contents): a word with an id
/// no page uses (misspelt, `stpe`) is never shown, a second word of one id or a second element of one language in
/// a word is not read, and an element of an undeclared language (`<jp>`) is dropped; each is said, not lost.
struct InterfaceWordCheck: Check {
    let rules = [
        CheckRule("unknown-interface-word", .error, "an interface word's id is not one the pages use"),
        CheckRule("duplicate-interface-word", .error, "an interface word, or one language of it, is declared twice"),
    ]

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let known = Set(InterfaceWords.ids)
        var first: [String: SourceLocation] = [:]
        for declaration in context.book.interface.declarations {
            let id = declaration.id
            if !known.contains(id.value) {
                report.add(
                    "unknown-interface-word",
                    "interface word '\(id.value)' is not a word the pages show, so it is never shown"
                        + Suggestion.didYouMean(id.value, among: known),
                    at: id.location)
            } else if let earlier = first[id.value] {
                report.add(
                    "duplicate-interface-word",
                    "interface word '\(id.value)' is declared a second time (the first is at line \(earlier.line)); "
                        + "only the first is used: keep one",
                    at: id.location)
            } else {
                first[id.value] = id.location
            }
            for (rendering, earlier) in declaration.text.renderings.repeatedLanguages {
                report.add(
                    "duplicate-interface-word",
                    "interface word '\(id.value)' has a second <\(rendering.language)> (the first is at line "
                        + "\(earlier.location.line)); only the first is used: keep one",
                    at: rendering.location)
            }
        }
    }
}
