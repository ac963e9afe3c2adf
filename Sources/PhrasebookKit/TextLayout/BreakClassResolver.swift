/// Resolves the Line_Break class of each grapheme cluster, with the tailorings the
/// phrasebook needs on top of UAX #14's defaults.
///
/// Tailorings:
/// - Hangul syllables and jamo resolve to ``LineBreakClass/AL``: Korean breaks at spaces
///   only, so a word is never split between syllables ("keep-all").
/// - Curly quotes: `‘` and `“` resolve to ``LineBreakClass/OP``, `’` and `”` to
///   ``LineBreakClass/CL`` (so no line ends with an opening quote or starts with a closing
///   one); a `’` between letters is an apostrophe and resolves to ``LineBreakClass/AL``.
/// - Delivery cues `↑` and `↓` resolve to ``LineBreakClass/NS``: they stay attached to the
///   character before them.
/// - Ideographic space and tab resolve to ``LineBreakClass/SP``: droppable at a break.
/// - A cluster that starts with a combining mark or ZWJ (nothing to attach to) is
///   ``LineBreakClass/AL`` (UAX #14 LB10).
enum BreakClassResolver {
    /// The resolved class of every cluster, in order, from its scalars.
    static func classes(of clusters: [ClusterScalars]) -> [LineBreakClass] {
        var result = clusters.map { baseClass(of: $0.first) }
        // Apostrophes: ’ between two letters or digits joins them.
        for index in result.indices where clusters[index].single == "\u{2019}" {
            guard index > 0, index + 1 < result.count else { continue }
            if isWordLike(result[index - 1]), isWordLike(result[index + 1]) {
                result[index] = .AL
            }
        }
        return result
    }

    /// The class of one cluster, from its first scalar, before contextual tailoring.
    static func baseClass(of scalar: Unicode.Scalar) -> LineBreakClass {
        switch scalar.value {
        case 0x0009, 0x3000: return .SP
        case 0x2018, 0x201C: return .OP
        case 0x2019, 0x201D: return .CL
        case 0x2191, 0x2193: return .NS
        default: break
        }
        switch UnicodeProperties.lineBreakClass(scalar) {
        case .H2, .H3, .JL, .JV, .JT: return .AL
        case .CM, .ZWJ: return .AL
        case let other: return other
        }
    }

    private static func isWordLike(_ lineBreakClass: LineBreakClass) -> Bool {
        lineBreakClass == .AL || lineBreakClass == .HL || lineBreakClass == .NU
    }
}
