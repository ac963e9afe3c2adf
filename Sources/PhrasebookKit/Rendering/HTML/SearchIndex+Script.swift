/// The search data written as scripts under `html/assets/search/`, each a call
/// `phrasebookSearchLoaded("NAME", {…});` with keys in alphabetical order (so the files are the same for the same
/// book). `search.js` adds them with `<script>` elements as a query needs them (Documentation/Templates.md):
///
/// - `core.js`, always: `avoided` (the glossary's forbidden words and their terms' ids), `categories` (each `id` and `label`, folded, per language), `chunk` (entries per
///   entries file), `count` (entries), `entries` (three numbers an entry, each one character, `U+0030` + the number,
///   skipping the backslash: its kind, an index into `kinds`; its roles, an index into `roleSets`, whose first is
///   `null`, for everyone; its category, 1 + an index into `categories`, 0 for none), `fold`
///   (`SearchFolding.table`), `kinds`, `languages` (each `code`, `name`, `tag`, and `dir` in a book with a language written right to left), `pages` (each `href`, `title` per
///   language), `pieces` (files per script), `roleSets` (lists of role ids), `roles` (each `id`, `label` per
///   language), `sameWords` (groups of words the search takes for one another, `SearchIndex+SameWords.swift`),
///   `shown` (for each of the `kindsInCore`, what results show of its entries, as an entries file
///   holds it), `situationKinds` (the kinds of the entries on a situation's page) and `wholeKeywords` (the search
///   keywords' short hashes, `SearchIndex+WholeKeywords.swift`);
/// - `han-P.js`, `hangul-P.js`, `other-P.js` (P from 0 to `pieces` − 1), the folded texts of that script
///   (`SearchFolding.Script`), split in `pieces` files of about the same size: `ids` (each text's id, entry ×
///   languages + language, as the gap from the previous one, the first from 0) and `texts` (the texts, each
///   followed by U+FFFF, which XML cannot carry);
/// - `entries-KIND-N.js` (the other kinds), what results show of the entries of that kind N × `chunk` and on (in
///   book order): `entries`, for each entry its link from the site's root, its page (an index into `pages`) and its
///   text per language (empty when pending), each followed by U+FFFF.
extension SearchIndex {
    /// Entries per `entries-KIND-N.js`. Results rank by kind first, and ties in book order, so the first fifty of
    /// most queries fall in a few of these files (Documentation/Performance.md).
    static let chunk = 512

    /// The kinds whose entries rank high (`search.js`, `WEIGHTS`) and are few in any book (one a situation,
    /// chapter, role, taboo or glossary term): what results show of them is in `core.js`, so that the results of a
    /// query that come first, often all of the first fifty, need no file after the keys (each file costs the
    /// browser a few milliseconds whatever its size; Documentation/Performance.md).
    static let kindsInCore: Set<String> = ["chapter", "role", "taboo", "term", "title"]

    /// The path from the site's root of the search data's file `name` (`han-0`, `core`, …).
    static func path(_ name: String) -> String {
        "assets/search/\(name).js"
    }

    /// Files each script's texts are split into: loaded side by side, several smaller scripts are ready sooner
    /// than one large one (the browser parses them on other threads). Fixed, so that the page knows their names
    /// before it has any of the data.
    static let pieces = 4

    /// Hands `accept` every file of the search data, paths from the site's root, each as soon as it is made:
    /// a script's keys are counted and written, and dropped, before the next script's are counted. `earlier` reads
    /// a file of the previous build's search data by its path, when it is still as that build wrote it: a script's
    /// keys are then patched where few of its texts changed (`SearchKeys+Patch.swift`).
    func write(
        earlier: ((String) -> [UInt8]?)? = nil, _ accept: (OutputFile) throws(PhrasebookError) -> Void
    ) throws(PhrasebookError) {
        try accept(OutputFile(path: Self.path("core"), contents: core))
        let texts = textsByScript
        let parts = Self.parts(texts)
        for part in parts {
            try accept(OutputFile(path: Self.path(part.name), contents: part.contents))
        }
        for script in SearchFolding.Script.allCases {
            let texts = texts[script] ?? []
            let files =
                earlier.flatMap { Self.patchedKeyFiles(script, texts, parts: parts, earlier: $0) }
                ?? Self.keyFiles(script, texts).map {
                    OutputFile(path: Self.path($0.name), contents: $0.contents)
                }
            for file in files { try accept(file) }
        }
        for kind in kinds where !Self.kindsInCore.contains(kind) {
            let ofKind = entries.filter { $0.kind == kind }
            for (number, start) in stride(from: 0, to: ofKind.count, by: Self.chunk).enumerated() {
                let name = "entries-\(kind)-\(number)"
                let text = Self.shown(ofKind[start..<min(start + Self.chunk, ofKind.count)])
                try accept(
                    OutputFile(
                        path: Self.path(name),
                        contents: Self.call(name, "{\"entries\":" + JSONText.quoted(text) + "}")))
            }
        }
    }

