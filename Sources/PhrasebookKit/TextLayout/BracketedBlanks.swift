/// Keeps bracketed blanks such as `〔姓〕`, `〔订单号〕` or `[surname]` on one line.
///
/// A blank is a bracket pair `〔…〕`, `［…］` or `[…]` with at most ``maximumLength``
/// clusters between the brackets, no newline and no nested opening bracket. Every
/// boundary inside it (including at spaces, as in `[customer name]`) becomes
/// ``BreakOpportunity/prohibited``; a blank wider than a line is still force-broken.
enum BracketedBlanks {
    /// The longest blank content, in grapheme clusters, that is kept together.
    static let maximumLength = 32

    /// The closing bracket of the opening bracket `cluster`, `nil` for any other cluster. By the scalar's
    /// value, not a dictionary nor a comparison of `Character`s: this is asked of every character laid out, and
    /// hashing or comparing a `Character` that is not ASCII normalizes it first. (No other sequence of scalars is
    /// canonically equivalent to one of these brackets.)
    private static func closer(of cluster: ClusterScalars) -> Unicode.Scalar? {
        switch cluster.single?.value {
        case 0x3014: "\u{3015}"  // 〔 〕
        case 0xFF3B: "\u{FF3D}"  // ［ ］
        case 0x5B: "]"
        default: nil
        }
    }

    /// Prohibits breaks inside every blank of the text whose clusters are `clusters` and resolve to `classes`.
    static func glue(
        _ clusters: [ClusterScalars], classes: [LineBreakClass], into opportunities: inout [BreakOpportunity]
    ) {
        var index = 0
        while index < clusters.count {
            guard let closing = closer(of: clusters[index]),
                let close = matchingClose(closing, in: clusters, classes: classes, after: index)
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
    private static func matchingClose(
        _ closing: Unicode.Scalar, in clusters: [ClusterScalars], classes: [LineBreakClass], after open: Int
    ) -> Int? {
        let limit = min(clusters.count, open + 2 + maximumLength)
        var index = open + 1
        while index < limit {
            let cluster = clusters[index]
            if cluster.single == closing {
                return index
            }
            if closer(of: cluster) != nil || BreakRules.isNewline(classes[index]) {
                return nil
            }
            index += 1
        }
        return nil
    }
}
