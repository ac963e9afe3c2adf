import Foundation
import Testing

@testable import PhrasebookKit

/// Documentation/Templates.md, the shipped templates and the renderers' contexts agree: every name a template
/// reads is a key its renderer gives it and is documented; every key a renderer gives is documented; every key
/// a table of Templates.md lists is given; every template file is named, and every named template exists.
/// The contexts are those of the shipped book, every page and role rendered.
@Suite("Templates.md lists what the templates can read")
struct TemplateKeysTests {
    static let document = Result { try TemplatesDocument(path: TestPaths.repository + "/Documentation/Templates.md") }

    /// The keys each format's renderer gives, rendering the shipped book once per format.
    static let given: [OutputFormat: Result<Set<String>, any Error>] = Dictionary(
        uniqueKeysWithValues: OutputFormat.allCases.map { format in
            (format, Result { try ContextKeys.provided(by: format, rendering: try ShippedContent.book.get()) })
        })

    static func provided(_ format: OutputFormat) throws -> Set<String> {
        try #require(given[format]).get()
    }

    static func templates(_ format: OutputFormat) throws -> [String: TemplateTags] {
        let folder = TestPaths.templates + "/" + format.folder
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        return try Dictionary(
            uniqueKeysWithValues: files.map { file in
                (
                    String(file.dropLast(".mustache".count)),
                    TemplateTags(try String(contentsOfFile: folder + "/" + file, encoding: .utf8))
                )
            })
    }

    /// The keys among the parts of `name`, and the interface word ids (`ui.search` gives `ui`, and `search` as an
    /// id).
    static func keys(of name: String) -> (keys: [String], words: [String]) {
        let parts = name.split(separator: ".").map(String.init)
        if let first = parts.first, ContextKeys.interfaceWordMaps.contains(first) {
            return ([first], Array(parts.dropFirst()))
        }
        return (parts, [])
    }

    @Test(
        "Every name a template reads is a key its renderer gives and Templates.md documents",
        arguments: OutputFormat.allCases)
    func namesAreGivenAndDocumented(_ format: OutputFormat) throws {
        let provided = try Self.provided(format)
        let documented = TemplatesDocument.mentions(in: try Self.document.get().lines(for: format.folder))
        var problems: [String] = []
        for (template, tags) in try Self.templates(format).sorted(by: { $0.key < $1.key }) {
            for name in tags.names.sorted() {
                let (keys, words) = Self.keys(of: name)
                let place = "\(format.folder)/\(template).mustache, '\(name)'"
                for key in keys where !provided.contains(key) { problems.append("\(place): no context gives '\(key)'") }
                for key in keys where !documented.contains(key) {
                    problems.append("\(place): Templates.md never names '\(key)'")
                }
                for word in words where !InterfaceWords.ids.contains(word) {
                    problems.append("\(place): no interface word '\(word)'")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("Every key a renderer gives is documented in Templates.md", arguments: OutputFormat.allCases)
    func givenKeysAreDocumented(_ format: OutputFormat) throws {
        let documented = TemplatesDocument.mentions(in: try Self.document.get().lines(for: format.folder))
        let undocumented = try Self.provided(format).subtracting(documented)
        #expect(undocumented.isEmpty, "\(format.folder): keys given but not in Templates.md: \(undocumented.sorted())")
    }

    @Test("Every key Templates.md lists in a table is given by the renderer", arguments: OutputFormat.allCases)
    func documentedKeysAreGiven(_ format: OutputFormat) throws {
        let listed = TemplatesDocument.tableKeys(in: try Self.document.get().lines(for: format.folder))
        let missing = listed.subtracting(try Self.provided(format))
        #expect(missing.isEmpty, "\(format.folder): Templates.md lists keys no context gives: \(missing.sorted())")
    }

    @Test(
        "Templates.md names every template of a format, and each one it names exists", arguments: OutputFormat.allCases)
    func templatesAreDocumented(_ format: OutputFormat) throws {
        let documented = TemplatesDocument.templates(in: try Self.document.get().section(of: format.folder))
        let templates = try Self.templates(format)
        let files = Set(templates.keys)
        #expect(
            files.subtracting(documented).isEmpty,
            "\(format.folder): templates not in Templates.md: \(files.subtracting(documented).sorted())")
        #expect(
            documented.subtracting(files).isEmpty,
            "\(format.folder): Templates.md names templates that do not exist: \(documented.subtracting(files).sorted())"
        )
        let included = templates.values.reduce(into: Set<String>()) { $0.formUnion($1.partials) }
        #expect(
            included.subtracting(files).isEmpty,
            "\(format.folder): partials that do not exist: \(included.subtracting(files).sorted())")
    }

    @Test("The document parser reads keys, dotted names and tables")
    func parserReadsTheDocument() {
        #expect(TemplatesDocument.names(in: "{{{situation.body}}}") == ["situation", "body"])
        #expect(TemplatesDocument.names(in: "chapters[].situations[]") == ["chapters", "situations"])
        #expect(TemplatesDocument.names(in: "zh-Hans").isEmpty)
        #expect(TemplatesDocument.names(in: "{{#ui.<id>}}").isEmpty)
        let table = ["| key | value |", "|---|---|", "| `a`, `b.c` | `d` |", "", "`e`"][...]
        #expect(TemplatesDocument.tableKeys(in: table) == ["a", "b", "c"])
        #expect(TemplatesDocument.mentions(in: table) == ["a", "b", "c", "d", "e"])
        #expect(TemplateTags("{{#a.b}}{{{c}}}{{>p}}{{! x }}{{^d}}{{.}}{{/a.b}}").names == ["a.b", "c", "d"])
    }
}
