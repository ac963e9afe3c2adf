import Foundation

/// The inputs the fuzzer starts from, held in memory: the shipped `phrasebook.xml`, `taboos.xml`, situation
/// files and templates. Each iteration writes a small book made of them, one file mutated, into a scratch folder.
struct Corpus {
    let book: String
    let taboos: [UInt8]
    /// Situation files by id.
    let situations: [(id: String, bytes: [UInt8])]
    /// Template files by path relative to the templates folder (`html/page.mustache`).
    let templates: [(path: String, bytes: [UInt8])]

    /// Reads the content and templates folders.
    init(content: String, templates: String) throws {
        book = try String(contentsOfFile: content + "/phrasebook.xml", encoding: .utf8)
        taboos = Array(try Data(contentsOf: URL(fileURLWithPath: content + "/taboos.xml")))
        let names = try FileManager.default.contentsOfDirectory(atPath: content + "/situations")
            .filter { $0.hasSuffix(".xml") }.sorted()
        situations = try names.map { name in
            (
                String(name.dropLast(4)),
                Array(try Data(contentsOf: URL(fileURLWithPath: content + "/situations/" + name)))
            )
        }
        let files = FileManager.default.enumerator(atPath: templates)?.compactMap { $0 as? String } ?? []
        self.templates = try files.filter { $0.hasSuffix(".mustache") }.sorted().map { path in
            (path, Array(try Data(contentsOf: URL(fileURLWithPath: templates + "/" + path))))
        }
    }

    /// `phrasebook.xml` with one chapter listing exactly `ids`, so that a book of a few situations is complete.
    func book(listing ids: [String]) -> String {
        guard let start = book.range(of: "<chapters>"), let end = book.range(of: "</chapters>") else { return book }
        let refs = ids.map { "<situation ref=\"\($0)\"/>" }.joined()
        return book[..<start.upperBound] + "<chapter id=\"fuzz\"><title><zh>测试</zh><ko>시험</ko><en>Fuzz</en></title>"
            + refs + "</chapter>" + book[end.lowerBound...]
    }
}
