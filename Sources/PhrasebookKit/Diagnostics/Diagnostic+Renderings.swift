extension Array where Element == Diagnostic {
    /// Those about one of `renderings`: found at the element or at its `pron` attribute (a `pronunciation-stale`
    /// guide), or found at another rendering and naming this one's place in parentheses, as the second of two
    /// renderings of one source text names the first (`inconsistent-rendering`, "… differs from that of … (file:12:7)").
    /// What `import` and `review` print of the renderings they write.
    func about(_ renderings: [Rendering]) -> [Diagnostic] {
        var places: Set<SourceLocation> = []
        var named: Set<Substring> = []
        for rendering in renderings {
            places.insert(rendering.location)
            if let pronunciation = rendering.pronunciation { places.insert(pronunciation.location) }
            named.insert(Substring(rendering.location.description))
        }
        return filter { diagnostic in
            places.contains(diagnostic.location)
                || diagnostic.message.split(separator: "(").dropFirst().contains { part in
                    part.firstIndex(of: ")").map { named.contains(part[..<$0]) } ?? false
                }
        }
    }
}
