extension Character {
    /// The one scalar the character is made of; `nil` for a character of several (a letter and its combining
    /// marks, an emoji sequence). Cheaper to ask than comparing `Character`s, which normalizes those not ASCII.
    var singleScalar: Unicode.Scalar? {
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }
}
