/// Which edition of the book an output shows: the edition the book declares (or `--edition` names) and the
/// content's hash, so that a printed card can be told from last month's and two different contents never print
/// the same stamp. No clock is read: the same content gives the same stamp.
public struct Edition: Sendable, Equatable {
    /// The declared edition (`2026-12`), if any.
    public var name: String?
    /// The content's hash (``Book/contentHash``); may be empty for a book built in memory.
    public var hash: String

    /// The edition of `book`, `name` overriding the one it declares.
    public init(book: Book, name: String? = nil) {
        self.name = name ?? book.edition
        hash = book.contentHash
    }

    /// `2026-12 (3f9a2c1b)`, `3f9a2c1b` without a name, `2026-12` without a hash: plain ASCII, safe in every format.
    var stamp: String {
        switch (name, hash.isEmpty) {
        case (let name?, false): "\(name) (\(hash))"
        case (let name?, true): name
        case (nil, _): hash
        }
    }

    /// Whether `name` is a valid edition: 1 to 24 ASCII letters, digits, `.`, `_`, `-`, starting with a letter or
    /// digit (the schema's pattern for `edition`).
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 24 else { return false }
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
        }
        return isAlphanumeric(first)
            && name.unicodeScalars.allSatisfy { isAlphanumeric($0) || "._-".unicodeScalars.contains($0) }
    }
}
