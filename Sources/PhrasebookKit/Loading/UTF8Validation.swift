/// Finds where a byte sequence stops being valid UTF-8, so a file saved as GBK or Big5 is reported at the
/// exact line instead of as a parser failure.
enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil` when all is valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidOffset(in:))
    }

    /// ``firstInvalidOffset(in:)`` over the bytes where they are (every content file is checked before it is
    /// parsed).
    private static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
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

    /// Whether the invalid sequence at `offset` is the start of a character that the end of `bytes` cuts short: a
    /// lead byte followed by nothing but continuation bytes, fewer than it needs (a file cut off mid-character).
    static func endsInsideCharacter(_ bytes: [UInt8], at offset: Int) -> Bool {
        let needed: Int
        switch bytes[offset] {
        case 0xC2...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF4: needed = 4
        default: return false
        }
        return bytes.count - offset < needed && bytes[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// Whether `bytes` look like UTF-16: a UTF-16 byte-order mark (FE FF or FF FE), or, without one, a NUL byte
    /// among the first few, where an XML file saved as UTF-16 has one beside each ASCII character (`<?xml`).
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return true }
        return bytes.prefix(4).contains(0)
    }

    /// `bytes` as UTF-8 when they are UTF-16 (``isUTF16(_:)``; big-endian after FE FF or when the first byte is
    /// NUL, little-endian otherwise), the byte-order mark dropped; `nil` when they are not UTF-16 or not valid
    /// UTF-16 (an unpaired surrogate, an odd length).
    static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8]? {
        guard isUTF16(bytes), bytes.count % 2 == 0 else { return nil }
        let bigEndian = bytes.starts(with: [0xFE, 0xFF]) || bytes.first == 0
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        for index in stride(from: 0, to: bytes.count, by: 2) {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
        }
        if units.first == 0xFEFF { units.removeFirst() }
        var result: [UInt8] = []
        result.reserveCapacity(units.count)
        let failed = transcode(
            units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true
        ) { result.append($0) }
        return failed ? nil : result
    }
}
