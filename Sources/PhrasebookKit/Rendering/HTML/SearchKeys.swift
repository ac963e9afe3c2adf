/// The search data's keys: for each script, which folded texts hold a short string, and how often, so that a
/// query whose terms these answer exactly loads a few small files instead of every text of its scripts
/// (`search.js`, `fastSearch`; Documentation/Templates.md, `SCRIPT-keys-B.js`). Keys never decide more than a
/// term's matcher would: `search.js` uses them only for the terms whose every match, quality and number of
/// matches they give exactly, and falls back to the texts for any other.
///
/// The keys of a script's texts (those of `han-P.js` …), per field:
/// - `grams` (Han and Hangul): every code unit of the script, and every pair of them in a row (Hangul: and every
///   three), with how many times it occurs without overlapping (as `indexOf` finds them from the end of the last);
/// - `initials` (Hangul): one to three initial consonant jamo, for the texts with as many characters in a row
///   that each are the jamo or a syllable it begins, and how often without overlapping (as a pattern of their
///   classes finds them);
/// - `opens` (Hangul): each open syllable (no final), for the texts with a syllable of its initial and vowel, and
///   how many;
/// - `follows` (Hangul): a syllable and an initial consonant jamo, for the texts where the syllable is followed
///   by the jamo or a syllable it begins, and how often without overlapping;
/// - `starts` (Hangul): the first one, two and three units of every Korean word (a run of Hangul after anything
///   else or the text's start), and how often, so that a term found at a word's start (화가 나다) ranks above one
///   found inside a word (전화가);
/// - `words` (other scripts): every word, a longest run of letters and numbers (`\p{L}\p{N}`, the matcher's word),
///   and how often.
///
/// A key is in file `bucket` of its first two code units (the second opened); its postings are a string of numbers, one a text in
/// the order of their ids: (the gap from the previous id, the first from 0) × 3 + (the count, at most 3) − 1,
/// each written with five bits a character, lowest first, `continuation` characters before the `final` one.
enum SearchKeys {
    /// Key files per script: fixed, so that the page knows their names before it has any of the data.
    static let buckets = 128

    static let final = Array("0123456789abcdefghijklmnopqrstuv".unicodeScalars)
    static let continuation = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.".unicodeScalars)

    /// Initial consonant jamo, in the order of the syllables they begin (as `search.js`'s `INITIALS`).
    static let initials = Array("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".utf16)

    /// The fields of a script's key files, in alphabetical order.
    static func fields(_ script: SearchFolding.Script) -> [String] {
        switch script {
        case .han: ["grams"]
        case .hangul: ["follows", "grams", "initials", "opens", "starts"]
        case .other: ["words"]
        }
    }

    /// The file of a key: a hash of its first two code units, the second without its final consonant if it is a
    /// Hangul syllable (`search.js`, `bucketOf`), so that a Korean term's keys and those of its last syllable
    /// opened (`환불` and `환부`, `불만을` and `불만`) are in one file.
    static func bucket(_ key: [UInt16]) -> Int {
        var hash: UInt32 = 0
        for (at, unit) in key.prefix(2).enumerated() {
            let open = at == 1 && isSyllable(unit) ? unit - (unit - 0xAC00) % 28 : unit
            hash = hash &* 31 &+ UInt32(open)
        }
        return Int(hash % UInt32(buckets))
    }

    /// One text that has a key: the text's id and how often (at most 3, as the key files write it), in one 32-bit
    /// number. The postings of a whole book are millions: two `Int`s each would be 16 bytes, this is 4.
    struct Posting: Equatable {
        private let packed: UInt32

        /// Text `id` has the key `count` times (more than 3 is kept as 3).
        init(id: Int, count: Int) {
            precondition(id >= 0 && id < 1 << 30 && count >= 1, "a search text's id fits in 30 bits")
            packed = UInt32(id) << 2 | UInt32(min(count, 3) - 1)
        }

        /// The text's id.
        var id: Int { Int(packed >> 2) }
        /// How often the text has the key, 1 to 3.
        var count: Int { Int(packed & 3) + 1 }
    }

