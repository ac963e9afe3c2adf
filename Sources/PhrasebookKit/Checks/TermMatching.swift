import Foundation

/// How the terminology check looks for a glossary form in a text: both written alike first (``normalized(_:)``),
/// then a form that begins or ends with a Latin letter only where no other Latin letter or digit joins it, or
/// with an English ending (`complain` in `complained`, `engineer` in `engineers` and `engineer's`; `hall` not in
/// `hallway`). A Hangul particle may follow (`A/S에서`). Chinese and Korean forms are found anywhere (Korean
/// particles attach to the word: `민원을`).
enum TermMatching {
    /// Endings a Latin-letter form may take and still be the word: plural, possessive, past, -ing.
    static let endings = ["s", "es", "'s", "’s", "d", "ed", "ing"]

    /// `text` lower-cased and written as a form is: composed Hangul and accents (NFC: a text pasted from macOS
    /// may be decomposed), every kind of space as a space (a no-break space, the ideographic space), full-width
    /// Latin letters, digits and the full-width slash as ASCII (`ＭＡＮＤＡＲＩＮ`, `先生／女士`).
    static func normalized(_ text: String) -> String {
        let lowered = text.lowercased()
        guard lowered.unicodeScalars.contains(where: needsWork) else { return lowered }
        var scalars = String.UnicodeScalarView()
        for scalar in lowered.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0xA0, 0x2000...0x200A, 0x202F, 0x3000: scalars.append(" ")
            case 0xFF0F, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `scalar` is one ``normalized(_:)`` changes: a space of another kind, a full-width letter, digit or
    /// slash, a conjoining Hangul letter or a combining mark.
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x3000, 0xFF0F, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A,
            0x1100...0x11FF, 0x0300...0x036F, 0xD7B0...0xD7FF:
            true
        default: false
        }
    }

    /// Whether `form` occurs in `text`, both ``normalized(_:)``; a form with a Latin letter at its start (end)
    /// only after (before) something that is no Latin letter or digit, or before one of ``endings`` that is.
    static func occurs(_ form: String, in text: String) -> Bool {
        guard !form.isEmpty, text.containsLiteral(form) else { return false }
        let latinStart = form.first.map(isLatinLetter) ?? false
        let latinEnd = form.last.map(isLatinLetter) ?? false
        guard latinStart || latinEnd else { return true }
        var searched = text.startIndex
        while let found = text.range(of: form, range: searched..<text.endIndex) {
            searched = text.index(after: found.lowerBound)
            if latinStart, found.lowerBound > text.startIndex,
                isWordCharacter(text[text.index(before: found.lowerBound)])
            {
                continue
            }
            if !latinEnd || endsWord(text[found.upperBound...]) { return true }
        }
        return false
    }

    /// `text` with every occurrence of `forms` blanked out (each replaced by a space).
    static func masking(_ forms: [String], in text: String) -> String {
        forms.reduce(text) { masked, form in
            form.isEmpty || !masked.containsLiteral(form) ? masked : masked.replacingOccurrences(of: form, with: " ")
        }
    }

    /// Whether `rest`, what follows a match, leaves it a whole word: it ends there, or after one of ``endings``.
    private static func endsWord(_ rest: Substring) -> Bool {
        if rest.first.map(isWordCharacter) != true { return true }
        return endings.contains { ending in
            rest.hasPrefix(ending) && rest.dropFirst(ending.count).first.map(isWordCharacter) != true
        }
    }

    private static func isLatinLetter(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.properties.isAlphabetic && $0.value < 0x0250 } ?? false
    }

    /// A Latin letter or an ASCII digit: what may not join a Latin-letter form's word.
    private static func isWordCharacter(_ character: Character) -> Bool {
        isLatinLetter(character) || character.isASCII && character.isNumber
    }
}
