/// Escaping for the text and attribute values the content editor writes.
enum XMLEscaping {
    /// Character data: `&`, `<` and `>` escaped.
    static func text(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// An attribute value inside `quote` (`"` or `'`): `&`, `<` and that quote escaped.
    static func attribute(_ value: String, quote: UInt8) -> String {
        var result = ""
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case "\"" where quote == UInt8(ascii: "\""): result += "&quot;"
            case "'" where quote == UInt8(ascii: "'"): result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
