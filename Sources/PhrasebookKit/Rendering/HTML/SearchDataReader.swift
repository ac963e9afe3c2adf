/// Reads back files of the search data as `SearchIndex` writes them (`SearchIndex+Script.swift`): a texts file
/// (`han-P.js` …) and a key file (`han-keys-B.js` …), each a call `phrasebookSearchLoaded("NAME", {…});`. Only
/// that form is read, as bytes: anything else (another tool's file, a file edited by hand) gives `nil`, and the
/// caller makes the data afresh. Keys and texts are read as UTF-16 code units, never as `String`s compared or
/// hashed, which would take canonically equivalent keys (a syllable and its jamo) for one.
struct SearchDataReader {
    private let bytes: [UInt8]
    private var at = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The texts of a texts file, each with its id, in the file's order; `nil` when it is not of that form.
    static func texts(_ bytes: [UInt8]) -> [(id: Int, units: [UInt16])]? {
        var reader = SearchDataReader(bytes)
        guard reader.opening(), reader.literal("{\"ids\":[") else { return nil }
        var ids: [Int] = []
        var previous = 0
        if !reader.literal("]") {
            repeat {
                guard let gap = reader.number() else { return nil }
                previous += gap
                ids.append(previous)
            } while reader.literal(",")
            guard reader.literal("]") else { return nil }
        }
        guard reader.literal(",\"texts\":"), let joined = reader.string(), reader.literal("}"), reader.closing()
        else { return nil }
        var texts: [(id: Int, units: [UInt16])] = []
        texts.reserveCapacity(ids.count)
        var start = 0
        for (end, unit) in joined.enumerated() where unit == 0xFFFF {
            guard texts.count < ids.count else { return nil }
            texts.append((ids[texts.count], Array(joined[start..<end])))
            start = end + 1
        }
        return texts.count == ids.count && start == joined.count ? texts : nil
    }

    /// The fields of a key file in the file's order, each with its keys in the file's order and their postings as
    /// written; `nil` when it is not of that form.
    static func keys(_ bytes: [UInt8]) -> [(field: String, keys: [(units: [UInt16], postings: String)])]? {
        var reader = SearchDataReader(bytes)
        guard reader.opening(), reader.literal("{") else { return nil }
        var fields: [(field: String, keys: [(units: [UInt16], postings: String)])] = []
        repeat {
            guard let field = reader.string(), reader.literal(":{") else { return nil }
            var keys: [(units: [UInt16], postings: String)] = []
            if !reader.literal("}") {
                repeat {
                    guard let key = reader.string(), reader.literal(":"), let postings = reader.string() else {
                        return nil
                    }
                    keys.append((key, String(decoding: postings, as: UTF16.self)))
                } while reader.literal(",")
                guard reader.literal("}") else { return nil }
            }
            fields.append((String(decoding: field, as: UTF16.self), keys))
        } while reader.literal(",")
        return reader.literal("}") && reader.closing() ? fields : nil
    }

    /// `phrasebookSearchLoaded("NAME", `.
    private mutating func opening() -> Bool {
        literal("phrasebookSearchLoaded(") && string() != nil && literal(", ")
    }

    /// `);` and a line break, at the end of the file.
    private mutating func closing() -> Bool {
        literal(");\n") && at == bytes.count
    }

    /// Steps over `text` when the bytes at the reading point are it.
    private mutating func literal(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        let same = text.withUTF8Buffer { expected in
            expected.indices.allSatisfy { bytes[at + $0] == expected[$0] }
        }
        if same { at += count }
        return same
    }

    /// A number of decimal digits.
    private mutating func number() -> Int? {
        var value = 0
        let start = at
        while at < bytes.count, (0x30...0x39).contains(bytes[at]), at - start < 18 {
            value = value * 10 + Int(bytes[at] - 0x30)
            at += 1
        }
        return at > start ? value : nil
    }

    /// A quoted JSON string, as its UTF-16 code units.
    private mutating func string() -> [UInt16]? {
        guard at < bytes.count, bytes[at] == 0x22 else { return nil }
        at += 1
        var units: [UInt16] = []
        var run = at  // the start of the bytes since the last escape
        while at < bytes.count {
            switch bytes[at] {
            case 0x22:
                units += String(decoding: bytes[run..<at], as: UTF8.self).utf16
                at += 1
                return units
            case 0x5C:
                units += String(decoding: bytes[run..<at], as: UTF8.self).utf16
                guard let unit = escape() else { return nil }
                units.append(unit)
                run = at
            case 0..<0x20: return nil
            default: at += 1
            }
        }
        return nil
    }

    /// The code unit of the escape at the reading point (a backslash and what follows), stepped over.
    private mutating func escape() -> UInt16? {
        guard at + 1 < bytes.count else { return nil }
        let letter = bytes[at + 1]
        at += 2
        switch letter {
        case 0x22, 0x5C, 0x2F: return UInt16(letter)
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "u"):
            guard at + 4 <= bytes.count,
                let value = UInt16(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16)
            else { return nil }
            at += 4
            return value
        default: return nil
        }
    }
}
