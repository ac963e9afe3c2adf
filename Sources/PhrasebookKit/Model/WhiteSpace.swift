/// White-space folding of content text (format v1): runs of spaces and line breaks become one space, the ends
/// are trimmed, and a line break between two CJK characters disappears (Chinese is written without spaces).
enum WhiteSpace {
    /// Folds `raw` as the format prescribes.
    static func fold(_ raw: String) -> String {
        if isFolded(raw) { return raw }
        var result = ""
        result.unicodeScalars.reserveCapacity(raw.unicodeScalars.count)
        var pendingSpace = false
        var pendingBreak = false
        var previous: Unicode.Scalar?
        for scalar in raw.unicodeScalars {
            if isFoldable(scalar) {
                pendingSpace = true
                if scalar == "\n" || scalar == "\r" { pendingBreak = true }
                continue
            }
            if pendingSpace, let last = previous {
                let joinsCJK = pendingBreak && isCJK(last) && isCJK(scalar)
                if !joinsCJK { result.unicodeScalars.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            result.unicodeScalars.append(scalar)
            previous = scalar
        }
        return result
    }

    /// Whether `raw` is already folded (most texts): no tab or line break, no space at either end, no two spaces
    /// in a row. One scan of the bytes.
    static func isFolded(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { bytes in
            if bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ") { return false }
            var previousIsSpace = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return false
                case UInt8(ascii: " "):
                    if previousIsSpace { return false }
                    previousIsSpace = true
                default: previousIsSpace = false
                }
            }
            return true
        }
    }

    /// Space, tab, carriage return or line feed: the white space XML content folds.
    static func isFoldable(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// Han ideographs, kana, CJK and full-width punctuation: characters written without spaces between them.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }
}