    /// What results show of `entries`: each one's link, page and text per language, each followed by U+FFFF.
    private static func shown(_ entries: ArraySlice<Entry>) -> String {
        var text = ""
        for entry in entries {
            text += entry.href
            text += "\u{FFFF}"
            text += String(entry.page)
            text += "\u{FFFF}"
            for language in entry.texts {
                text += language
                text += "\u{FFFF}"
            }
        }
        return text
    }

    private static func call(_ name: String, _ json: String) -> String {
        "phrasebookSearchLoaded(\"" + name + "\", " + json + ");\n"
    }

    /// The kinds of the entries, sorted.
    private var kinds: [String] { Array(Set(entries.map(\.kind))).sorted() }

    /// The kinds of the entries on a situation's page, sorted: what `search.js` counts as the situation of the
    /// title before them (`situationOf`), where any other kind (a chapter's, a taboo's) ends it.
    var situationKinds: [String] {
        let situationPages = Set(pages.indices.filter { pages[$0].href.hasPrefix("situations/") })
        return Array(Set(entries.filter { situationPages.contains($0.page) }.map(\.kind))).sorted()
    }

    private var core: String {
        let kinds = kinds
        var roleSets: [[String]?] = [nil]
        var roleSetIndex: [[String]?: Int] = [nil: 0]
        var compact = ""
        compact.unicodeScalars.reserveCapacity(entries.count * 3)
        for entry in entries {
            let roleSet: Int
            if let known = roleSetIndex[entry.roles] {
                roleSet = known
            } else {
                roleSet = roleSets.count
                roleSetIndex[entry.roles] = roleSet
                roleSets.append(entry.roles)
            }
            compact.unicodeScalars.append(Self.scalar(kinds.firstIndex(of: entry.kind)!))
            compact.unicodeScalars.append(Self.scalar(roleSet))
            compact.unicodeScalars.append(Self.scalar(entry.category.map { $0 + 1 } ?? 0))
        }
        var json = "{\"avoided\":" + avoidedWords + ",\"categories\":["
        json += book.categories.map { category in
            "{\"id\":" + JSONText.quoted(category.id) + ",\"label\":"
                + JSONText.array(plain(category.label).map(SearchFolding.fold)) + "}"
        }.joined(separator: ",")
        json += "],\"chunk\":\(Self.chunk),\"count\":\(entries.count),\"entries\":" + JSONText.quoted(compact)
        json += ",\"fold\":" + JSONText.quoted(SearchFolding.table) + ",\"kinds\":" + JSONText.array(kinds)
        json += ",\"languages\":["
        let directions = DirectionAttributes(book: book)
        json += book.languages.map { language in
            "{\"code\":" + JSONText.quoted(language.code) + directions.jsonField(tag: language.tag) + ",\"name\":"
                + JSONText.quoted(language.name) + Self.scriptField(language)
                + ",\"tag\":" + JSONText.quoted(language.tag) + "}"
        }.joined(separator: ",")
        json += "],\"pages\":["
        json += pages.map { "{\"href\":" + JSONText.quoted($0.href) + ",\"title\":" + JSONText.array($0.title) + "}" }
            .joined(separator: ",")
        json +=
            "],\"pieces\":\(Self.pieces),\"roleSets\":["
            + roleSets.map { $0.map(JSONText.array) ?? "null" }.joined(separator: ",")
        json += "],\"roles\":["
        json += book.roles.map { role in
            "{\"id\":" + JSONText.quoted(role.id) + ",\"label\":" + JSONText.array(plain(role.label)) + "}"
        }.joined(separator: ",")
        json += "],\"sameWords\":[" + sameWords.map(JSONText.array).joined(separator: ",")
        json += "],\"shown\":{"
        json += kinds.filter(Self.kindsInCore.contains).map { kind in
            JSONText.quoted(kind) + ":" + JSONText.quoted(Self.shown(entries.filter { $0.kind == kind }[...]))
        }.joined(separator: ",")
        json += "},\"situationKinds\":" + JSONText.array(situationKinds)
        json += ",\"wholeKeywords\":" + JSONText.quoted(wholeKeywordHashes)
        return Self.call("core", json + "}")
    }

