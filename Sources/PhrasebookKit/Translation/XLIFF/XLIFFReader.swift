import Foundation

/// Reads an XLIFF 1.2 or 2.0 file into units: id, source and target as phrasebook text (inline codes back to
/// `{name}`, literal braces doubled), and state. Anything that is not XLIFF as phrasebook writes it is reported.
struct XLIFFReader {
    /// One unit as read.
    struct Unit {
        var id: String
        var source: String
        var target: String?
        var state: String?
        var location: SourceLocation
        /// Where its (first) `<target>` is, when it has one.
        var targetLocation: SourceLocation?
        /// The hash of the rendering when it was exported (`XLIFFExport.targetHashName`), when the file kept it.
        var exportedTargetHash: String?
        /// 1.2: the unit is `approved="yes"` (translate-toolkit's `markapproved`, a CAT tool's "approved").
        var approved = false
        /// 1.2: the unit is `approved="no"` (translate-toolkit's `markapproved(False)`, a reviewer withdrawing an
        /// approval): its words are not approved.
        var unapproved = false
        /// The segments a tool split the unit into that have source text but no target, while others have one (a
        /// half-done unit): their ids (2.0 `<segment id>`, 1.2 `<mrk mtype="seg" mid>`) or 1-based positions.
        var untranslatedSegments: [String] = []
        /// The target's inline codes read by their id (`<ph id="1">`, as some tools write them), by the name read
        /// (`1`): as written, with what they hold and where (``codesByID(in:)``).
        var targetCodes: [String: String] = [:]
    }

    /// A file's version, target language and units.
    struct File {
        var version: XLIFFVersion
        var targetLanguage: String
        var units: [Unit]
        var location: SourceLocation
        /// The element that names the target language: the first `<file>` (1.2) or `<xliff>` (2.0).
        var languageLocation: SourceLocation
    }