    /// Postings: the texts that have a key, ids ascending.
    typealias Postings = [Posting]

    /// The keys of `texts` (each text's id and folded text, ids ascending), per field (in the order of
    /// `fields(script)`): its keys, in no particular order, and their postings. The texts' keys are found on
    /// every core, a run of texts each, and the runs' postings joined in order.
    static func index(_ script: SearchFolding.Script, _ texts: [(id: Int, text: String)]) -> [FieldKeys] {
        let fields = fields(script).count
        let run = 2048
        var runs = ParallelMap.map(Array(stride(from: 0, to: texts.count, by: run))) { start in
            var indexing = Indexing(fields: fields)
            for (id, text) in texts[start..<min(start + run, texts.count)] {
                indexing.startText()
                forEachKey(script, text, into: &indexing)
                indexing.endText(id: id)
            }
            return indexing
        }
        guard !runs.isEmpty else { return Array(repeating: FieldKeys(keys: [], postings: []), count: fields) }
        var joined = runs[0]
        runs[0] = Indexing(fields: fields)
        for index in runs.indices.dropFirst() {
            // Each run is let go as it is joined: the runs' postings and the joined ones are each about as large
            // as the other, and would be held side by side.
            let next = runs[index]
            runs[index] = Indexing(fields: fields)
            joined.append(next)
        }
        return joined.keyed()
    }

    /// The keys of one folded text with their counts, per field in the order of `fields(script)`.
    static func keys(_ script: SearchFolding.Script, _ text: String) -> [[SearchKey: Int]] {
        var found = TextKeys(fields: fields(script).count, capacity: text.utf16.count)
        forEachKey(script, text, into: &found)
        return found.counts
    }

    /// Hands `sink` every key of one folded text, occurrence by occurrence, by the number of its field in
    /// `fields(script)`.
    static func forEachKey(_ script: SearchFolding.Script, _ text: String, into sink: inout some SearchKeySink) {
        switch script {
        case .other: words(text, into: &sink)
        case .han: grams(Array(text.utf16), isHan, longest: 2, field: 0, into: &sink)
        case .hangul:
            // The fields by number, as `fields(.hangul)` orders them: follows 0, grams 1, initials 2, opens 3,
            // starts 4.
            let units = Array(text.utf16)
            for (at, unit) in units.enumerated() {
                var run = SearchKey()
                for next in units[at..<min(at + 3, units.count)] {
                    guard let initial = initial(of: next) else { break }
                    run.append(initial)
                    sink.add(run, field: 2, at: at)
                }
                if isSyllable(unit) { sink.add(SearchKey(unit - (unit - 0xAC00) % 28), field: 3, at: nil) }
                if at > 0, isSyllable(units[at - 1]), let initial = initial(of: unit) {
                    sink.add(SearchKey(units[at - 1], initial), field: 0, at: at - 1)
                }
            }
            grams(units, isHangul, longest: 3, field: 1, startsField: 4, into: &sink)
        }
    }

    /// Every run of one to `longest` units of the script, counted without overlapping; those that start a word
    /// of the script (the text's start or a unit of another before them) also in `startsField`, when given.
    private static func grams(
        _ units: [UInt16], _ inScript: (UInt16) -> Bool, longest: Int, field: Int, startsField: Int? = nil,
        into sink: inout some SearchKeySink
    ) {
        for at in units.indices {
            let starts = startsField.flatMap { at == 0 || !inScript(units[at - 1]) ? $0 : nil }
            var gram = SearchKey()
            var end = at
            while end < units.count, end - at < longest, inScript(units[end]) {
                gram.append(units[end])
                end += 1
                sink.add(gram, field: field, at: at)
                if let starts { sink.add(gram, field: starts, at: at) }
            }
        }
    }

    /// The words of a text: longest runs of letters and numbers, as the matcher's `[\p{L}\p{N}]`; each counts.
    private static func words(_ text: String, into sink: inout some SearchKeySink) {
        var word: [UInt16] = []
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                word.append(contentsOf: scalar.utf16)
            } else if !word.isEmpty {
                sink.add(SearchKey(word), field: 0, at: nil)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { sink.add(SearchKey(word), field: 0, at: nil) }
    }

