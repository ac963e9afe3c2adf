/// Values by consonant, kept in an array by the consonant's number: romanizing looks one up at nearly every
/// syllable, where a dictionary would hash the consonant each time.
struct ConsonantTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var values = [Value?](repeating: nil, count: HangulConsonant.allCases.count)

    init(dictionaryLiteral elements: (HangulConsonant, Value)...) {
        for (consonant, value) in elements { values[consonant.rawValue] = value }
    }

    /// The value of `consonant`, if it has one.
    subscript(_ consonant: HangulConsonant) -> Value? { values[consonant.rawValue] }
}
