/// Inline codes a tool renumbered. Export writes each placeholder as `<x id="company" equiv-text="{company}"/>`;
/// some tools (converters between XLIFF versions, CAT tools that number a segment's codes) save them back as
/// `<x id="1"/>`, their name lost. The reader then reads `{1}`, so the unit's source no longer matches the book's
/// and its target names placeholders the book does not have. Where the source around the codes is the book's, in
/// the same order, each code stands for the placeholder at its place, and the target's codes, which point at the
/// source's by id, for the same.
extension XLIFFImport {
    /// A piece of a text as the reader writes it: literal braces doubled, so that a single-brace `{…}` is always an
    /// inline code (named by its `equiv-text`, or by its id when it has none).
    private enum Piece {
        case literal(String)
        case code(String)
    }

    /// What each inline code of `read` (a unit's source, as read) stands for, when the codes are all that keeps it
    /// from being the book's `source`: its codes are as many as the source's placeholders and, put in their places,
    /// give the source; `nil` otherwise, or when one code would stand for two placeholders.
    static func codeNames(read: String, source: String) -> [String: String]? {
        let pieces = Self.pieces(read)
        let codes = pieces.compactMap { if case .code(let name) = $0 { name } else { nil } }
        let placeholders = PlaceholderText(source).segments.compactMap {
            if case .placeholder(let name) = $0 { name } else { nil }
        }
        guard !codes.isEmpty, codes.count == placeholders.count else { return nil }
        var names: [String: String] = [:]
        for (code, placeholder) in zip(codes, placeholders) {
            if let earlier = names.updateValue(placeholder, forKey: code), earlier != placeholder { return nil }
        }
        guard sameSource(renaming(pieces, names), source) else { return nil }
        return names
    }

    /// `text` (a source or target as read) with its inline codes named by `names`; codes not in it as they were.
    static func renamingCodes(in text: String, _ names: [String: String]) -> String {
        renaming(pieces(text), names)
    }

    /// What to add to a source conflict's message when `read` has inline codes that name no placeholder (`{1}`),
    /// as a tool renumbering codes leaves them, and they could not be placed: `""` when it has none.
    static func unnamedCodesHint(_ read: String) -> String {
        let unnamed = unnamedCodes(in: read).map { "{\($0)}" }
        guard !unnamed.isEmpty else { return "" }
        return "; its inline codes name no placeholder (\(unnamed.joined(separator: ", "))), as when a tool numbers "
            + "them anew, and are not as many as the source's placeholders, or the text around them differs"
    }

    /// The names of the inline codes of `text` (a source or target as read) that are no placeholder name (`1`),
    /// in order: codes a tool numbered anew, or markup of another format (`<ph id="1">&lt;br/&gt;</ph>`).
    static func unnamedCodes(in text: String) -> [String] {
        pieces(text).compactMap { piece in
            guard case .code(let name) = piece, !PlaceholderText.isValidName(name) else { return nil }
            return name
        }
    }

    private static func renaming(_ pieces: [Piece], _ names: [String: String]) -> String {
        pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .code(let name): "{\(names[name] ?? name)}"
            }
        }.joined()
    }

    /// `text` cut into literal runs (doubled braces kept doubled) and codes.
    private static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let first = rest.first {
            let doubled = rest.dropFirst().first == first
            if (first == "{" || first == "}") && doubled {
                literal += String(repeating: first, count: 2)
                rest = rest.dropFirst(2)
            } else if first == "{", let end = rest.firstIndex(of: "}") {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.code(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else {
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }
}
