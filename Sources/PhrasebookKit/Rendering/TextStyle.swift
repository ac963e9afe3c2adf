/// How one output format writes a resolved text: HTML markup, Markdown, or plain characters.
protocol TextStyle: Sendable {
    /// The text as this format writes it, escaped for the format.
    func format(_ text: ResolvedText) -> String
    /// A string that is not content (an id, a label) escaped for the format.
    func escape(_ string: String) -> String
    /// A title or a label as this format writes it: as ``format(_:)``, less what only an element's content can
    /// hold (the templates put titles and labels into attributes as well as elements).
    func formatLabel(_ text: ResolvedText) -> String
}

extension TextStyle {
    /// ``format(_:)``: a format whose texts have nothing an attribute could not hold.
    func formatLabel(_ text: ResolvedText) -> String {
        format(text)
    }
}
