/// Bytes written as lowercase hexadecimal, two digits a byte, straight into the text's storage: digests name every
/// page, body place and reviewed rendering, and a string per byte would cost more than the hashing.
enum LowercaseHex {
    /// The hex of `bytes`, of which there are `count`.
    static func string<Bytes: Sequence<UInt8>>(_ bytes: Bytes, count: Int) -> String {
        String(unsafeUninitializedCapacity: count * 2) { buffer in
            for (index, byte) in bytes.prefix(count).enumerated() {
                buffer[2 * index] = digits[Int(byte >> 4)]
                buffer[2 * index + 1] = digits[Int(byte & 0x0F)]
            }
            return count * 2
        }
    }

    /// The UTF-8 of the hex digits.
    private static let digits = Array("0123456789abcdef".utf8)
}
