/// The `{{…}}` tags of a template's text, found by their bytes: for each `{{` and the first `}}` after it, what is
/// between them and where the `{{` starts. A pair of braces counts unless a combining mark sits on its second
/// brace: the tags Foundation's `range(of:)` finds for the texts `{{` and `}}`, at a fraction of its cost (a
/// template set reads its templates' tags again for each template that may include them, at every build).
enum MustacheTags {
    /// Every tag of `text`, in order.
    static func all(in text: String) -> [(inner: Substring, start: String.Index)] {
        var tags: [(inner: Substring, start: String.Index)] = []
        var from = text.utf8.startIndex
        while let open = pair(of: UInt8(ascii: "{"), in: text, from: from) {
            let inside = text.utf8.index(open, offsetBy: 2)
            guard let close = pair(of: UInt8(ascii: "}"), in: text, from: inside) else { break }
            tags.append((text[inside..<close], open))
            from = text.utf8.index(close, offsetBy: 2)
        }
        return tags
    }

    /// Where the first pair of `brace` from `start` stands in `text`, no combining mark on its second brace.
    private static func pair(of brace: UInt8, in text: String, from start: String.Index) -> String.Index? {
        let utf8 = text.utf8
        var index = start
        while let at = utf8[index...].firstIndex(of: brace) {
            let second = utf8.index(after: at)
            guard second < utf8.endIndex else { return nil }
            if utf8[second] == brace, !combines(after: utf8.index(after: second), in: text) {
                return at
            }
            index = second
        }
        return nil
    }

    /// Whether the character at `index` of `text` is a combining mark (a canonical combining class above 0),
    /// which makes one character of the brace before it.
    private static func combines(after index: String.Index, in text: String) -> Bool {
        guard index < text.utf8.endIndex else { return false }
        return text.unicodeScalars[index].properties.canonicalCombiningClass != .notReordered
    }
}
