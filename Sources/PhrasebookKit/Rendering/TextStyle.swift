/// How one output format writes a resolved text: HTML markup, Markdown, or plain characters.
protocol TextStyle: Sendable {
    /// The text as this format writes it, escaped for the format.
    func format(_ text: ResolvedText) -> String
    /// A string that is not content (an id, a label) escaped for the format.
    func escape(_ string: String) -> String
}
