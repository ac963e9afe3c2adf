/// The small numbers a rendering spells out where the source writes digits, as a trained agent says them: English
/// "two or three knocks", "an hour", "twice"; Korean "두세 번", "한 시간". ``NumberCheck`` counts them as the
/// numbers they say, so a rendering that says the same in words is not reported. Only numbers up to twelve, no
/// ordinals ("first" starts many a sentence), and only where a word means a number: an English "a"/"an" counts as
/// 1 before a unit of time alone, and a Korean native numeral only right before a counter ("세 번", "두세 번"; not
/// 세 "tax", not "네, 시간이…", "yes").
enum SpelledNumbers {
    /// The numbers `text`, a rendering in English (`isEnglish`) or Korean (`isKorean`), spells out, as digits.
    static func numbers(in text: String, isEnglish: Bool, isKorean: Bool) -> [String] {
        if isEnglish { return english(text) }
        if isKorean { return korean(text) }
        return []
    }

    private static let englishWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "once": 1, "twice": 2,
    ]
    private static let timeUnits: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year"]

    private static func english(_ text: String) -> [String] {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        var numbers: [String] = []
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if word == "a" || word == "an" {
                if timeUnits.contains(next) { numbers.append("1") }
            } else if let number = englishWords[word] {
                numbers.append(String(number))
            }
        }
        return numbers
    }

    /// Native Korean numerals in the forms they take before a counter, and the pairs said for "two or three";
    /// longest first, so "열두" is not read as "열".
    private static let koreanNumerals: [(word: String, numbers: [String])] = [
        ("한", [1]), ("두", [2]), ("세", [3]), ("네", [4]), ("다섯", [5]), ("여섯", [6]), ("일곱", [7]), ("여덟", [8]),
        ("아홉", [9]), ("열", [10]), ("열한", [11]), ("열두", [12]), ("한두", [1, 2]), ("두세", [2, 3]), ("서너", [3, 4]),
        ("서넛", [3, 4]), ("네다섯", [4, 5]), ("너댓", [4, 5]), ("대여섯", [5, 6]),
    ].map { (word: $0.0, numbers: $0.1.map(String.init)) }.sorted { $0.word.count > $1.word.count }
    private static let koreanCounters = [
        "번째", "번", "시", "가지", "개", "명", "분", "차례", "달", "주", "군데", "곳", "장", "대", "살",
    ]

    private static func korean(_ text: String) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace)
        var numbers: [String] = []
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            for numeral in koreanNumerals where word.hasPrefix(numeral.word) {
                let rest = word.dropFirst(numeral.word.count)
                if rest.isEmpty ? startsWithCounter(next) : startsWithCounter(rest) {
                    numbers += numeral.numbers
                    break
                }
            }
        }
        return numbers
    }

    private static func startsWithCounter(_ text: Substring) -> Bool {
        koreanCounters.contains { text.hasPrefix($0) }
    }
}