    /// Reads `bytes`, the content of `path`; malformed files give diagnostics (`xliff-malformed`).
    static func read(_ bytes: [UInt8], path: String) -> Result<File, DiagnosticList> {
        let root: MarkupElement
        switch MarkupDocument.parse(bytes, file: path) {
        case .success(let element): root = element
        case .failure(let list):
            return .failure(
                DiagnosticList(
                    list.diagnostics.map {
                        // Only a syntax error makes it not XML; a DOCTYPE or an encoding is a refusal of its own.
                        Diagnostic(
                            .error, "xliff-malformed",
                            $0.code == "xml-syntax" ? "not a well-formed XML file: \($0.message)" : $0.message,
                            at: $0.location)
                    }))
        }
        func malformed(_ message: String, _ location: SourceLocation) -> Result<File, DiagnosticList> {
            .failure(DiagnosticList([Diagnostic(.error, "xliff-malformed", message, at: location)]))
        }
        guard root.name == "xliff", let version = XLIFFVersion(rawValue: root.attributes["version"] ?? ""),
            root.namespace == version.namespace
        else {
            return malformed(
                "not an XLIFF 1.2 or 2.0 document (root <xliff version=\"1.2|2.0\"> in the OASIS namespace)",
                root.location)
        }
        var units: [Unit] = []
        var language: String?
        var languageLocation = root.location
        switch version {
        case .version1:
            for file in root.elements("file") {
                guard let target = file.attributes["target-language"] else {
                    return malformed(
                        "<file> has no target-language: write the language of its targets, such as target-language=\"ko\"",
                        file.location)
                }
                guard language == nil || language == target else {
                    return malformed(
                        "this <file> has target-language=\"\(target)\", an earlier one \"\(language ?? "")\": a file "
                            + "holds one language's targets; import each language's file on its own",
                        file.location)
                }
                if language == nil { languageLocation = file.location }
                language = target
                for transUnit in descendants(file, named: "trans-unit") {
                    guard let id = transUnit.attributes["id"], let source = transUnit.elements("source").first else {
                        return malformed("a <trans-unit> needs an id and a <source>", transUnit.location)
                    }
                    if let repeated = repeatProblem(in: transUnit, unit: id) {
                        return malformed(repeated.message, repeated.at)
                    }
                    let target = transUnit.elements("target").first
                    if let target, let problem = stateProblem(of: target, version: version, unit: id) {
                        return malformed(problem, target.location(ofAttribute: "state"))
                    }
                    let prefix = XLIFFExport.targetHashName + ":"
                    let hash = transUnit.attributes["extradata"].flatMap { $0.hasPrefix(prefix) ? $0 : nil }
                    units.append(
                        Unit(
                            id: id, source: text(source), target: target.map(text),
                            state: target.flatMap(standardState), location: transUnit.location,
                            targetLocation: target?.location,
                            exportedTargetHash: hash.map { String($0.dropFirst(prefix.count)) },
                            approved: transUnit.attributes["approved"] == "yes",
                            unapproved: transUnit.attributes["approved"] == "no",
                            untranslatedSegments: untranslatedMarks(of: transUnit, in: target),
                            targetCodes: codesByID(in: target.map { [$0] } ?? [])))
                }
            }
        case .version2:
            language = root.attributes["trgLang"]
            for file in root.elements("file") {
                for unit in descendants(file, named: "unit") {
                    let segments = unit.elements.filter { $0.name == "segment" || $0.name == "ignorable" }
                    guard let id = unit.attributes["id"], !segments.isEmpty,
                        segments.allSatisfy({ !$0.elements("source").isEmpty })
                    else {
                        return malformed("a <unit> needs an id and segments with a <source>", unit.location)
                    }
                    for cp in segments.flatMap({ descendants($0, named: "cp") }) {
                        if let problem = codePointProblem(cp) { return malformed(problem, cp.location) }
                    }
                    if let repeated = segments.lazy.compactMap({ repeatProblem(in: $0, unit: id) }).first {
                        return malformed(repeated.message, repeated.at)
                    }
                    for segment in segments {
                        if let problem = stateProblem(of: segment, version: version, unit: id) {
                            return malformed(problem, segment.location(ofAttribute: "state"))
                        }
                    }
                    let targets = segments.map { $0.elements("target").first }
                    let states = segments.filter { $0.name == "segment" }.map { $0.attributes["state"] ?? "initial" }
                    // An <ignorable> without a target stands in the target as its source (the space between two
                    // segments a tool split a text into). A target's `order` puts it at that place among the
                    // unit's segments and ignorables (a translator reordering the sentences).
                    var pieces: [(place: Int, text: String)] = []
                    var untranslated: [String] = []
                    for (position, (element, target)) in zip(segments, targets).enumerated() {
                        let source = rawText(element.elements("source")[0])
                        let text: String = target.map { rawText($0) } ?? (element.name == "ignorable" ? source : "")
                        let order: Int? = target?.attributes["order"].flatMap { Int($0) }
                        pieces.append((order ?? position + 1, text))
                        if element.name == "segment", target == nil, !source.allSatisfy(\.isWhitespace) {
                            untranslated.append(element.attributes["id"] ?? String(position + 1))
                        }
                    }
                    let targetPieces = ordered(pieces)
                    units.append(
                        Unit(
                            id: id,
                            source: WhiteSpace.fold(joined(segments.map { rawText($0.elements("source")[0]) })),
                            target: targets.allSatisfy { $0 == nil }
                                ? nil : WhiteSpace.fold(joined(targetPieces, spaced: !Self.unspaced(language))),
                            state: Set(states).count == 1 ? states.first : "initial", location: unit.location,
                            targetLocation: targets.lazy.compactMap { $0?.location }.first,
                            exportedTargetHash: exportedTargetHash(unit), untranslatedSegments: untranslated,
                            targetCodes: codesByID(in: targets.compactMap { $0 })))
                }
            }
        }
        guard let language else {
            return malformed(
                version == .version2
                    ? "<xliff> has no trgLang: write the language of its targets, such as trgLang=\"ko\""
                    : "the document has no <file>: XLIFF 1.2 holds its units in <file target-language=\"…\">",
                root.location)
        }
        return .success(
            File(
                version: version, targetLanguage: language, units: units, location: root.location,
                languageLocation: languageLocation))
    }

