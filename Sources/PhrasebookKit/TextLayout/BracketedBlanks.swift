/// Keeps bracketed blanks such as `〔姓〕`, `〔订单号〕` or `[surname]` on one line.
///
/// A blank is a bracket pair `〔…〕`, `［…］` or `[…]` with at most ``maximumLength``
/// clusters between the brackets, no newline and no nested opening bracket. Every
/// boundary inside it (including at spaces, as in `[customer name]`) becomes
/// ``BreakOpportunity/prohibited``; a blank wider than a line is still force-broken.
enum BracketedBlanks {
    /// The longest blank content, in grapheme clusters, that is kept together.
    static let maximumLength = 32

    /// The closing bracket of the opening bracket `character`, `nil` for any other character. A switch, not a
    /// dictionary: this is asked of every character laid out, and hashing a `Character` normalizes it first.
    private static func closer(of character: Character) -> Character? {
        switch character {
        case "\u{3014}": "\u{3015}"  // 〔 〕
        case "\u{FF3B}": "\u{FF3D}"  // ［ ］
        case "[": "]"
        default: nil
        }
    }

    /// Prohibits breaks inside every blank of `characters`.
    static func glue(_ characters: [Character], into opportunities: inout [BreakOpportunity]) {
        var index = 0
        while index < characters.count {
            guard let closing = closer(of: characters[index]),
                let close = matchingClose(closing, in: characters, after: index)
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

    /// The index of `closing` closing the blank opened at `open`, if it forms a blank.
    private static func matchingClose(_ closing: Character, in characters: [Character], after open: Int) -> Int? {
        let limit = min(characters.count, open + 2 + maximumLength)
        var index = open + 1
        while index < limit {
            let character = characters[index]
            if character == closing {
                return index
            }
            if closer(of: character) != nil || character.isNewline {
                return nil
            }
            index += 1
        }
        return nil
    }
}
