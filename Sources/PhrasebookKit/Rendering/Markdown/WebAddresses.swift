/// The web addresses in a text as GitHub Flavored Markdown's autolink extension finds them (`https://…`,
/// `http://…`, and `www.…` at the start of a word), but ended where the address's ASCII ends: GFM runs an address
/// on to the next space, so `https://example.com/new登记` would link `登记` too, and Chinese puts no space there.
/// For the same reason a `www.` right after a Chinese or Korean letter (`请访问www.…`) starts an address here,
/// where GFM links none.
enum WebAddresses {
    /// An address found: its bytes in the text, and whether it was written without a scheme (`www.…`).
    struct Found: Equatable {
        let bytes: Range<Int>
        let withoutScheme: Bool
    }

    /// The addresses in `utf8`, in order: a scheme (`http://` or `https://`, any case) or `www.` where a word may
    /// start (the text's start, a space, `*`, `_`, `~`, `(`, or a letter beyond ASCII), a domain of letters, digits, `-`, `_` and dots,
    /// then any printable ASCII but `<` and `>`; the trailing punctuation GFM leaves out of a link (`?!.,:;*_~'"`
    /// and a `)` without its `(`) is left out too.
    static func find<Bytes: RandomAccessCollection<UInt8>>(in utf8: Bytes) -> [Found] where Bytes.Index == Int {
        var found: [Found] = []
        var index = 0
        while index < utf8.count {
            guard let (domainStart, withoutScheme) = start(at: index, in: utf8) else {
                index += 1
                continue
            }
            var end = domainStart
            while end < utf8.count, isDomain(utf8[end]) { end += 1 }
            guard utf8[domainStart..<end].contains(where: { $0 != UInt8(ascii: ".") }) else {
                index = end
                continue
            }
            while end < utf8.count, isAddress(utf8[end]) { end += 1 }
            end = trimmed(utf8, from: index, to: end)
            guard end > domainStart else {
                index = domainStart
                continue
            }
            found.append(Found(bytes: index..<end, withoutScheme: withoutScheme))
            index = end
        }
        return found
    }

    /// Where the domain of an address starting at `index` begins, and whether it has no scheme; `nil` when no
    /// address starts there.
    private static func start<Bytes: RandomAccessCollection<UInt8>>(at index: Int, in utf8: Bytes) -> (Int, Bool)?
    where Bytes.Index == Int {
        for scheme in schemes where matches(scheme, at: index, in: utf8) {
            return (index + scheme.count, false)
        }
        guard matches(www, at: index, in: utf8) else { return nil }
        guard index == 0 || wordOpeners.contains(utf8[index - 1]) || utf8[index - 1] >= 0x80 else { return nil }
        return (index, true)
    }

    private static let schemes = [Array("https://".utf8), Array("http://".utf8)]
    private static let www = Array("www.".utf8)
    private static let wordOpeners = Set(" \t\n*_~(".utf8)
    private static let trailing = Set("?!.,:;*_~'\"".utf8)

    /// Whether `word` (lower-case ASCII) is at `index`, in any case.
    private static func matches<Bytes: RandomAccessCollection<UInt8>>(_ word: [UInt8], at index: Int, in utf8: Bytes)
        -> Bool
    where Bytes.Index == Int {
        guard index + word.count <= utf8.count else { return false }
        return word.indices.allSatisfy { offset in
            let byte = utf8[index + offset]
            return byte == word[offset] || (0x41...0x5A).contains(byte) && byte + 0x20 == word[offset]
        }
    }

    private static func isDomain(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private static func isAddress(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte) && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
    }

    /// `end` moved back over trailing punctuation and over `)`s that close no `(` of the address.
    private static func trimmed<Bytes: RandomAccessCollection<UInt8>>(_ utf8: Bytes, from start: Int, to end: Int)
        -> Int
    where Bytes.Index == Int {
        var end = end
        while end > start {
            let last = utf8[end - 1]
            if trailing.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")"),
                utf8[start..<end].filter({ $0 == UInt8(ascii: ")") }).count
                    > utf8[start..<end].filter({ $0 == UInt8(ascii: "(") }).count
            {
                end -= 1
            } else {
                break
            }
        }
        return end
    }
}