    /// The exported rendering's hash a 2.0 `<unit>` keeps in its Metadata module, if it does.
    private static func exportedTargetHash(_ unit: MarkupElement) -> String? {
        descendants(unit, named: "meta").first {
            $0.namespace == XLIFFExport.metadataNamespace && $0.attributes["type"] == XLIFFExport.targetHashName
        }?.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The texts of `pieces` by their places (their `order`, else their own position); pieces at one place in the
    /// order they came.
    private static func ordered(_ pieces: [(place: Int, text: String)]) -> [String] {
        pieces.enumerated().sorted { ($0.element.place, $0.offset) < ($1.element.place, $1.offset) }.map(\.element.text)
    }

    /// The `mid`s of a 1.2 unit's segments (`<seg-source>`'s `<mrk mtype="seg">`) that have source text but none
    /// in `target`, when the target is segmented too (a target written whole, without segments, is whole).
    private static func untranslatedMarks(of transUnit: MarkupElement, in target: MarkupElement?) -> [String] {
        guard let target, let segmented = transUnit.elements("seg-source").first else { return [] }
        func marks(_ element: MarkupElement) -> [MarkupElement] {
            descendants(element, named: "mrk").filter { $0.attributes["mtype"] == "seg" }
        }
        let targetMarks = marks(target)
        guard !targetMarks.isEmpty else { return [] }
        let translated = Set(
            targetMarks.filter { !rawText($0).allSatisfy(\.isWhitespace) }.map { $0.attributes["mid"] ?? "" })
        return marks(segmented).compactMap { mark in
            let mid = mark.attributes["mid"] ?? ""
            return rawText(mark).allSatisfy(\.isWhitespace) || translated.contains(mid) ? nil : mid
        }
    }

    static func descendants(_ element: MarkupElement, named name: String) -> [MarkupElement] {
        element.elements.flatMap { $0.name == name ? [$0] : descendants($0, named: name) }
    }

    /// Whether `language` (a tag) writes sentences without spaces between them: Chinese, Japanese, Thai.
    private static func unspaced(_ language: String?) -> Bool {
        ["zh", "ja", "th"].contains(language?.lowercased().split(separator: "-").first.map(String.init) ?? "")
    }

    /// The texts of a unit's segments and ignorables in order, as one: white space a tool put between two pieces
    /// of Chinese or Japanese (which have none) left out; in a language that spaces its sentences (`spaced`), a
    /// space where segments meet without one and a sentence or word ends before (`…right now.` and `One
    /// moment…`: the source, in Chinese, had none to keep).
    private static func joined(_ pieces: [String], spaced: Bool = false) -> String {
        var text = ""
        for (at, piece) in pieces.enumerated() {
            let next = pieces[(at + 1)...].first { !$0.allSatisfy(\.isWhitespace) }?.unicodeScalars.first
            if piece.allSatisfy(\.isWhitespace), let last = text.unicodeScalars.last, let next, WhiteSpace.isCJK(last),
                WhiteSpace.isCJK(next)
            {
                continue
            }
            if spaced, let last = text.unicodeScalars.last, let first = piece.unicodeScalars.first,
                isWordOr(last, ".!?;:,)]\"'…”’"), isWordOr(first, "(\"'“‘{")
            {
                text += " "
            }
            text += piece
        }
        return text
    }

    /// Whether `scalar` is a letter, a digit or one of `marks`.
    private static func isWordOr(_ scalar: Unicode.Scalar, _ marks: String) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || marks.unicodeScalars.contains(scalar)
    }

    /// `text` as phrasebook writes it: literal braces doubled.
    private static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
    }

    /// The phrasebook text of a `<source>` or `<target>`: literal braces doubled, `<x>`/`<ph>` back to `{name}`
    /// (from `equiv-text`/`equiv`, the code's own text, or its id), 1.2's native codes (`<bpt>`, `<ept>`, `<it>`:
    /// markup of another format, such as `&lt;b&gt;`, which no phrasebook text holds) left out, 2.0's `<cp>` as its
    /// character, other inline elements by their text; white space folded as the format folds it.
    static func text(_ element: MarkupElement) -> String {
        WhiteSpace.fold(rawText(element))
    }

    /// The same, white space as it is.
    static func rawText(_ element: MarkupElement) -> String {
        element.children.map { node in
            switch node {
            case .text(let text):
                return literal(text)
            case .element(let inline) where inline.name == "cp":
                return character(of: inline).map { literal(String($0)) } ?? ""
            case .element(let inline) where inline.name == "x" || inline.name == "ph":
                for candidate in [inline.attributes["equiv-text"], inline.attributes["equiv"], inline.text] {
                    if let candidate, candidate.hasPrefix("{"), candidate.hasSuffix("}"), candidate.count > 2 {
                        return candidate
                    }
                }
                let id = inline.attributes["id"] ?? ""
                let name = id.range(of: #"-[0-9]+$"#, options: .regularExpression).map {
                    String(id[..<$0.lowerBound])
                }
                return "{\(name ?? id)}"
            case .element(let inline) where ["bpt", "ept", "it"].contains(inline.name):
                return ""
            case .element(let inline):
                return rawText(inline)
            }
        }.joined()
    }
}
