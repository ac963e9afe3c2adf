/// Display width in terminal columns, per grapheme cluster (UAX #11).
///
/// Rules:
/// - East Asian Wide (W) and Fullwidth (F) characters take two columns;
/// - East Asian Ambiguous (A) characters take one column, or two when
///   ``ambiguousIsWide`` is set (for terminals configured for CJK legacy widths);
/// - combining marks, zero-width characters (ZWSP, ZWJ, ZWNJ, variation selectors,
///   BOM) and control characters take none;
/// - emoji presentation sequences (an emoji followed by U+FE0F, a character with
///   Emoji_Presentation, a ZWJ sequence of pictographs, a flag) take two.
///
/// The width of a grapheme cluster is the width of its base character: marks and
/// joiners attached to it add nothing, except the letters of width class
/// ``WidthClass/extending``, the half-width katakana sound marks `ﾞ` and `ﾟ`
/// (U+FF9E, U+FF9F): they extend the letter before them (`ｶﾞ` is one cluster) but
/// take a column of their own, as terminals and printers show them.
struct DisplayWidth: Sendable, Equatable {
    /// Whether East Asian Ambiguous characters (such as `°`, `×`, `↑`, `“`) count as two columns.
    let ambiguousIsWide: Bool

    /// The Unicode version of the property tables behind the measurements (e.g. "15.0.0").
    static var unicodeVersion: String { UnicodeTables.unicodeVersion }

    /// Creates a width measurer.
    ///
    /// - Parameter ambiguousIsWide: count East Asian Ambiguous characters as two columns.
    init(ambiguousIsWide: Bool = false) {
        self.ambiguousIsWide = ambiguousIsWide
    }

    /// The number of terminal columns `character` occupies: 0, 1 or 2.
    func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: a lone ASCII scalar (asked by its index, not by counting the scalars).
        if first.value < 0x7F, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return first.value < 0x20 ? 0 : 1
        }
        // The base is the first scalar that takes room; a cluster made only of
        // zero-width scalars (a lone combining mark, ZWSP, BOM, a control) has no width.
        guard let base = scalars.first(where: { UnicodeProperties.widthClass($0) != .zero }) else {
            return 0
        }
        if let emojiWidth = Self.emojiWidth(base: base, scalars: scalars) {
            return emojiWidth
        }
        // Most clusters are one scalar: only a longer one is looked at again for letters that extend it.
        guard scalars.index(after: scalars.startIndex) != scalars.endIndex else { return width(of: base) }
        return width(of: base)
            + scalars.dropFirst().lazy.filter { UnicodeProperties.widthClass($0) == .extending }.count
    }

    /// The total number of terminal columns of `text`, summed over its grapheme clusters.
    func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The width of a single scalar taken on its own (0, 1 or 2), ignoring emoji sequences.
    func of(_ scalar: Unicode.Scalar) -> Int {
        width(of: scalar)
    }

    private func width(of scalar: Unicode.Scalar) -> Int {
        switch UnicodeProperties.widthClass(scalar) {
        case .zero: return 0
        case .narrow, .extending: return 1
        case .wide: return 2
        case .ambiguous: return ambiguousIsWide ? 2 : 1
        }
    }

    /// Two columns if the cluster is displayed as an emoji, one if the cluster asks
    /// for text presentation of an emoji, `nil` when the ordinary width applies.
    private static func emojiWidth(base: Unicode.Scalar, scalars: Character.UnicodeScalarView) -> Int? {
        let flags = UnicodeProperties.emojiFlags(base)
        guard flags != 0 else { return nil }
        var hasVS16 = false
        var hasVS15 = false
        var hasZWJ = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: hasVS16 = true
            case 0xFE0E: hasVS15 = true
            case 0x200D: hasZWJ = true
            default: break
            }
        }
        if hasVS16, flags & UnicodeTables.emojiBit != 0 { return 2 }
        if hasZWJ, flags & UnicodeTables.extendedPictographicBit != 0 { return 2 }
        if hasVS15 { return UnicodeProperties.widthClass(base) == .wide ? 2 : 1 }
        if flags & UnicodeTables.emojiPresentationBit != 0 { return 2 }
        return nil
    }
}
