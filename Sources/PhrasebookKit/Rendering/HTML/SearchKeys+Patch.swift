/// An edit's key files made from the previous build's (`SearchIndex.write`, given earlier files): the keys of the
/// texts that changed are taken out of the postings and put back as the texts are now, in the key files those
/// keys are in; every other key file stays as it was. Counting the keys of every text of the book again was a
/// third of an edit's work on a big book (Documentation/Performance.md); an edit changes a few texts.
///
/// The result is the same as counting afresh, byte for byte: a key's postings are the texts that have it, ids
/// ascending, whichever way they were found. The previous files are trusted only as far as they agree: a key or
/// text to take out that is not there makes the patch give up, and the keys are counted afresh.
extension SearchKeys {
    /// The texts of one script that differ between two builds: those gone or changed, as they were, and those new
    /// or changed, as they are.
    struct TextChanges {
        var removed: [(id: Int, text: String)] = []
        var added: [(id: Int, text: String)] = []

        /// How many texts changed, counting a changed text twice.
        var count: Int { removed.count + added.count }

        /// The differences from `old` to `new`, both ordered by id.
        init(from old: [(id: Int, units: [UInt16])], to new: [(id: Int, text: String)]) {
            var before = old[...]
            var after = new[...]
            while let was = before.first, let now = after.first {
                if was.id == now.id {
                    if !now.text.utf16.elementsEqual(was.units) {
                        removed.append((was.id, String(decoding: was.units, as: UTF16.self)))
                        added.append(now)
                    }
                    before.removeFirst()
                    after.removeFirst()
                } else if was.id < now.id {
                    removed.append((was.id, String(decoding: was.units, as: UTF16.self)))
                    before.removeFirst()
                } else {
                    added.append(now)
                    after.removeFirst()
                }
            }
            removed += before.map { ($0.id, String(decoding: $0.units, as: UTF16.self)) }
            added += after
        }
    }

    /// What changes in one key's postings: the texts to take out, and the postings to put in.
    struct KeyChange {
        var removed: Set<Int> = []
        var added: Postings = []
    }

    /// Key file `number` of `script` with `changes` (the file's, from `keyChanges`) applied to its `previous`
    /// contents (`SearchDataReader.keys`), as `SearchIndex.keyFile` writes it; `nil` when the previous file does
    /// not hold what `changes` takes out.
    static func patched(
        _ script: SearchFolding.Script, number: Int,
        previous: [(field: String, keys: [(units: [UInt16], postings: String)])],
        changes: [String: [SearchKey: KeyChange]]
    ) -> String? {
        guard previous.map(\.field) == fields(script) else { return nil }
        var fields: [String: [(units: [UInt16], encoded: String)]] = [:]
        for (field, keys) in previous {
            var table = [SearchKey: String](minimumCapacity: keys.count)
            for key in keys { table[SearchKey(key.units)] = key.postings }
            for (key, change) in changes[field] ?? [:] {
                var postings: Postings = []
                if let encoded = table[key] {
                    guard let decoded = decode(encoded) else { return nil }
                    postings = decoded
                }
                let before = postings.count
                postings.removeAll { change.removed.contains($0.id) }
                guard before - postings.count == change.removed.count else { return nil }
                postings = (postings + change.added).sorted { $0.id < $1.id }
                table[key] = postings.isEmpty ? nil : encode(postings)
            }
            fields[field] = table.map { (key, encoded) in (key.units, encoded) }
        }
        return SearchIndex.keyFile(script, number: number, fields).contents
    }

    /// What `changes` does to the keys of `script`: per key file, per field, per key, the texts taken out and the
    /// postings put in.
    static func keyChanges(_ script: SearchFolding.Script, _ changes: TextChanges) -> [Int: [String: [SearchKey:
        KeyChange]]]
    {
        let names = fields(script)
        var files: [Int: [String: [SearchKey: KeyChange]]] = [:]
        func change(_ key: SearchKey, of field: Int, _ apply: (inout KeyChange) -> Void) {
            apply(&files[bucket(key.units), default: [:]][names[field], default: [:]][key, default: KeyChange()])
        }
        for (id, text) in changes.removed {
            for (field, found) in keys(script, text).enumerated() {
                for key in found.keys { change(key, of: field) { $0.removed.insert(id) } }
            }
        }
        for (id, text) in changes.added {
            for (field, found) in keys(script, text).enumerated() {
                for (key, count) in found { change(key, of: field) { $0.added.append(Posting(id: id, count: count)) } }
            }
        }
        return files
    }

    /// Postings as `encode` writes them; `nil` for a string it cannot have written.
    static func decode(_ encoded: String) -> Postings? {
        var postings: Postings = []
        var previous = 0
        var value = 0
        var shift = 0
        for unit in encoded.utf8 {
            if let digit = finalDigits[Int(unit)] {
                let id = previous + (value | digit << shift) / 3
                guard id < 1 << 30 else { return nil }
                postings.append(Posting(id: id, count: (value | digit << shift) % 3 + 1))
                previous = id
                value = 0
                shift = 0
            } else if let digit = continuationDigits[Int(unit)], shift < 30 {
                value |= digit << shift
                shift += 5
            } else {
                return nil
            }
        }
        return shift == 0 ? postings : nil
    }

    /// The value of each `final` character, by its code (ASCII), else `nil`.
    private static let finalDigits = digits(final)
    /// The value of each `continuation` character, by its code (ASCII), else `nil`.
    private static let continuationDigits = digits(continuation)

    private static func digits(_ characters: [Unicode.Scalar]) -> [Int?] {
        var table = [Int?](repeating: nil, count: 256)
        for (value, character) in characters.enumerated() { table[Int(character.value)] = value }
        return table
    }
}

extension SearchIndex {
    /// The key files of `script` for its `texts` (`keyFiles`), made from the previous build's, which `earlier`
    /// reads by their paths from the site's root; `nil` when one cannot be read or does not agree, or when more
    /// than a sixteenth of the texts changed (then counting afresh is as quick). `parts` are the texts files made
    /// of `texts` (``parts(_:)``, any script's): a previous texts file that is the same holds the same texts under
    /// the same ids, so only the texts of those that differ are read back and compared (an edit changes one or
    /// two of a script's files).
    static func patchedKeyFiles(
        _ script: SearchFolding.Script, _ texts: [(id: Int, text: String)], parts: [TextPart],
        earlier: (String) -> [UInt8]?
    ) -> [OutputFile]? {
        var old: [(id: Int, units: [UInt16])] = []
        var new: [(id: Int, text: String)] = []
        for part in parts where part.script == script {
            guard let bytes = earlier(path(part.name)) else { return nil }
            if ByteSearch.same(bytes, as: part.contents) { continue }
            guard let read = SearchDataReader.texts(bytes) else { return nil }
            old += read
            new += texts[part.positions]
        }
        let changes = SearchKeys.TextChanges(from: old, to: new)
        guard changes.count <= max(64, texts.count / 16) else { return nil }
        let byFile = SearchKeys.keyChanges(script, changes)
        var files: [OutputFile] = []
        for number in 0..<SearchKeys.buckets {
            let name = path("\(script.rawValue)-keys-\(number)")
            guard let bytes = earlier(name) else { return nil }
            guard let changes = byFile[number] else {
                files.append(OutputFile(path: name, contents: String(decoding: bytes, as: UTF8.self)))
                continue
            }
            guard let previous = SearchDataReader.keys(bytes),
                let contents = SearchKeys.patched(script, number: number, previous: previous, changes: changes)
            else { return nil }
            files.append(OutputFile(path: name, contents: contents))
        }
        return files
    }
}
