/// One piece of a compiled Mustache template (``CompiledTemplates``): what the parser (``MustacheParser``) made of
/// a tag or of the text between tags, and what ``MustacheRun`` renders.
indirect enum MustacheNode: Sendable {
    /// Text written as it is: never empty, and at most one line, its line break included.
    case text(String)
    /// `{{name}}` (`escaped`) or `{{{name}}}` and `{{&name}}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(MustacheName, [MustacheNode], inverted: Bool)
    /// `{{>name}}`: the template numbered `template` in ``CompiledTemplates``, with the indentation of a partial
    /// that stands alone on its line (`nil` for one inside a line).
    case partial(template: Int, indentation: String?)
}

/// A name as a tag writes it, split once at its dots.
struct MustacheName: Sendable {
    /// Where the lookup of a name starts.
    enum Start: Sendable {
        /// `.`, or a name with no parts: the value on top of the context stack.
        case top
        /// A name written with a leading dot (`.name`): its first part is looked up in the top value only.
        case topOnly
        /// The first part is looked up in each value of the stack, the top first.
        case stack
    }

    let start: Start
    /// The parts between the dots, empty ones left out (as swift-mustache splits them).
    let parts: [KeyName]

    init(_ written: String) {
        parts = written.split(separator: ".").map { KeyName(String($0)) }
        if written == "." || parts.isEmpty {
            start = .top
        } else {
            start = written.first == "." ? .topOnly : .stack
        }
    }
}
