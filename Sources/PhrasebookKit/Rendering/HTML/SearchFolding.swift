/// The one definition of how the site's search folds text before matching, and of the scripts the search data
/// is split by.
///
/// Folding works on UTF-16 code units, one for one (so that a position in a folded text is the same position in
/// the text): a full-width ASCII form (U+FF01–U+FF5E) becomes its ASCII character, then a character whose simple
/// lower case is one code unit becomes that (`A` → `a`, `Σ` → `σ`); everything else stays (`İ`, whose lower case
/// is two code units; surrogates). The build folds every text of the search data with it, and writes the code
/// units it changes into the data (`fold`), which is all `search.js` folds a query or a shown text by: the
/// browser never applies case rules of its own, so Swift and the browser cannot disagree
/// (`Tests/browser/test_search.py` checks the two on the built site).
enum SearchFolding {
    /// What each UTF-16 code unit folds to.
    static let units: [UInt16] = (0...0xFFFF).map { value in
        var unit = UInt16(value)
        if (0xFF01...0xFF5E).contains(unit) { unit -= 0xFEE0 }
        guard let scalar = Unicode.Scalar(unit) else { return unit }
        let lower = scalar.properties.lowercaseMapping.utf16
        return lower.count == 1 ? lower[lower.startIndex] : unit
    }

    /// `text` folded. Works on scalars, which folds the same as on code units: a scalar outside the Basic
    /// Multilingual Plane is two surrogates, which fold to themselves, and every other scalar is one code unit,
    /// which folds to one scalar of one code unit. A text that folding leaves as it is (most Chinese and Korean
    /// ones) is returned without a copy; an ASCII text is folded byte by byte.
    static func fold(_ text: String) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.contains(where: isUpperASCII) else { return text }
            return String(unsafeUninitializedCapacity: utf8.count) { target in
                _ = target.initialize(from: utf8.lazy.map { $0 | (isUpperASCII($0) ? 0x20 : 0) })
                return utf8.count
            }
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { folded($0) != $0 }) else { return text }
        var result = String.UnicodeScalarView(scalars[..<first])
        result.reserveCapacity(utf8.count + utf8.count / 2)
        for scalar in scalars[first...] { result.append(folded(scalar)) }
        return String(result)
    }

    /// Whether `byte` is `A`–`Z`.
    private static func isUpperASCII(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// What `scalar` folds to.
    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value <= 0xFFFF else { return scalar }
        return Unicode.Scalar(units[Int(scalar.value)]) ?? scalar
    }

    /// The code units folding changes, as one string of pairs (unit, folded unit), in code unit order.
    static let table: String = {
        var pairs: [UInt16] = []
        for (value, folded) in units.enumerated() where folded != UInt16(value) {
            pairs.append(UInt16(value))
            pairs.append(folded)
        }
        return String(decoding: pairs, as: UTF16.self)
    }()

    /// The parts the search data's texts are split into by script, so that a query loads only the texts its
    /// terms can match: `han` (Chinese characters and kana), `hangul` (Korean), `other` (any other letter or
    /// number, and texts with neither). A text is in every part whose characters it has; a term needs the parts
    /// of its characters (`search.js`, `partsFor`). The ranges are those `search.js` tells the scripts apart by.
    enum Script: String, CaseIterable {
        case han, hangul, other

        /// The script of `scalar`, or `nil` for one of none (punctuation, symbols, spaces).
        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF: self = .han
            case 0x1100...0x11FF, 0x3131...0x318E, 0xAC00...0xD7A3: self = .hangul
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: self = .other  // ASCII's letters and digits
            case 0...0x7F: return nil  // the rest of ASCII: no letter or number
            default:
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber:
                    self = .other
                default: return nil
                }
            }
        }

        /// The parts `text` belongs in; `other` for a text with no letter or number.
        static func of(_ text: String) -> Set<Script> {
            var han = false
            var hangul = false
            var other = false
            for scalar in text.unicodeScalars {
                switch Script(scalar) {
                case .han: han = true
                case .hangul: hangul = true
                case .other: other = true
                case nil: continue
                }
                if han && hangul && other { break }
            }
            var scripts = Set<Script>()
            if han { scripts.insert(.han) }
            if hangul { scripts.insert(.hangul) }
            if other || scripts.isEmpty { scripts.insert(.other) }
            return scripts
        }
    }
}
