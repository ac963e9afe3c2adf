/// One text in the three languages of a synthetic book: Chinese (the source), Korean and English.
struct Triple: Hashable, Sendable {
    var zh: String
    var ko: String
    var en: String

    init(_ zh: String, _ ko: String, _ en: String) {
        self.zh = zh
        self.ko = ko
        self.en = en
    }
}

/// Korean particles chosen by whether the word before them ends in a consonant (받침).
enum Korean {
    /// Whether the last Hangul syllable of `word` has a final consonant; false for anything else (`{slot}`).
    static func hasBatchim(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else { return false }
        return (last.value - 0xAC00) % 28 != 0
    }

    /// The object particle: 을 after a consonant, 를 after a vowel.
    static func object(_ word: String) -> String { word + (hasBatchim(word) ? "을" : "를") }

    /// The subject particle: 이 / 가.
    static func subject(_ word: String) -> String { word + (hasBatchim(word) ? "이" : "가") }

    /// The topic particle: 은 / 는.
    static func topic(_ word: String) -> String { word + (hasBatchim(word) ? "은" : "는") }
}

/// Chinese numerals for chapter numbers (一 … 九十九 … 一百二十三): no half-width digits in Chinese text.
enum ChineseNumber {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func of(_ number: Int) -> String {
        if number < 10 { return digits[number] }
        if number < 100 {
            let tens = number / 10
            let ones = number % 10
            return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
        }
        if number < 1000 {
            let hundreds = number / 100
            let rest = number % 100
            if rest == 0 { return digits[hundreds] + "百" }
            return digits[hundreds] + "百" + (rest < 10 ? "零" + digits[rest] : (rest < 20 ? "一" : "") + of(rest))
        }
        return of(number / 1000) + "千"
            + (number % 1000 == 0 ? "" : (number % 1000 < 100 ? "零" : "") + of(number % 1000))
    }
}
