/// Says what is wrong with a file that the schema refuses, one diagnostic per mistake, at the mistake: the
/// element, the attribute and the bad value named, and for a misspelt name the one that was probably meant.
/// libxml2's own messages ("Expecting an element , got nothing", five of them for one misspelt attribute, some
/// reported on the wrong element) are used only when this finds nothing to say.
struct SchemaExplainer {
    let outline: SchemaOutline

    /// The mistakes in the tree rooted at `root`, in document order.
    func explain(_ root: XMLElement) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let roots = outline.roots.map { outline.elements[$0] }
        guard let rule = roots.first(where: { $0.matches(root.name) }) else {
            let names = roots.compactMap(\.name)
            found.append(
                schema(
                    "<\(root.name)> cannot start a content file; a file holds "
                        + names.map { "<\($0)>" }.joined(separator: ", ") + Self.meant(root.name, among: names),
                    at: root.location))
            return found
        }
        visit(root, rule, &found)
        return found
    }

    private func visit(_ element: XMLElement, _ rule: SchemaOutline.Element, _ found: inout [Diagnostic]) {
        let what = "<\(element.name)>"
        // The names a misspelt attribute was taken for: its error stands for the missing one too.
        var meantNames: Set<String> = []
        for attribute in element.attributes {
            guard let allowed = rule.attributes.first(where: { $0.name == attribute.name }) else {
                let names = rule.attributes.map(\.name)
                if let meant = Self.meantName(attribute.name, among: names) { meantNames.insert(meant) }
                found.append(
                    schema(
                        "\(what) has no attribute '\(attribute.name)'" + Self.meant(attribute.name, among: names)
                            + (names.isEmpty ? "; it takes none" : " (it takes \(names.joined(separator: ", ")))"),
                        at: attribute.location))
                continue
            }
            if let problem = Self.problem(with: attribute.value, allowed.value) {
                found.append(
                    schema(
                        "the \(attribute.name) '\(attribute.value)' of \(what) is not allowed: \(problem)",
                        at: attribute.location))
            }
        }
        for required in rule.attributes
        where required.required && element.attribute(required.name) == nil && !meantNames.contains(required.name) {
            found.append(
                schema("\(what) lacks its \(required.name) attribute; add \(required.name)=\"…\"", at: element.location)
            )
        }
        let allowed = rule.children.map { outline.elements[$0] }
        for child in element.children {
            let named = allowed.first { $0.name == child.name }
            // A name no element has is taken for a rendering's language (`<fr>`); one that is no language code and
            // holds elements, not text, is an element guessed or misspelt (`<dont-say>` for `<avoid>`): said once.
            if named == nil, allowed.contains(where: { $0.name == nil && $0.matches(child.name) }),
                !child.children.isEmpty, child.text.allSatisfy(\.isWhitespace), !Self.looksLikeLanguage(child.name)
            {
                let names = allowed.compactMap(\.name)
                found.append(
                    schema(
                        "<\(child.name)> is not allowed in \(what)" + Self.meant(child.name, among: names)
                            + " (it holds \(names.joined(separator: ", ")) and renderings, one element per language "
                            + "such as <zh>, which hold only text)",
                        at: child.location))
                continue
            }
            guard let match = named ?? allowed.first(where: { $0.matches(child.name) }) else {
                let names = allowed.compactMap(\.name)
                let list = names.isEmpty ? "; it holds only text" : " (it holds \(names.joined(separator: ", ")))"
                found.append(
                    schema(
                        "<\(child.name)> is not allowed in \(what)" + Self.meant(child.name, among: names) + list,
                        at: child.location))
                continue
            }
            visit(child, match, &found)
        }
        if let misplaced = outOfOrder(element, rule) { found.append(misplaced) }
        if !rule.allowsText, !element.text.allSatisfy(\.isWhitespace) {
            found.append(
                schema(
                    "\(what) holds text of its own; put the words in a rendering such as <zh>…</zh>",
                    at: element.location))
        }
        for index in rule.required {
            let needed = outline.elements[index]
            guard !element.children.contains(where: { needed.matches($0.name) }) else { continue }
            let missing = needed.name.map { "<\($0)>" } ?? "a rendering (one element per language, such as <zh>)"
            found.append(schema("\(what) lacks \(missing)", at: element.location))
        }
    }

    /// The first child of `element` that comes after one the schema puts later (`<when>` after a `<guideline>`),
    /// said with the order the element's children take.
    private func outOfOrder(_ element: XMLElement, _ rule: SchemaOutline.Element) -> Diagnostic? {
        let allowed: [(Int, SchemaOutline.Element)] = rule.children.map { ($0, outline.elements[$0]) }
        func place(_ child: XMLElement) -> Int? {
            let index = allowed.first { $0.1.name == child.name }?.0 ?? allowed.first { $0.1.matches(child.name) }?.0
            return index.flatMap { rule.places[$0] }
        }
        var latest: (place: Int, child: XMLElement)?
        for child in element.children {
            guard let here = place(child) else { continue }
            if let latest, here < latest.place {
                let groups: [Int: [(Int, SchemaOutline.Element)]] = Dictionary(grouping: allowed) {
                    rule.places[$0.0] ?? 0
                }
                let order: [String] = groups.sorted { $0.key < $1.key }.map { group in
                    group.value.map { (entry: (Int, SchemaOutline.Element)) -> String in
                        entry.1.name.map { "<\($0)>" } ?? "the renderings (<zh>…)"
                    }.joined(separator: " or ")
                }
                return schema(
                    "<\(child.name)> must come before <\(latest.child.name)> (line \(latest.child.location.line)) in "
                        + "<\(element.name)>, which holds, in this order: " + order.joined(separator: ", "),
                    at: child.location)
            }
            if here > latest?.place ?? -1 { latest = (here, child) }
        }
        return nil
    }

    private func schema(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "schema", message, at: location)
    }

    /// What is wrong with `value`, or `nil` when it is allowed.
    static func problem(with value: String, _ allowed: SchemaOutline.Value) -> String? {
        switch allowed {
        case .text: return nil
        case .oneOf(let words):
            return words.contains(value)
                ? nil
                : "write " + words.map { "'\($0)'" }.joined(separator: " or ") + meant(value, among: words)
        case .pattern(let pattern):
            guard !matches(value, pattern) else { return nil }
            return pattern == idPattern
                ? "an id is lower-case ASCII letters, digits and hyphens, starting with a letter"
                : "it must match \(pattern)"
        case .list(let item):
            for word in value.split(whereSeparator: \.isWhitespace) {
                guard let problem = problem(with: String(word), item) else { continue }
                let parts = word.split(whereSeparator: { $0 == "," || $0 == ";" })
                if parts.count > 1, parts.allSatisfy({ Self.problem(with: String($0), item) == nil }) {
                    return "'\(word)': separate the values with spaces, not commas: write '"
                        + parts.joined(separator: " ") + "'"
                }
                return "'\(word)': \(problem)"
            }
            return nil
        }
    }

    /// The schema's pattern for ids.
    static let idPattern = "[a-z][a-z0-9\\-]*"

    private static func matches(_ value: String, _ pattern: String) -> Bool {
        guard let regex = try? Regex("^(?:" + pattern.replacingOccurrences(of: "\\-", with: "-") + ")$") else {
            return true
        }
        return value.wholeMatch(of: regex) != nil
    }

    private static func meant(_ word: String, among names: [String]) -> String {
        meantName(word, among: names).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The name among `names` that `word` was probably meant to be: a known guess or the closest spelling.
    private static func meantName(_ word: String, among names: [String]) -> String? {
        if let alias = aliases[word.lowercased()], names.contains(alias) { return alias }
        return Suggestion.closest(to: word, among: names)
    }

    /// Whether `name` could be a language's code (`en`, `yue`, `zh-Hant`): two or three letters first.
    private static func looksLikeLanguage(_ name: String) -> Bool {
        let first = name.split(separator: "-", maxSplits: 1).first ?? ""
        return (2...3).contains(first.count) && first.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Names a new author guesses for an element, and the element meant.
    private static let aliases = [
        "dont-say": "avoid", "do-not-say": "avoid", "dontsay": "avoid", "never-say": "avoid", "bad": "avoid",
        "wrong": "avoid", "tip": "note", "hint": "note", "comment": "note", "reason": "why", "because": "why",
        "condition": "when", "step": "steps", "say-instead": "instead", "example": "dialogue",
        "tags": "keywords", "synonyms": "keywords", "aliases": "keywords", "search": "keywords",
    ]
}
