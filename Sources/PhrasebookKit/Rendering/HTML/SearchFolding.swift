/// The one definition of how the site's search folds text before matching, and of the scripts the search data
/// is split by.
///
/// Folding works on UTF-16 code units, one for one (so that a position in a folded text is the same position in
/// the text): a full-width ASCII form (U+FF01–U+FF5E) becomes its ASCII character, then a character whose simple
/// lower case is one code unit becomes that (`A` → `a`, `Σ` → `σ`), a traditional Chinese character its
/// simplified form (`貨` → `货`, ``SimplifiedVariants``, from Unihan), and a curly apostrophe (``apostrophes``)
/// the straight one (a phone's keyboard types `can’t`, the book may write `can't`); everything else stays (`İ`,
/// whose lower case is two code units; surrogates). The build folds every text of the search data with it, and writes the code
/// units it changes into the data (`fold`), which is all `search.js` folds a query or a shown text by: the
/// browser never applies case rules of its own, so Swift and the browser cannot disagree
/// (`Tests/browser/test_search.py` checks the two on the built site).
enum SearchFolding {
    /// What each UTF-16 code unit folds to.
    static let units: [UInt16] = {
        var units = (0...0xFFFF).map { value in
            var unit = UInt16(value)
            if (0xFF01...0xFF5E).contains(unit) { unit -= 0xFEE0 }
            guard let scalar = Unicode.Scalar(unit) else { return unit }
            let lower = scalar.properties.lowercaseMapping.utf16
            return lower.count == 1 ? lower[lower.startIndex] : unit
        }
        let variants = Array(SimplifiedVariants.pairs.utf16.filter { $0 != 0x0A })
        for pair in stride(from: 0, to: variants.count, by: 2) { units[Int(variants[pair])] = variants[pair + 1] }
        for apostrophe in apostrophes { units[Int(apostrophe)] = 0x27 }
        return units
    }()

    /// What is typed or written for an apostrophe, folded to `'`: `‘` and `’` (U+2018, U+2019), `ʼ` (U+02BC).
    static let apostrophes: [UInt16] = [0x2018, 0x2019, 0x02BC]

    /// `text` folded.
    static func fold(_ text: String) -> String {
        foldWithScripts(text).text
    }

    /// `text` folded, and the parts the folded text belongs in (``Script/of(_:)``), in one pass over its UTF-8
    /// (the build folds every text of the search data; it was two passes over scalars, and a copy scalar by
    /// scalar). Works on scalars, which folds the same as on code units: a scalar outside the Basic Multilingual
    /// Plane is two surrogates, which fold to themselves, and every other scalar is one code unit, which folds
    /// to one scalar of one code unit. A text that folding leaves as it is (most Chinese and Korean ones) is
    /// returned without a copy.
    static func foldWithScripts(_ text: String) -> (text: String, scripts: Scripts) {
        var text = text
        let (scripts, firstChange) = text.withUTF8 { bytes in
            var scripts = Scripts()
            var firstChange: Int?
            var at = 0
            while at < bytes.count {
                let (scalar, length) = decode(bytes, at)
                let into = folded(scalar)
                if into != scalar, firstChange == nil { firstChange = at }
                if let script = Script(into) { scripts.insert(Scripts(script)) }
                at += length
            }
            return (scripts.isEmpty ? Scripts(.other) : scripts, firstChange)
        }
        guard let firstChange else { return (text, scripts) }
        let result = text.withUTF8 { bytes in
            // A scalar and its fold differ in length by one byte at most (`Ⱥ` U+023A, two bytes, folds to `ⱥ`
            // U+2C65, three).
            String(unsafeUninitializedCapacity: bytes.count + bytes.count / 2) { target in
                _ = target.initialize(from: bytes[..<firstChange])
                var written = firstChange
                var at = firstChange
                while at < bytes.count {
                    let (scalar, length) = decode(bytes, at)
                    for byte in UTF8.encode(folded(scalar))! {
                        target[written] = byte
                        written += 1
                    }
                    at += length
                }
                return written
            }
        }
        return (result, scripts)
    }

    /// The scalar that starts at `at` in `bytes` (valid UTF-8), and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[at])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func next(_ offset: Int) -> UInt32 { UInt32(bytes[at + offset] & 0x3F) }
        let (value, length): (UInt32, Int) =
            lead < 0xE0
            ? ((lead & 0x1F) << 6 | next(1), 2)
            : lead < 0xF0
                ? ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
                : ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
        return (Unicode.Scalar(value)!, length)
    }

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

        /// The parts `text`, folded, belongs in; `other` for a text with no letter or number.
        static func of(_ text: String) -> Set<Script> {
            let scripts = foldWithScripts(text).scripts
            return Set(allCases.filter { scripts.contains($0) })
        }
    }

    /// A set of parts, as flags: what ``foldWithScripts(_:)`` finds for every text of the search data.
    struct Scripts: OptionSet {
        let rawValue: UInt8

        init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// The set of `script` alone.
        init(_ script: Script) {
            rawValue = 1 << Script.allCases.firstIndex(of: script)!
        }

        /// Whether `script` is in the set.
        func contains(_ script: Script) -> Bool {
            contains(Scripts(script))
        }
    }
}
