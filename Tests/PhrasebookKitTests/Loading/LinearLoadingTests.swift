import Foundation
import Testing

@testable import PhrasebookKit

/// Loading costs what the bytes cost, however they are laid out: each test counts the work of two input sizes
/// or layouts (``WorkCount``) rather than timing them.
@Suite("Loading in linear time")
struct LinearLoadingTests {
    /// A situation of `count` phrases, on one line when `minified`, else one phrase a line.
    static func situation(phrases count: Int, minified: Bool) -> [UInt8] {
        let phrases = (0..<count).map { index in
            "<phrase id=\"p-\(index)\" category=\"greeting\" card=\"true\"><zh>您好，欢迎光临\(index)。</zh>"
                + "<ko>안녕하세요 \(index).</ko><en>Hello \(index).</en></phrase>"
        }
        let body = phrases.joined(separator: minified ? "" : "\n  ")
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(minified ? "" : "\n")<situation id=\"s\">"
            + "<title><zh>情景</zh><ko>상황</ko><en>Situation</en></title>\(minified ? "" : "\n  ")\(body)</situation>"
        return Array(text.utf8)
    }

    static func parse(_ bytes: [UInt8]) throws -> (root: XMLElement?, diagnostics: [Diagnostic], work: Int) {
        let parser = XMLFileParser(schema: try RelaxNGSchema())
        var result: (root: XMLElement?, diagnostics: [Diagnostic], refused: XMLElement?)?
        let work = WorkCount.counting { result = parser.parse(bytes, file: "s.xml") }
        let parsed = try #require(result)
        return (parsed.root, parsed.diagnostics, work)
    }

    @Test("A minified file's locations cost what the same bytes with line breaks cost, and stay exact")
    func minifiedFile() throws {
        let minified = try Self.parse(Self.situation(phrases: 4000, minified: true))
        let broken = try Self.parse(Self.situation(phrases: 4000, minified: false))
        #expect(minified.diagnostics.isEmpty && broken.diagnostics.isEmpty)
        // Each element and attribute's location reads at most two strides of bytes: 4000 phrases have
        // 16,000 elements and 12,000 attributes. Counting from the line start would read about 12 GB.
        let bound = 2 * SourceMap.checkpointStride * 30_000
        #expect(minified.work < bound)
        #expect(broken.work < bound)
        let root = try #require(minified.root)
        let last = try #require(root.children.last)
        let text = String(decoding: Self.situation(phrases: 4000, minified: true), as: UTF8.self)
        let prefix = try #require(text.range(of: "<phrase id=\"p-3999\""))
        #expect(last.location.line == 1)
        #expect(last.location.column == text[..<prefix.lowerBound].unicodeScalars.count + 1)
        let category = try #require(last.attribute("category"))
        #expect(category.location.column == last.location.column + "<phrase id=\"p-3999\" ".count)
    }

    @Test("Work grows in proportion to a minified file's size")
    func linearInSize() throws {
        let small = try Self.parse(Self.situation(phrases: 1000, minified: true)).work
        let large = try Self.parse(Self.situation(phrases: 4000, minified: true)).work
        #expect(large <= small * 5, "1000 phrases: \(small), 4000 phrases: \(large)")
    }

    @Test("Each attribute is found in one step, in a tag with as many attributes as allowed")
    func attributesPairedInOrder() throws {
        let count = LoaderLimits.attributesPerElement
        let attributes = (0..<count).map { " a\($0)=\"v\"" }.joined()
        let bytes = Array("<situation\(attributes)/>".utf8)
        let map = SourceMap(bytes: bytes, file: "s.xml")
        let written = map.attributeNames(ofTag: 0)
        #expect(written.count == count)
        let last = try #require(written.last)
        #expect(String(decoding: bytes[last], as: UTF8.self) == "a\(count - 1)")
        let name = Array("a\(count - 1)".utf8CString).map { UInt8(bitPattern: $0) }
        let offset = try #require(
            name.withUnsafeBufferPointer { map.offset(ofAttribute: $0.baseAddress!, index: count - 1, in: written) })
        #expect(offset == last.lowerBound)
        #expect(map.location(ofByte: offset).column == bytes.count - 5 - "a\(count - 1)".count)
    }

    @Test("A tag with 10,000 attributes is refused before libxml2 reads it, naming the count")
    func tooManyAttributes() throws {
        let attributes = (0..<10_000).map { " a\($0)=\"v\"" }.joined()
        let parsed = try Self.parse(Array("<?xml version=\"1.0\"?>\n<situation id=\"s\"\(attributes)/>".utf8))
        let diagnostic = try #require(parsed.diagnostics.first)
        #expect(parsed.root == nil)
        #expect(diagnostic.code == "too-large" && diagnostic.severity == .error)
        #expect(diagnostic.message.contains("10001 attributes"))
        #expect(diagnostic.location.line == 2 && diagnostic.location.column == 1)
    }

    @Test("A file larger than the limit is refused without being parsed")
    func fileTooLarge() throws {
        let bytes = Array("<situation id=\"s\">".utf8) + [UInt8](repeating: 0x20, count: LoaderLimits.fileBytes)
        let parsed = try Self.parse(bytes)
        #expect(parsed.root == nil)
        #expect(parsed.diagnostics.map(\.code) == ["too-large"])
        #expect(parsed.diagnostics.first?.message.contains("\(bytes.count) bytes") == true)
        #expect(parsed.work == 0)
    }

    @Test("A file larger than the limit is refused by the loader, on the file, and nothing else is said of it")
    func loaderRefusesLargeFile() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let handle = try #require(FileHandle(forWritingAtPath: folder + "/taboos.xml"))
        try handle.truncate(atOffset: UInt64(LoaderLimits.fileBytes + 1))  // sparse: nothing is written
        try handle.close()
        let diagnostics = try ContentLoader(folder: folder).load().diagnostics
        #expect(diagnostics.map(\.code) == ["too-large"])
        #expect(diagnostics.first?.location.file.hasSuffix("taboos.xml") == true)
    }

    @Test("A text longer than the limit is refused, naming its element and size")
    func textTooLong() throws {
        let long = String(repeating: "您好", count: LoaderLimits.textBytes / 6 + 1)
        let text =
            "<situation id=\"s\"><title><zh>情景</zh></title>\n<phrase id=\"p\"><zh>\(long)</zh></phrase></situation>"
        let parsed = try Self.parse(Array(text.utf8))
        let diagnostic = try #require(parsed.diagnostics.first)
        #expect(parsed.root == nil)
        #expect(diagnostic.code == "too-large")
        #expect(diagnostic.message.contains("<zh>") && diagnostic.message.contains("\(long.utf8.count) bytes"))
        #expect(diagnostic.location.line == 2 && diagnostic.location.column == 16)
    }
}