    /// Whether `scalar` is a letter or a number (`\p{L}\p{N}`), as the matcher's word is made of.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {  // without a look-up of the general category: letters and digits
            return (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
                || (0x61...0x7A).contains(scalar.value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }

    /// `search.js`'s `HAN` and `HANGUL` (`SearchFolding.Script`'s ranges), on code units.
    static func isHan(_ unit: UInt16) -> Bool {
        (0x3040...0x30FF).contains(unit) || (0x3400...0x9FFF).contains(unit) || (0xF900...0xFAFF).contains(unit)
    }

    static func isHangul(_ unit: UInt16) -> Bool {
        (0x1100...0x11FF).contains(unit) || (0x3131...0x318E).contains(unit) || isSyllable(unit)
    }

    static func isSyllable(_ unit: UInt16) -> Bool { (0xAC00...0xD7A3).contains(unit) }

    /// The initial consonant jamo a character stands for in a pattern's class (`initialClass`): its own, or that
    /// of the syllable it is.
    static func initial(of unit: UInt16) -> UInt16? {
        if isSyllable(unit) { return initials[Int(unit - 0xAC00) / 588] }
        return initials.contains(unit) ? unit : nil
    }

    /// Postings as the key files write them.
    static func encode(_ postings: Postings) -> String {
        // As bytes (the characters are ASCII): appending scalars to a string one at a time was 1.5 % of a cold
        // build at 10,000 phrases.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 2)
        var previous = 0
        for posting in postings {
            var value = (posting.id - previous) * 3 + posting.count - 1
            previous = posting.id
            while value >= 32 {
                bytes.append(continuationBytes[value & 31])
                value >>= 5
            }
            bytes.append(finalBytes[value])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``final`` and ``continuation`` as the bytes of their ASCII characters.
    private static let finalBytes = final.map { UInt8($0.value) }
    private static let continuationBytes = continuation.map { UInt8($0.value) }
}

extension SearchIndex {
    /// `SCRIPT-keys-B.js` of `script` (B from 0 to `SearchKeys.buckets` − 1), the keys of its `texts`: each
    /// field of `SearchKeys` with the keys of that file, in code unit order, and their postings; the files written
    /// on every core.
    static func keyFiles(_ script: SearchFolding.Script, _ texts: [(id: Int, text: String)]) -> [(
        name: String, contents: String
    )] {
        // Each key goes to its file with its postings, so the files need no look-up of the tables.
        var buckets = Array(
            repeating: [String: [(units: [UInt16], postings: SearchKeys.Postings)]](), count: SearchKeys.buckets)
        for (field, table) in zip(SearchKeys.fields(script), SearchKeys.index(script, texts)) {
            for (key, postings) in zip(table.keys, table.postings) {
                let units = key.units
                buckets[SearchKeys.bucket(units)][field, default: []].append((units, postings))
            }
        }
        return ParallelMap.map(Array(buckets.enumerated())) { number, fields in
            keyFile(script, number: number, fields.mapValues { $0.map { ($0.units, SearchKeys.encode($0.postings)) } })
        }
    }

    /// Key file `number` of `script`, given each field's keys (in any order) with their postings encoded.
    static func keyFile(
        _ script: SearchFolding.Script, number: Int, _ fields: [String: [(units: [UInt16], encoded: String)]]
    ) -> (name: String, contents: String) {
        let json = SearchKeys.fields(script).map { field in
            let keys = (fields[field] ?? []).sorted { $0.units.lexicographicallyPrecedes($1.units) }
            let entries = keys.map { key in
                JSONText.quoted(String(decoding: key.units, as: UTF16.self)) + ":" + JSONText.quoted(key.encoded)
            }
            return JSONText.quoted(field) + ":{" + entries.joined(separator: ",") + "}"
        }
        let name = "\(script.rawValue)-keys-\(number)"
        return (name, "phrasebookSearchLoaded(\"" + name + "\", {" + json.joined(separator: ",") + "});\n")
    }
}
