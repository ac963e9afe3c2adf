/// Finds where a byte sequence stops being valid UTF-8, so a file saved as GBK or Big5 is reported at the
/// exact line instead of as a parser failure.
enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil` when all is valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let lowestSecond: UInt8
            let highestSecond: UInt8
            switch lead {
            case 0xC2...0xDF: (length, lowestSecond, highestSecond) = (2, 0x80, 0xBF)
            case 0xE0: (length, lowestSecond, highestSecond) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, lowestSecond, highestSecond) = (3, 0x80, 0xBF)
            case 0xED: (length, lowestSecond, highestSecond) = (3, 0x80, 0x9F)
            case 0xF0: (length, lowestSecond, highestSecond) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, lowestSecond, highestSecond) = (4, 0x80, 0xBF)
            case 0xF4: (length, lowestSecond, highestSecond) = (4, 0x80, 0x8F)
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowestSecond, second <= highestSecond else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
