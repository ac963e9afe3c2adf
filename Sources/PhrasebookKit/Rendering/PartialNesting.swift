/// The guard against partials that include each other without end through a section. A partial may include
/// itself inside `{{#section}}` and end with the data (`dialogue-items` over `cases`), so such a cycle cannot be
/// refused when the templates are read; but over a value that never runs out (`{{#book}}{{>phrase}}{{/book}}`, a
/// `true` flag) it recurses until the stack overflows. So every template that can include itself (directly or
/// through others: ``TemplateSet/recursiveTemplates(in:)``; no other can nest without end) is registered with its
/// text wrapped in a section whose lookup reaches the root context (``StrictContext``), which counts the partials
/// of cycles open: past ``limit`` the section is `false`, the recursion ends, and the render is reported as a
/// template error naming the cycle.
///
/// The wrapper is invisible in the output: the opening tag stands alone on a line of its own (Mustache drops
/// such a line), and the closing tags follow the template's last line so that its standalone tag, if any, stays
/// standalone.
struct PartialNesting {
    /// How deep partials may be nested while one template renders: far more than any template needs (the
    /// shipped ones nest a few levels, plus one per level of a dialogue's branches) and little enough stack.
    static let limit = 200

    /// The name of the section around template number `index` (templates numbered in name order).
    static func enterName(_ index: Int) -> String { enterPrefix + String(index) }
    private static let enterPrefix = "__phrasebook_partial_"
    /// The name of the variable at the end of every template: the template is done.
    static let leaveName = "__phrasebook_partial_end"

    /// The numbers of the templates being rendered, outermost first.
    private var open: [Int] = []
    /// The templates open when the limit was passed, the refused one last; once set, every template is refused,
    /// so that a recursion that branches ends at once too.
    private(set) var overflow: [Int]?

    /// The answer to a lookup of `name` when it is one of the guard's names: whether template `index` may render
    /// (`Bool`), or `""` at its end; `nil` for every other name.
    mutating func answer(_ name: String, templates: Int) -> Any? {
        if name == Self.leaveName {
            _ = open.popLast()
            return ""
        }
        guard name.hasPrefix(Self.enterPrefix), let index = Int(name.dropFirst(Self.enterPrefix.count)),
            (0..<templates).contains(index)
        else { return nil }
        guard overflow == nil else { return false }
        guard open.count < Self.limit else {
            overflow = open + [index]
            return false
        }
        open.append(index)
        return true
    }

    /// `text` wrapped for template number `index`. The template must use the standard delimiters (a changed
    /// delimiter would hide the closing tag; ``TemplateSet`` refuses them).
    static func wrap(_ text: String, index: Int) -> String {
        let lastLine = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).last ?? ""
        // A last line without a line break that is one standalone tag (`{{/items}}`) keeps it standalone only
        // when a line break follows it; a last line of text must not get one.
        let separator = text.last?.isNewline == false && isStandaloneTag(lastLine) ? "\n" : ""
        return opening(index: index) + text + separator + "{{" + leaveName + "}}{{/" + enterName(index) + "}}"
    }

    /// What ``wrap(_:index:)`` puts before the text of template number `index`.
    static func opening(index: Int) -> String {
        "{{#" + enterName(index) + "}}\n"
    }

    /// Whether `line` is one tag of a kind Mustache drops with its line when it stands alone (sections, partials,
    /// comments, blocks), surrounded by nothing but spaces and tabs.
    private static func isStandaloneTag(_ line: Substring) -> Bool {
        let tag = line.trimmingCharacters(in: [" ", "\t"])
        guard tag.hasPrefix("{{"), tag.hasSuffix("}}"), tag.components(separatedBy: "{{").count == 2,
            let sigil = tag.dropFirst(2).first
        else { return false }
        return "#^/!><$=%".contains(sigil)
    }

    /// The innermost cycle of `chain` (template names from the outermost, the refused one last), from the first
    /// by name and back to it (`["a", "b", "a"]`); the whole chain when no template repeats in it.
    static func cycle(in chain: [String]) -> [String] {
        for end in chain.indices.reversed() {
            if let start = chain[..<end].lastIndex(of: chain[end]) {
                return TemplateSet.closedCycle(Array(chain[start..<end]))
            }
        }
        return chain
    }
}
