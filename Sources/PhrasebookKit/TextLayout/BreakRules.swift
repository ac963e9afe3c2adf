/// The pair rules of UAX #14 (Unicode Line Breaking Algorithm) that the phrasebook
/// needs, applied to resolved classes (see ``BreakClassResolver``).
///
/// Grapheme clusters are the units, so combining marks, ZWJ sequences, emoji modifiers
/// and flag pairs (LB8a, LB9, LB30a, LB30b) are already kept together.
enum BreakRules {
    /// The outcome of the rules at one boundary.
    struct Outcome: Sendable, Equatable {
        /// Whether a break may, must or must not happen.
        var opportunity: BreakOpportunity
        /// Whether the prohibition comes from a kinsoku rule (punctuation placement,
        /// `……`, `——`) rather than from keeping a word or number together.
        var kinsoku: Bool = false

        static let allowed = Outcome(opportunity: .allowed)
        static let prohibited = Outcome(opportunity: .prohibited)
        static let mandatory = Outcome(opportunity: .mandatory)
        static let kinsokuProhibited = Outcome(opportunity: .prohibited, kinsoku: true)
    }

    /// Whether `lineBreakClass` is a newline class (BK, CR, LF, NL).
    static func isNewline(_ lineBreakClass: LineBreakClass) -> Bool {
        switch lineBreakClass {
        case .BK, .CR, .LF, .NL: return true
        default: return false
        }
    }

    /// The rule outcome at the boundary between a cluster of class `before` and one of
    /// class `after`.
    ///
    /// - Parameters:
    ///   - before: class of the cluster just before the boundary.
    ///   - beforeSpaces: class of the last non-space cluster before the boundary
    ///     (equal to `before` unless `before` is ``LineBreakClass/SP``).
    ///   - after: class of the cluster just after the boundary.
    ///   - afterIsWide: whether the cluster after is East Asian Wide (for LB30).
    static func boundary(
        before: LineBreakClass,
        beforeSpaces: LineBreakClass,
        after: LineBreakClass,
        afterIsWide: Bool
    ) -> Outcome {
        // LB4, LB5: break after newlines.
        if isNewline(before) { return .mandatory }
        // LB6: no break before newlines. LB7: no break before spaces or ZW.
        if isNewline(after) || after == .SP || after == .ZW { return .prohibited }
        // LB8: break after ZW (and spaces following it).
        if before == .ZW || (before == .SP && beforeSpaces == .ZW) { return .allowed }
        // LB11: word joiner.
        if before == .WJ || after == .WJ { return .prohibited }
        // LB12, LB12a: glue.
        if before == .GL { return .prohibited }
        if after == .GL, before != .SP, before != .BA, before != .HY { return .prohibited }
        // LB13 (kinsoku): no line starts with closing or stop punctuation. Tailored to
        // include nonstarters (`：；` `↑`) and ellipses, so that even a space before them
        // is no break opportunity (UAX #14 handles those only in LB21 and LB22).
        switch after {
        case .CL, .CP, .EX, .IS, .NS, .IN: return .kinsokuProhibited
        case .SY: return .prohibited
        default: break
        }
        // LB14 (kinsoku): no line ends with opening punctuation, even before spaces.
        if beforeSpaces == .OP { return .kinsokuProhibited }
        // LB15: quote before opening punctuation.
        if beforeSpaces == .QU, after == .OP { return .prohibited }
        // LB16 (closing punctuation before a nonstarter) is covered by LB13 as tailored.
        // LB17: —— stays together.
        if beforeSpaces == .B2, after == .B2 { return .kinsokuProhibited }
        // LB18: break after spaces.
        if before == .SP { return .allowed }
        // LB19: ambiguous quotes.
        if after == .QU || before == .QU { return .prohibited }
        // LB20: contingent breaks.
        if after == .CB || before == .CB { return .allowed }
        // LB21: hyphens, break-after and break-before (nonstarters: see LB13).
        if after == .BA || after == .HY || before == .BB { return .prohibited }
        // LB22 (no break before an ellipsis, so …… stays together) is covered by LB13.
        let alphabetic = before == .AL || before == .HL
        let alphabeticAfter = after == .AL || after == .HL
        // LB23: letters and digits.
        if alphabetic, after == .NU { return .prohibited }
        if before == .NU, alphabeticAfter { return .prohibited }
        // LB23a: prefix before ideograph, ideograph before postfix.
        if before == .PR, after == .ID || after == .EB || after == .EM { return .prohibited }
        if before == .ID || before == .EB || before == .EM, after == .PO { return .prohibited }
        // LB24: prefix/postfix and letters.
        if before == .PR || before == .PO, alphabeticAfter { return .prohibited }
        if alphabetic, after == .PR || after == .PO { return .prohibited }
        // LB25 (pairwise form): numbers with their separators, signs and affixes.
        if before == .CL || before == .CP || before == .NU, after == .PO || after == .PR { return .prohibited }
        if before == .PO || before == .PR, after == .OP || after == .NU { return .prohibited }
        if after == .NU, before == .HY || before == .IS || before == .NU || before == .SY { return .prohibited }
        // LB26, LB27: Korean jamo (unused: Hangul resolves to AL) are kept as in UAX #14.
        if before == .JL, after == .JL || after == .JV || after == .H2 || after == .H3 { return .prohibited }
        if before == .JV || before == .H2, after == .JV || after == .JT { return .prohibited }
        if before == .JT || before == .H3, after == .JT { return .prohibited }
        // LB28: letters stay together.
        if alphabetic, alphabeticAfter { return .prohibited }
        // LB29: infix separator before letters (e.g. "e.g").
        if before == .IS, alphabeticAfter { return .prohibited }
        // LB30: letters and digits with narrow parentheses.
        if alphabetic || before == .NU, after == .OP, !afterIsWide { return .prohibited }
        if before == .CP, alphabeticAfter || after == .NU { return .prohibited }
        // LB31: break everywhere else (between ideographs, kana, emoji, …).
        return .allowed
    }
}
