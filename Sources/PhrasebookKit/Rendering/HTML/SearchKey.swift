/// A search key (`SearchKeys`): a run of UTF-16 code units. Up to three units, as almost every key is (grams,
/// initials, open syllables, a syllable and an initial), it is packed into one number, so that counting a text's
/// keys neither allocates nor hashes more than a word; a longer one (an English word) keeps its units.
enum SearchKey: Hashable, Sendable {
    /// Up to three units, 16 bits each from the lowest, and their number in the top 16 bits.
    case short(UInt64)
    /// More than three units.
    case long([UInt16])

    /// The empty key.
    init() { self = .short(0) }

    /// The key of `units`.
    init<Units: Collection<UInt16>>(_ units: Units) {
        guard units.count <= 3 else {
            self = .long(Array(units))
            return
        }
        self.init()
        for unit in units { append(unit) }
    }

    /// The key of these units.
    init(_ units: UInt16...) { self.init(units) }

    /// How many units.
    var count: Int {
        switch self {
        case .short(let packed): Int(packed >> 48)
        case .long(let units): units.count
        }
    }

    /// The units.
    var units: [UInt16] {
        switch self {
        case .short(let packed): (0..<Int(packed >> 48)).map { UInt16(truncatingIfNeeded: packed >> (16 * $0)) }
        case .long(let units): units
        }
    }

    /// Adds `unit` at the end.
    mutating func append(_ unit: UInt16) {
        switch self {
        case .short(let packed):
            let count = packed >> 48
            if count < 3 {
                self = .short((packed & 0xFFFF_FFFF_FFFF) | UInt64(unit) << (16 * count) | (count + 1) << 48)
            } else {
                self = .long(units + [unit])
            }
        case .long(let units): self = .long(units + [unit])
        }
    }
}
