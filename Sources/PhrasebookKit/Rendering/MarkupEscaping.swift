/// Escaping for HTML and XML: text and attribute values alike.
public enum MarkupEscaping {
    /// `string` with `&`, `<`, `>`, `"` and `'` written as character references; returned as it is when it has
    /// none of them (most texts), so the common case costs one scan of the bytes.
    public static func escape(_ string: String) -> String {
        guard string.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return string }
        var result = ""
        result.reserveCapacity(string.utf8.count + 16)
        for character in string {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