    /// `,"script":"hangul"`: the script a language is written in (``LanguageScript``), for the search page to tell
    /// which language a query is typed in (the status names it so, `lang="ko"`); `""` for a language of a script
    /// not known.
    private static func scriptField(_ language: Language) -> String {
        (LanguageScript.of(language: language.code) ?? LanguageScript.of(language: language.tag))
            .map { ",\"script\":\"\($0.rawValue)\"" } ?? ""
    }

    /// One file of a script's folded texts (`han-0.js` …).
    struct TextPart {
        /// The file's name in `assets/search/`, without `.js`.
        let name: String
        /// The script whose texts it holds.
        let script: SearchFolding.Script
        /// Which of the script's texts it holds: their positions in the script's list, in id order.
        let positions: Range<Int>
        /// The file's text.
        let contents: String
    }

    /// The folded texts of each script, in the order of their ids, in `pieces` files of about the same size
    /// (`han-0.js` …), which the browser loads side by side.
    static func parts(_ texts: [SearchFolding.Script: [(id: Int, text: String)]]) -> [TextPart] {
        var parts: [TextPart] = []
        for script in SearchFolding.Script.allCases {
            let all = texts[script] ?? []
            let total = all.reduce(0) { $0 + $1.text.utf8.count }
            var start = 0
            var before = 0
            for piece in 0..<Self.pieces {
                let target = total * (piece + 1) / Self.pieces
                var end = start
                while end < all.count && (piece == Self.pieces - 1 || before < target) {
                    before += all[end].text.utf8.count
                    end += 1
                }
                var gaps = ""
                var previous = 0
                var joined = ""
                for (id, text) in all[start..<end] {
                    if !gaps.isEmpty { gaps += "," }
                    gaps += String(id - previous)
                    previous = id
                    joined += text
                    joined += "\u{FFFF}"
                }
                let name = "\(script.rawValue)-\(piece)"
                let json = "{\"ids\":[" + gaps + "],\"texts\":" + JSONText.quoted(joined) + "}"
                parts.append(
                    TextPart(name: name, script: script, positions: start..<end, contents: Self.call(name, json)))
                start = end
            }
        }
        return parts
    }

    /// The folded texts of each script (`SearchFolding.Script.of`), in the order of their ids (entry × languages
    /// + language): what `han-P.js` … hold and what the key files index.
    private var textsByScript: [SearchFolding.Script: [(id: Int, text: String)]] {
        let perEntry = max(book.languages.count, 1)
        var texts: [SearchFolding.Script: [(id: Int, text: String)]] = [:]
        for (index, entry) in entries.enumerated() {
            for (language, text) in entry.texts.enumerated() where !text.isEmpty {
                let (folded, scripts) = SearchFolding.foldWithScripts(text)
                for script in SearchFolding.Script.allCases where scripts.contains(script) {
                    texts[script, default: []].append((index * perEntry + language, folded))
                }
            }
        }
        return texts
    }

    /// A small number as one character of the core's `entries`: `U+0030` + `value`, skipping the backslash
    /// (`U+005C`, which a JSON string would escape); below the surrogates.
    private static func scalar(_ value: Int) -> Unicode.Scalar {
        let code = 0x30 + value + (value >= 0x2C ? 1 : 0)
        precondition(code < 0xD800, "the search data's compact numbers stay below the surrogates")
        return Unicode.Scalar(UInt32(code))!
    }
}
