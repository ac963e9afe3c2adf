/// Where ``SearchKeys/forEachKey(_:_:into:)`` hands the keys of a text, one occurrence at a time.
protocol SearchKeySink {
    /// One occurrence of `key` in field number `field` (of `SearchKeys.fields`), starting at code unit `at` where
    /// an occurrence that starts inside the previous counted one of the same key is not counted; `at` is `nil`
    /// where every occurrence counts.
    mutating func add(_ key: SearchKey, field: Int, at: Int?)
}

extension SearchKeys {
    /// Counts one occurrence of a key of `length` units into `packed`: the key's count so far in the high 32 bits
    /// and where its last counted occurrence ends in the low 32 (0 before the first). An occurrence at `at` that
    /// starts before that end is not counted, as `indexOf` from the end of the last would not find it; with `at`
    /// `nil` every occurrence counts.
    static func count(_ packed: inout Int, length: Int, at: Int?) {
        guard let at else {
            packed += 1 << 32
            return
        }
        guard packed == 0 || at >= packed & 0xFFFF_FFFF else { return }
        packed = ((packed >> 32) + 1) << 32 | (at + length)
    }

    /// One field's keys and, by their numbers, their postings (``SearchKeys/index(_:_:)``).
    struct FieldKeys {
        let keys: [SearchKey]
        let postings: [Postings]
    }

    /// The keys of one text, counted per field in a table of its own (``SearchKeys/keys(_:_:)``).
    struct TextKeys: SearchKeySink {
        /// Per field, each key's count and end as ``SearchKeys/count(_:length:at:)`` packs them.
        var tables: [[SearchKey: Int]]

        init(fields: Int, capacity: Int) {
            tables = Array(repeating: Dictionary(minimumCapacity: capacity), count: fields)
        }

        mutating func add(_ key: SearchKey, field: Int, at: Int?) {
            SearchKeys.count(&tables[field][key, default: 0], length: key.count, at: at)
        }

        /// Each field's keys with their counts.
        var counts: [[SearchKey: Int]] { tables.map { $0.mapValues { $0 >> 32 } } }
    }

    /// The keys of many texts, one after the other, as postings per field (``SearchKeys/index(_:_:)``): each key
    /// is numbered the first time it is seen (``SearchKeyNumbers``), and a text's count of it is kept by that
    /// number until the text ends. One look-up an occurrence, by a hash of the key's packed units: a table per
    /// text, each then merged into the book's, took three, each a SipHash of the key (11 % of the HTML stage).
    struct Indexing: SearchKeySink {
        /// One field's keys.
        struct Field {
            var numbers = SearchKeyNumbers()
            /// Per key number, the texts that have it.
            var postings: [SearchKeys.Postings] = []
            /// Per key number, the count in the current text, as ``SearchKeys/count(_:length:at:)`` packs it.
            var packed: [Int] = []
            /// Per key number, the number of the last text it was seen in.
            var seenIn: [Int] = []
        }

        private(set) var fields: [Field]
        /// The number of the current text, counting from 1.
        private var text = 0
        /// The keys seen in the current text: field and key number.
        private var touched: [(field: Int, number: Int)] = []

        init(fields: Int) {
            self.fields = Array(repeating: Field(), count: fields)
        }

        /// Starts the next text.
        mutating func startText() {
            text += 1
        }

        mutating func add(_ key: SearchKey, field: Int, at: Int?) {
            let number = fields[field].numbers.number(of: key)
            if number == fields[field].postings.count {
                fields[field].postings.append([])
                fields[field].packed.append(0)
                fields[field].seenIn.append(0)
            }
            if fields[field].seenIn[number] != text {
                fields[field].seenIn[number] = text
                fields[field].packed[number] = 0
                touched.append((field, number))
            }
            SearchKeys.count(&fields[field].packed[number], length: key.count, at: at)
        }

        /// Ends the current text, whose id is `id` (greater than every earlier text's): each of its keys gets a
        /// posting.
        mutating func endText(id: Int) {
            for (field, number) in touched {
                let count = fields[field].packed[number] >> 32
                fields[field].postings[number].append(Posting(id: id, count: count))
            }
            touched.removeAll(keepingCapacity: true)
        }

        /// Appends `other`'s postings to this one's, key by key: `other`'s texts come after this one's.
        mutating func append(_ other: consuming Indexing) {
            for (field, table) in other.fields.enumerated() {
                for (number, key) in table.numbers.keys.enumerated() {
                    let joined = fields[field].numbers.number(of: key)
                    if joined == fields[field].postings.count {
                        fields[field].postings.append(table.postings[number])
                    } else {
                        fields[field].postings[joined] += table.postings[number]
                    }
                }
            }
        }

        /// Each field's keys, in the order they were first seen, and their postings, by the keys' numbers: the
        /// arrays the counting made, not copies (the scratch of the counting is let go with the rest).
        consuming func keyed() -> [SearchKeys.FieldKeys] {
            fields.map { SearchKeys.FieldKeys(keys: $0.numbers.keys, postings: $0.postings) }
        }
    }
}

/// Search keys numbered in the order they are first seen: an open-addressing table of the numbers, probed by a
/// multiplicative hash of a short key's packed units (a long key's units are folded first), so that finding a
/// key's number hashes one word instead of running SipHash over it.
struct SearchKeyNumbers {
    /// The keys, by number.
    private(set) var keys: [SearchKey] = []
    /// Per slot, the number of the key there, or -1.
    private var slots = [Int32](repeating: -1, count: 256)

    /// The number of `key`, given the next free one if it is new.
    mutating func number(of key: SearchKey) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if keys[Int(number)] == key { return Int(number) }
            slot = (slot + 1) & mask
        }
        let number = keys.count
        keys.append(key)
        slots[slot] = Int32(number)
        if keys.count * 2 > slots.count { grow() }
        return number
    }

    /// Doubles the slots, placing every key again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    /// A hash of `key` whose low bits are spread (Fibonacci hashing of the packed units; for a long key, of its
    /// units folded FNV-1a style).
    private static func hash(_ key: SearchKey) -> Int {
        var value: UInt64
        switch key {
        case .short(let packed):
            value = packed
        case .long(let units):
            value = 0xCBF2_9CE4_8422_2325
            for unit in units { value = (value ^ UInt64(unit)) &* 0x100_0000_01B3 }
        }
        return Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
