/// Which edition of the book an output shows: the edition the book declares (or `--edition` names) and a hash
/// of what the file itself shows, so that a printed page or card can be told from an older one, and a page whose
/// content did not change keeps its stamp (and its bytes) when something else in the book changes. No clock is
/// read: the same content gives the same stamp.
///
/// While rendering, the hash is ``placeholder``; ``EditionStamping`` puts each file's own hash in its place.
public struct Edition: Sendable, Equatable {
    /// The declared edition (`2026-12`), if any.
    public var name: String?
    /// The hash shown: ``placeholder`` while rendering a loaded book; empty for a book built in memory.
    public var hash: String

    /// What a file shows in place of its own hash until it is stamped: eight noncharacters (U+FDD0–U+FDD7), one
    /// column wide each like the hex digits that replace them, and never in well-formed content by accident.
    static let placeholder = String(String.UnicodeScalarView((0xFDD0...0xFDD7).compactMap(Unicode.Scalar.init)))

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
