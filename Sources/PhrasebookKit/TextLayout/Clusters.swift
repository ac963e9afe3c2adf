/// A text's grapheme clusters, read in one pass: each cluster, where it starts in the text, and what the line
/// breaking rules ask of its scalars. (`Array(text)` would walk the text twice: once to count its clusters.)
struct Clusters {
    /// The clusters, in order.
    let characters: [Character]
    /// Where each cluster starts, and the text's end last.
    let starts: [String.Index]
    /// Each cluster's first scalar, and whether it is its only one.
    let scalars: [ClusterScalars]

    /// The clusters of `text`.
    init(_ text: String) {
        // At least one byte per cluster: reserving the text's length never grows an array while it is read.
        let capacity = text.utf8.count
        var characters: [Character] = []
        var starts: [String.Index] = []
        var scalars: [ClusterScalars] = []
        characters.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
        scalars.reserveCapacity(capacity)
        var position = text.startIndex
        for character in text {
            characters.append(character)
            starts.append(position)
            position = text.utf8.index(position, offsetBy: character.utf8.count)
            scalars.append(ClusterScalars(character))
        }
        starts.append(text.endIndex)
        self.characters = characters
        self.starts = starts
        self.scalars = scalars
    }
}

/// What the line breaking rules ask of a cluster's scalars: its class and width follow from its first scalar,
/// and the brackets and apostrophes it looks for are clusters of one scalar.
struct ClusterScalars: Sendable {
    /// The cluster's first scalar.
    let first: Unicode.Scalar
    /// Whether the cluster is that scalar alone.
    let isSingle: Bool

    /// The cluster's scalars read once.
    init(_ character: Character) {
        let scalars = character.unicodeScalars
        let start = scalars.startIndex
        first = scalars[start]
        isSingle = scalars.index(after: start) == scalars.endIndex
    }

    /// The one scalar the cluster is made of; `nil` for a cluster of several.
    var single: Unicode.Scalar? { isSingle ? first : nil }
}
