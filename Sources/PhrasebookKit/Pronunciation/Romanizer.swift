/// Writes one language's text in Latin letters as it is spoken: a pronunciation guide for readers who do not
/// read the script. Korean (Revised Romanization) is the first; another pair (pinyin under Chinese) is another
/// conforming type and a line in ``Romanizers/all``.
protocol Romanizer: Sendable {
    /// The language code whose texts this romanizer reads (`ko`).
    var language: String { get }
    /// The BCP 47 tag of what it writes (`ko-Latn`), for HTML `lang` attributes.
    var tag: String { get }
    /// Plain text (no placeholders; braces are literal) romanized. Text in other scripts (Latin, digits,
    /// punctuation, spaces) is kept as it is.
    func romanizeWords(_ text: String) -> String
}

/// The romanizers the tool knows, by the language they read.
enum Romanizers {
    /// Every romanizer.
    static let all: [any Romanizer] = [KoreanRomanizer()]

    /// The romanizer for the language `code`, if there is one.
    static func romanizer(for code: String) -> (any Romanizer)? {
        all.first { $0.language == code }
    }

    /// The language codes that have a romanizer.
    static var languages: [String] { all.map(\.language) }
}

extension Romanizer {
    /// A text as written in the content romanized: each literal run between placeholders goes through
    /// ``romanizeWords(_:)`` on its own, and `{name}` placeholders and escaped braces (`{{`, `}}`) come back as
    /// they were written.
    func romanize(_ text: String) -> String {
        PlaceholderText(text).segments.map { segment in
            switch segment {
            case .literal(let literal):
                romanizeWords(literal).replacingBraces
            case .placeholder(let name):
                "{\(name)}"
            }
        }.joined()
    }
}

extension String {
    /// Literal braces written back as `{{` and `}}`.
    fileprivate var replacingBraces: String {
        guard contains("{") || contains("}") else { return self }
        var result = ""
        for character in self {
            switch character {
            case "{": result += "{{"
            case "}": result += "}}"
            default: result.append(character)
            }
        }
        return result
    }
}
