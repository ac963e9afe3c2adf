/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast pseudo-random generator whose whole state is one
/// 64-bit word, so the same seed gives the same sequence on every machine and every Swift version, which the
/// standard library's `SystemRandomNumberGenerator` does not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0). Uses a plain modulo: the bias is far below anything a synthetic
    /// book could show, and unlike the standard library's `random(in:using:)` the algorithm is fixed here.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A number in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of `items` (not empty).
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
