/// Binary-search lookups into the generated ``UnicodeTables``.
enum UnicodeProperties {
    /// Finds the value of the range holding `value` in a flat (start, end, value) table.
    ///
    /// - Returns: the stored value, or `nil` when no range covers `value`.
    @inline(__always)
    static func lookup(_ value: UInt32, in table: [UInt32]) -> UInt32? {
        var low = 0
        var high = table.count / 3 - 1
        while low <= high {
            let mid = (low + high) >> 1
            let base = mid * 3
            if value < table[base] {
                high = mid - 1
            } else if value > table[base + 1] {
                low = mid + 1
            } else {
                return table[base + 2]
            }
        }
        return nil
    }

    /// The width class of a scalar (narrow when not listed).
    static func widthClass(_ scalar: Unicode.Scalar) -> WidthClass {
        let value = scalar.value
        if value < 0x7F {
            return value < 0x20 ? .zero : .narrow
        }
        guard let raw = lookup(value, in: UnicodeTables.width) else { return .narrow }
        return WidthClass(rawValue: UInt8(raw)) ?? .narrow
    }

    /// The emoji flag bits of a scalar (see ``UnicodeTables/emojiBit`` and siblings).
    static func emojiFlags(_ scalar: Unicode.Scalar) -> UInt32 {
        lookup(scalar.value, in: UnicodeTables.emoji) ?? 0
    }

    /// Whether the scalar has the Emoji_Presentation property.
    static func isEmojiPresentation(_ scalar: Unicode.Scalar) -> Bool {
        emojiFlags(scalar) & UnicodeTables.emojiPresentationBit != 0
    }

    /// Whether the scalar has the Extended_Pictographic property.
    static func isExtendedPictographic(_ scalar: Unicode.Scalar) -> Bool {
        emojiFlags(scalar) & UnicodeTables.extendedPictographicBit != 0
    }

    /// The (folded) Line_Break class of a scalar (AL when not listed).
    static func lineBreakClass(_ scalar: Unicode.Scalar) -> LineBreakClass {
        guard let raw = lookup(scalar.value, in: UnicodeTables.lineBreak) else { return .AL }
        return LineBreakClass(rawValue: UInt8(raw)) ?? .AL
    }
}
