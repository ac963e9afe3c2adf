import Foundation
import Mustache

/// The Mustache templates of one output format, read from `<templates>/<format>/*.mustache`. Every template's
/// syntax, partials and names are checked, so a broken template is an error naming the file, never a page with
/// silent holes.
public struct TemplateSet: Sendable {
    /// The folder the templates were read from.
    public let folder: String
    /// What renders the templates.
    private enum Engine: Sendable {
        /// The templates compiled (``CompiledTemplates``).
        case compiled(CompiledTemplates)
        /// swift-mustache, for a set with a tag the compiler leaves to it.
        case swiftMustache(MustacheLibrary)
    }
    private var engine: Engine
    private let sources: [String: String]
    /// The templates' names, sorted: the nesting guard numbers them in this order (``PartialNesting``).
    private let templateNames: [String]
    /// The dotted names (`situation.body`) of all the templates, checked member by member (``StrictContext``).
    private let dottedNames: DottedNames
    /// The SHA-256 of every template file read, by path: what a build records it read (`BuildState`).
    let digests: [String: String]
    /// Why the set renders through swift-mustache instead of compiled: a note at the first tag the compiler
    /// leaves to it (``CompiledTemplates``); `nil` for a compiled set.
    let notCompiled: Diagnostic?

    /// The paths of the `*.mustache` files of `folder`, sorted: the files `init` reads. Hidden files (an editor's
    /// lock or backup, `.#page.mustache`) are left out.
    static func files(in folder: String) throws(PhrasebookError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }
                .sorted().map { folder + "/" + $0 }
        } catch {
            throw .missingFolder(folder)
        }
    }
    /// Sees every context a template is rendered with (its name, its keys, the shared keys): tests compare the
    /// keys with Documentation/Templates.md.
    var observer: (@Sendable (_ template: String, _ context: Any, _ shared: Any) -> Void)?

    /// The sets parsed last, by folder, required names and the files' digests: a process that builds again
    /// and again (`phrasebook serve`) parses a folder's templates again only when a file changed.
    private static let parsed = Locked<[(key: String, set: TemplateSet)]>([])
    /// How many parsed sets are kept.
    private static let parsedLimit = 8

    /// Reads every `*.mustache` file of `folder`; `required` names must be among them. Files with the same
    /// bytes as at a previous read in this process are not parsed again.
    public init(folder: String, required: [String]) throws(PhrasebookError) {
        let paths = try Self.files(in: folder)
        var texts: [String] = []
        var digests: [String: String] = [:]
        for path in paths {
            let bytes: [UInt8]
            switch ContentFileBytes.read(path, limit: .max) {
            case .bytes(let read): bytes = read
            case .unreadable(let reason): throw .unreadableFile(path: path, reason: reason)
            case .tooLarge: throw .unreadableFile(path: path, reason: "it is too large")
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw .unreadableFile(path: path, reason: "it is not UTF-8: save it as UTF-8")
            }
            digests[path] = FileDigest.of(bytes)
            texts.append(text)
        }
        let key = ([folder, required.joined(separator: " ")] + paths.map { "\($0) \(digests[$0] ?? "")" })
            .joined(separator: "\n")
        if let known = Self.parsed.withLock({ $0.first { $0.key == key }?.set }) {
            self = known
            return
        }
        try self.init(folder: folder, required: required, paths: paths, texts: texts, digests: digests)
        let made = self
        Self.parsed.withLock { parsed in
            parsed.append((key, made))
            if parsed.count > Self.parsedLimit { parsed.removeFirst() }
        }
    }

    /// Parses and checks `texts`, read from `paths` of `folder`.
    private init(
        folder: String, required: [String], paths: [String], texts: [String], digests: [String: String]
    ) throws(PhrasebookError) {
        self.folder = folder
        var sources: [String: String] = [:]
        let names = paths.map { String(($0 as NSString).lastPathComponent.dropLast(".mustache".count)) }
        var parsed: [MustacheTemplate?] = []
        for (index, path) in paths.enumerated() {
            let text = texts[index]
            let name = names[index]
            parsed.append(try Self.parsedForErrors(text, path: path))
            if let offset = Self.delimiterChange(in: text) {
                let (line, column) = Self.lineAndColumn(of: offset, in: text)
                throw .brokenTemplate(
                    path: path, line: line, column: column,
                    reason: "changing the tag delimiters ({{=…=}}) is not supported: the build follows partials and "
                        + "names written between {{ and }}")
            }
            if let (offset, scalar) = Self.reservedCharacter(in: text) {
                let (line, column) = Self.lineAndColumn(of: offset, in: text)
                throw .brokenTemplate(
                    path: path, line: line, column: column,
                    reason: "the noncharacter U+\(String(scalar.value, radix: 16, uppercase: true)) cannot be in a "
                        + "template: phrasebook reserves U+FDD0–U+FDEF to mark places in a page while it renders (the "
                        + "edition stamp's placeholder, the handbooks' bodies), and HTML forbids them; delete it")
            }
            sources[name] = text
        }
        // A template that can include itself is rendered inside the nesting guard (PartialNesting); parsed bare
        // above, so that errors are placed in the file as written.
        let recursive = Self.recursiveTemplates(in: sources)
        let rendered = names.enumerated().map { index, name in
            (
                name: name,
                text: recursive.contains(name) ? PartialNesting.wrap(texts[index], index: index) : texts[index]
            )
        }
        for name in required where sources[name] == nil {
            throw .missingTemplate(path: folder + "/" + name + ".mustache")
        }
        for (name, text) in sources {
            for (partial, offset) in Self.partialReferences(in: text) where sources[partial] == nil {
                let (line, column) = Self.lineAndColumn(of: offset, in: text)
                throw .brokenTemplate(
                    path: folder + "/" + name + ".mustache", line: line, column: column,
                    reason: "partial '\(partial)' does not exist (no \(partial).mustache in \(folder))")
            }
        }
        if let cycle = Self.partialCycle(in: sources) {
            throw Self.cycleError(cycle, sources: sources, folder: folder)
        }
        do {
            engine = .compiled(try CompiledTemplates(rendered))
            notCompiled = nil
        } catch {
            engine = .swiftMustache(try Self.library(rendered, parsed: parsed, paths: paths, recursive: recursive))
            let index = names.firstIndex(of: error.template) ?? 0
            // A template that can include itself was compiled inside its nesting guard: offsets past its opening.
            let guarded = recursive.contains(error.template) ? PartialNesting.opening(index: index).utf8.count : 0
            notCompiled = Self.notCompiledNote(
                error.what, at: max(0, error.offset - guarded), in: texts[index], path: paths[index])
        }
        self.sources = sources
        templateNames = names
        self.digests = digests
        dottedNames = DottedNames(sources.values.reduce(into: []) { $0.formUnion(StrictContext.dottedNames(in: $1)) })
    }

    /// `text`, the template at `path`, parsed by swift-mustache for its syntax errors, which are thrown located
    /// (``syntaxError(_:in:path:)``); `nil`, and not parsed, when the compiler parses it and swift-mustache would
    /// read its tags alike (``MustacheParser/readsAlikeBySwiftMustache(_:)``): swift-mustache then finds no error.
    private static func parsedForErrors(_ text: String, path: String) throws(PhrasebookError) -> MustacheTemplate? {
        if MustacheParser.readsAlikeBySwiftMustache(text), (try? MustacheParser.parse(text, numbers: [:])) != nil {
            return nil
        }
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw syntaxError(error, in: text, path: path)
        } catch {
            throw .brokenTemplate(path: path, line: 1, column: 1, reason: "\(error)")
        }
    }

    /// The character offset and the scalar of the first of U+FDD0–U+FDEF in `text`: the noncharacters the renderers
    /// mark places with (``Edition/placeholder``, ``HandbookSplice/marker(_:)``); `nil` when it has none.
    private static func reservedCharacter(in text: String) -> (Int, Unicode.Scalar)? {
        // U+FDD0–U+FDEF are EF B7 90–EF B7 AF in UTF-8: a text without that lead has none, and most have none.
        guard text.utf8.contains(0xEF) else { return nil }
        for (offset, character) in text.enumerated() {
            if let scalar = character.unicodeScalars.first(where: { (0xFDD0...0xFDEF).contains($0.value) }) {
                return (offset, scalar)
            }
        }
        return nil
    }

    /// The code of the note for a set rendered by swift-mustache instead of compiled (``RenderRules``).
    static let notCompiledCode = "template-not-compiled"

    /// The note for the tag `what` at UTF-8 `offset` of `text`, the template at `path`, which the compiler leaves
    /// to swift-mustache.
    private static func notCompiledNote(_ what: String, at offset: Int, in text: String, path: String) -> Diagnostic {
        // The tag may start inside a character (a brace joined with the one before it): counted in the text before.
        let before = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        let (line, column) = lineAndColumn(of: before.count, in: before)
        let format = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        return Diagnostic(
            .note, notCompiledCode,
            "\(what) is left to swift-mustache, so every \(format) template renders through it: the same pages, "
                + "about three times as slow as compiled templates; write it with partials and sections for the "
                + "compiled speed (Documentation/Templates.md, \"Which Mustache\")",
            at: SourceLocation(file: path, line: line, column: column))
    }

    /// swift-mustache's library of `rendered`: the templates `parsed` as written (parsed now where they were not
    /// for their errors), those that can include themselves parsed again in their nesting guard.
    private static func library(
        _ rendered: [(name: String, text: String)], parsed: [MustacheTemplate?], paths: [String],
        recursive: Set<String>
    ) throws(PhrasebookError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (index, template) in rendered.enumerated() {
            if !recursive.contains(template.name), let parsed = parsed[index] {
                library.register(parsed, named: template.name)
                continue
            }
            do {
                library.register(try MustacheTemplate(string: template.text), named: template.name)
            } catch {
                throw .internalFailure(
                    "\(paths[index]): swift-mustache cannot parse a template the compiler reads (in its nesting guard "
                        + "if it can include itself): \(error)")
            }
        }
        return library
    }

    /// The digests of the files of the templates `names` and of every partial they include, directly or through
    /// other partials, by path: what a page rendered by those templates reads of the folder.
    func digests(reachableFrom names: [String]) -> [String: String] {
        let reached = Self.templates(reachableFrom: names, in: sources)
        return digests.filter { path, _ in
            reached.contains(String((path as NSString).lastPathComponent.dropLast(".mustache".count)))
        }
    }

    /// The same set with every `{{name}}` and `{{{name}}}` of `names` taken out (``CompiledTemplates/withoutVariables(_:)``):
    /// for a render in which each is empty wherever it is looked up. A set rendered by swift-mustache is kept as
    /// it is.
    func withoutVariables(_ names: Set<String>) -> TemplateSet {
        guard case .compiled(let templates) = engine else { return self }
        var set = self
        set.engine = .compiled(templates.withoutVariables(names))
        return set
    }

    /// Renders template `name` with `context`, names it lacks looked up in `shared`; throws when the template
    /// uses a name neither has.
    public func render(_ name: String, _ context: [String: Any], over shared: [String: Any] = [:])
        throws(PhrasebookError) -> String
    {
        try render(name, context: context, over: shared)
    }

    /// Renders template `name` with a typed context (``TemplateContext``) or a dictionary, names it lacks looked
    /// up in `shared`; throws when the template uses a name neither has.
    func render(_ name: String, context: any MustacheParent, over shared: any MustacheParent)
        throws(PhrasebookError) -> String
    {
        observer?(name, context, shared)
        let root = StrictContext(context, over: shared, dottedNames: dottedNames, templateCount: templateNames.count)
        let rendered: String? =
            switch engine {
            case .compiled(let templates): templates.render(name, root: root)
            case .swiftMustache(let library): library.render(root, withTemplate: name)
            }
        guard let output = rendered else {
            throw .missingTemplate(path: folder + "/" + name + ".mustache")
        }
        if let overflow = root.nestingOverflow {
            throw Self.nestingError(overflow.map { templateNames[$0] }, sources: sources, folder: folder)
        }
        if let unknown = root.misses.first {
            throw unknownName(unknown, rendering: name)
        }
        return output
    }

    /// The error for a name no context level provides, at its first use: in the template being rendered, else
    /// in the partials it includes (nearest first), else anywhere.
    private func unknownName(_ unknown: String, rendering name: String) -> PhrasebookError {
        for template in searchOrder(from: name) {
            guard let text = sources[template] else { continue }
            if let range = Self.tagRange(naming: unknown, in: text) {
                let (line, column) = Self.lineAndColumn(
                    of: text.distance(from: text.startIndex, to: range.lowerBound), in: text)
                return .brokenTemplate(
                    path: folder + "/" + template + ".mustache", line: line, column: column,
                    reason:
                        "unknown name '\(unknown)': the renderer provides no such value (see Documentation/Templates.md)"
                )
            }
        }
        return .brokenTemplate(
            path: folder + "/" + name + ".mustache", line: 1, column: 1, reason: "unknown name '\(unknown)'")
    }

    /// `name`, the partials it includes breadth first, then every other template by name.
    private func searchOrder(from name: String) -> [String] {
        var order = [name]
        var index = 0
        while index < order.count {
            for (partial, _) in Self.partialReferences(in: sources[order[index]] ?? "") where !order.contains(partial) {
                order.append(partial)
            }
            index += 1
        }
        return order + sources.keys.sorted().filter { !order.contains($0) }
    }

    private static func tagRange(naming name: String, in text: String) -> Range<String.Index>? {
        for sigil in ["", "#", "^", "{", "&", "/"] {
            for space in ["", " "] {
                if let range = text.range(of: "{{" + sigil + space + name) { return range }
            }
        }
        return nil
    }

    /// `names` and every template of `sources` they include, directly or through other partials.
    static func templates(reachableFrom names: [String], in sources: [String: String]) -> Set<String> {
        templates(reachableFrom: names, including: { sources[$0].map { partialReferences(in: $0).map(\.0) } })
    }

    /// `names` and every template they include, directly or through others: `partials` gives the partials a
    /// template includes, `nil` for a name that is no template.
    static func templates(reachableFrom names: [String], including partials: (String) -> [String]?) -> Set<String> {
        var reached: Set<String> = []
        var next = names
        while let name = next.popLast() {
            guard reached.insert(name).inserted, let included = partials(name) else { continue }
            next += included
        }
        return reached
    }

    /// `{{>name}}` and `{{<name}}` references with their character offsets.
    static func partialReferences(in text: String) -> [(String, Int)] {
        partialInclusions(in: text).map { ($0.name, $0.offset) }
    }

    /// `{{>name}}` and `{{<name}}` references with their character offsets, and whether each is inside a
    /// `{{#section}}`, which pushes a value onto the context so that a recursion through it can end with the data.
    /// An inverted section (`{{^x}}`) pushes nothing: a partial including itself there sees the same context, and
    /// the same answer, every time.
    static func partialInclusions(in text: String) -> [(name: String, offset: Int, conditional: Bool)] {
        var inclusions: [(name: String, offset: Int, conditional: Bool)] = []
        var open: [Character] = []
        for (tag, start) in tags(in: text) {
            switch tag.first {
            case ">", "<":
                let name = tag.dropFirst().trimmingBlanks()
                inclusions.append((name, text.distance(from: text.startIndex, to: start), open.contains("#")))
                if tag.first == "<" { open.append("<") }
            case "#", "^", "$": open.append(tag.first!)
            case "/": _ = open.popLast()
            default: break
            }
        }
        return inclusions
    }

    /// The character offset of the first tag that changes the delimiters (`{{=<% %>=}}`), if any.
    static func delimiterChange(in text: String) -> Int? {
        tags(in: text).first { $0.tag.first == "=" }.map { text.distance(from: text.startIndex, to: $0.start) }
    }

    /// Every `{{…}}` tag of `text`: what is between the braces, trimmed, and where its `{{` starts.
    private static func tags(in text: String) -> [(tag: String, start: String.Index)] {
        MustacheTags.all(in: text).map { ($0.inner.trimmingBlanks(), $0.start) }
    }

    static func lineAndColumn(of offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
