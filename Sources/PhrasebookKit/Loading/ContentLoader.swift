import Foundation

/// What loading a content folder gives: the book, when `phrasebook.xml` could be read, and every problem met.
public struct LoadResult: Sendable {
    /// The book; `nil` when `phrasebook.xml` itself is unusable.
    public var book: Book?
    /// The problems found while reading: encoding, syntax, DOCTYPE, schema.
    var diagnostics: [Diagnostic]
    /// How many situation files were taken from a `LoadMemory` instead of read.
    var keptFiles = 0
}

/// Loads a content folder (`phrasebook.xml`, `situations/*.xml`, `taboos.xml`) into a `Book`, reading the
/// situation files on every core.
public struct ContentLoader: Sendable {
    /// The content folder as the user named it; diagnostics show paths beneath it.
    public var folder: String
    /// Files to load from these bytes instead of from the disk, by path as the loader names them (beneath
    /// `folder`); one that is not on the disk (a review history an edit would create) is loaded too. A dry run
    /// checks the content as its edits would leave it this way, without writing.
    var replaced: [String: [UInt8]] = [:]

    /// Creates a loader for `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// Reads the folder. Throws only when the folder or a file cannot be read at all. With a `memory`, a situation
    /// file whose bytes are those of the memory's last load is taken from it instead of read, and the memory then
    /// keeps this load's situation files.
    public func load(memory: LoadMemory? = nil) throws(PhrasebookError) -> LoadResult {
        let (files, hasTaboos, hasHistory) = try listing()
        let situationRange = (hasTaboos ? 2 : 1)..<(files.count - (hasHistory ? 1 : 0))
        let situationPaths = Array(files[situationRange])
        let historyPath = path(ReviewHistory.fileName)
        let parsed = try ParallelParser.parse(files, memory: memory, situations: situationRange, replaced: replaced)
        var diagnostics = parsed.flatMap(\.diagnostics) + ignoredFileWarnings()
        var reader = ModelReader()
        var situations: [Situation] = []
        var unloaded: Set<String> = []
        var refused: [RefusedSituation] = []
        var kept: [String: LoadMemory.Kept] = [:]
        for (index, file) in situationPaths.enumerated() {
            let result = parsed[index + (hasTaboos ? 2 : 1)]
            if let known = result.kept ?? result.read {
                situations.append(known.situation)
                reader.met(known.checkIgnores)
                kept[file] = known
            } else {
                if result.root != nil {
                    diagnostics.append(
                        Diagnostic(
                            .error, "schema", "a situation file's root element must be <situation>",
                            at: result.root!.location))
                }
                unloaded.insert(Self.fileID(file))
                if let situation = result.refused { refused.append(situation) }
            }
        }
        memory?.keep(kept)
        situations = Self.withoutCopies(situations, &diagnostics)
        var taboos: [Taboo] = []
        if hasTaboos, let root = parsed[1].root {
            if root.name == "taboos" {
                taboos = reader.taboos(root)
            } else {
                diagnostics.append(
                    Diagnostic(.error, "schema", "taboos.xml's root element must be <taboos>", at: root.location))
            }
        }
        guard let root = parsed[0].root, root.name == "phrasebook" else {
            if let root = parsed[0].root {
                diagnostics.append(
                    Diagnostic(
                        .error, "schema", "phrasebook.xml's root element must be <phrasebook>", at: root.location))
            }
            return LoadResult(book: nil, diagnostics: diagnostics)
        }
        var book = reader.book(root, situations: situations.sorted { $0.id < $1.id }, taboos: taboos)
        book.checkIgnores = reader.checkIgnores
        book.unloadedSituations = unloaded
        book.refusedSituations = refused
        book.edition = root.attribute("edition")?.value
        book.fileDigests = Dictionary(zip(files, parsed.map(\.digest)), uniquingKeysWith: { first, _ in first })
        book.contentHash = ContentHash.of(files, in: folder, digests: book.fileDigests)
        if hasHistory, let root = parsed[parsed.count - 1].root {
            if root.name == "review-history",
                let bytes = replaced[historyPath]
                    ?? FileManager.default.contents(atPath: historyPath).map({ [UInt8]($0) })
            {
                book.reviewHistory = ReviewHistory(root, bytes: bytes)
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, "schema", "\(ReviewHistory.fileName)'s root element must be <review-history>",
                        at: root.location))
            }
        }
        return LoadResult(book: book, diagnostics: diagnostics, keptFiles: parsed.count { $0.kept != nil })
    }

    /// The paths of every file `load` reads, in the order it reads them: `phrasebook.xml`, `taboos.xml` when
    /// there is one, `situations/*.xml` by name, the review history when there is one.
    func files() throws(PhrasebookError) -> [String] {
        try listing().files
    }

    /// The content files of `folder` other than its situations, as the loader names them, whether they are there
    /// or not: `phrasebook.xml`, the taboos and the review history.
    static func bookFiles(in folder: String) -> [String] {
        let loader = ContentLoader(folder: folder)
        return ["phrasebook.xml", "taboos.xml", ReviewHistory.fileName].map(loader.path)
    }

    private func listing() throws(PhrasebookError) -> (files: [String], hasTaboos: Bool, hasHistory: Bool) {
        let bookPath = path("phrasebook.xml")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: bookPath, isDirectory: &isDirectory), !isDirectory.boolValue else {
            let absolute = URL(fileURLWithPath: bookPath).standardizedFileURL.path
            throw .noContent(folder: folder, lookedFor: absolute)
        }
        let tabooPath = path("taboos.xml")
        let hasTaboos = FileManager.default.fileExists(atPath: tabooPath)
        let historyPath = path(ReviewHistory.fileName)
        let hasHistory = replaced[historyPath] != nil || FileManager.default.fileExists(atPath: historyPath)
        let files =
            [bookPath] + (hasTaboos ? [tabooPath] : []) + (try situationFiles()) + (hasHistory ? [historyPath] : [])
        return (files, hasTaboos, hasHistory)
    }

    /// The id a situation file's name gives it: the name without `.xml`.
    static func fileID(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
    }

    /// `situations` without the copies of a situation file (`lost-bag copy.xml`, as a file manager names a
    /// duplicate, holding `id="lost-bag"` as `lost-bag.xml` does): each is one error at its root, and is not
    /// read further, where it would make every id it holds a duplicate of the original's, reported on the original.
    static func withoutCopies(_ situations: [Situation], _ diagnostics: inout [Diagnostic]) -> [Situation] {
        var copies: Set<String> = []
        for (id, group) in Dictionary(grouping: situations, by: \.id) where group.count > 1 {
            guard let original = group.first(where: { fileID($0.file) == id }) else { continue }
            for copy in group where copy.file != original.file {
                copies.insert(copy.file)
                diagnostics.append(
                    Diagnostic(
                        .error, "duplicate-id",
                        "situation '\(id)' is also in \(original.location.file), which is named for it: this file "
                            + "looks like a copy of it; remove it, or give it an id of its own and name the file "
                            + "for it (nothing else in it was checked)",
                        at: copy.location))
            }
        }
        return copies.isEmpty ? situations : situations.filter { !copies.contains($0.file) }
    }

    /// The path of `relative` beneath the folder.
    func path(_ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    private func situationFiles() throws(PhrasebookError) -> [String] {
        let directory = path("situations")
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }
                .sorted()
                .map { directory + "/" + $0 }
        } catch {
            throw .unreadableFile(path: directory, reason: error.localizedDescription)
        }
    }
}
