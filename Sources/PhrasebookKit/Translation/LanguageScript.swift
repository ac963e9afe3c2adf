/// The script a language is written in, and the script a text's letters are mostly in: for telling a text
/// written in another language than the one it is labelled (Korean pasted into `<en>`, a Korean XLIFF file
/// labelled `en`). Scripts are ``SearchFolding/Script``'s: `other` stands for Latin letters.
enum LanguageScript {
    /// The script of `language` (a code or tag: `ko`, `zh-Hans`, `en`), for the languages whose script is known.
    static func of(language: String) -> SearchFolding.Script? {
        switch primary(language) {
        case "ko": .hangul
        case "zh", "yue", "ja": .han
        case "en", "fr", "de", "es", "it", "pt", "nl", "vi", "id": .other
        default: nil
        }
    }

    /// The language subtag of a code or tag, lower-cased: `ja` of `ja-JP`, `zh` of `zh-Hans`.
    static func primary(_ language: String) -> Substring {
        language.lowercased().split(separator: "-").first ?? ""
    }

    /// How many of `text`'s letters (not digits or marks) are in each script.
    static func letters(_ text: String) -> [SearchFolding.Script: Int] {
        var counts: [SearchFolding.Script: Int] = [:]
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if let script = SearchFolding.Script(scalar) { counts[script, default: 0] += 1 }
        }
        return counts
    }

    /// Whether `text` has a letter of `script`: as ``letters(_:)`` counts them, but stopping at the first.
    static func hasLetter(of script: SearchFolding.Script, in text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch script {
            case .han, .hangul: SearchFolding.Script(scalar) == script
            case .other:
                scalar.isASCII
                    ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                    : SearchFolding.Script(scalar) == .other && scalar.properties.isAlphabetic
            }
        }
    }

    /// The script most of `text`'s letters are in (of two as many, the first of han, hangul, other).
    static func mostly(_ text: String) -> SearchFolding.Script? {
        letters(text).max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key
    }

    /// A script's name in a message.
    static func name(_ script: SearchFolding.Script) -> String {
        switch script {
        case .hangul: "Hangul"
        case .han: "Chinese characters"
        case .other: "Latin letters"
        }
    }
}
