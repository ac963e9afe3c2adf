/// Keeps bracketed blanks such as `〔姓〕`, `〔订单号〕` or `[surname]` on one line.
///
/// A blank is a bracket pair `〔…〕`, `［…］` or `[…]` with at most ``maximumLength``
/// clusters between the brackets, no newline and no nested opening bracket. Every
/// boundary inside it (including at spaces, as in `[customer name]`) becomes
/// ``BreakOpportunity/prohibited``; a blank wider than a line is still force-broken.
enum BracketedBlanks {
    /// The longest blank content, in grapheme clusters, that is kept together.
    static let maximumLength = 32

    private static let pairs: [Character: Character] = [
        "\u{3014}": "\u{3015}",  // 〔 〕
        "\u{FF3B}": "\u{FF3D}",  // ［ ］
        "[": "]",
    ]

    /// Prohibits breaks inside every blank of `characters`.
    static func glue(_ characters: [Character], into opportunities: inout [BreakOpportunity]) {
        var index = 0
        while index < characters.count {
            guard let closer = pairs[characters[index]],
                let close = matchingClose(closer, in: characters, after: index)
            else {
                index += 1
                continue
            }
            for boundary in (index + 1)...close {
                opportunities[boundary] = .prohibited
            }
            index = close + 1
        }
    }

    /// The index of `closer` closing the blank opened at `open`, if it forms a blank.
    private static func matchingClose(_ closer: Character, in characters: [Character], after open: Int) -> Int? {
        let limit = min(characters.count, open + 2 + maximumLength)
        var index = open + 1
        while index < limit {
            let character = characters[index]
            if character == closer {
                return index
            }
            if pairs[character] != nil || character.isNewline {
                return nil
            }
            index += 1
        }
        return nil
    }
}
