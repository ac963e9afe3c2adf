/// A code point as Unicode writes it: `U+0007`, `U+FDD0`, `U+1F600` (upper-case hex, at least four digits). Any
/// value, not only a scalar's: a diagnostic may name a surrogate or a number out of range that the file wrote.
func codePointName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
