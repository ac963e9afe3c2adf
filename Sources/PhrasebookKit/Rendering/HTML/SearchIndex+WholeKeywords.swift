/// What tells the search page, before it loads anything more, whether a query may be one of a situation's search
/// keywords, whole (`search.js`, `13-keywords.js`: such a query lists those keywords first). The core carries a
/// short hash of every keyword as the page compares them (`wholeKey`); only a query whose hash is among them has
/// the keywords' entries files loaded to find which situations have it. Most queries (`ㅎ`, `refund`) are no
/// keyword, and the 82 KB of the 10,000-phrase book's keywords would otherwise come with each first search.
extension SearchIndex {
    /// What separates a language's keywords (ContentFormat.md, "Search keywords"), as `13-keywords.js` splits them.
    static let keywordSeparators: Set<Unicode.Scalar> = [",", "，", "、", ";", "；", "\n"]

    /// What a keyword is compared by without: the white space of a JavaScript regular expression's `\s`, and
    /// hyphens (`방문수리` is `방문 수리`, `checkin call` is `check-in call`), as `wholeKey` in `13-keywords.js`.
    static let keywordIgnored: Set<Unicode.Scalar> = Set(
        "\t\n\u{0B}\u{0C}\r \u{A0}\u{1680}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}-\u{2010}\u{2011}"
            .unicodeScalars
    ).union((0x2000...0x200A).compactMap(Unicode.Scalar.init))

    /// The core's `wholeKeywords`: the hash (``wholeKeywordHash(_:)``) of every keyword of every language, as it is
    /// (``wholeKey(_:)``) and with its words at their roots (``stemmedKey(_:)``), each as four lowercase hexadecimal
    /// digits, sorted, each once.
    var wholeKeywordHashes: String {
        var hashes: Set<UInt16> = []
        for entry in entries where entry.kind == "keywords" {
            for text in entry.texts {
                for keyword in text.unicodeScalars.split(whereSeparator: Self.keywordSeparators.contains) {
                    let text = String(String.UnicodeScalarView(keyword))
                    for key in [Self.wholeKey(text), Self.stemmedKey(text)] where !key.isEmpty {
                        hashes.insert(Self.wholeKeywordHash(key))
                    }
                }
            }
        }
        return hashes.sorted().map { hash in
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }.joined()
    }

    /// A keyword or a query as they are compared: folded (``SearchFolding``), without ``keywordIgnored``.
    static func wholeKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        key.append(contentsOf: SearchFolding.fold(text).unicodeScalars.filter { !keywordIgnored.contains($0) })
        return String(key)
    }

    /// The lower 16 bits of the 32-bit FNV-1a hash of `key`'s UTF-16 code units. A query that is no keyword has
    /// the keywords' files loaded for nothing when its hash is one of theirs: about 1.5 % of such queries per
    /// thousand keywords of the book (2 % on the shipped book's 1,309), which costs a file, not a wrong result.
    static func wholeKeywordHash(_ key: String) -> UInt16 {
        var hash: UInt32 = 0x811C_9DC5
        for unit in key.utf16 { hash = (hash ^ UInt32(unit)) &* 0x0100_0193 }
        return UInt16(truncatingIfNeeded: hash)
    }
}
