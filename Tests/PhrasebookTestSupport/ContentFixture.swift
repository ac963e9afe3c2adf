import Foundation
import PhrasebookKit

/// A content folder built from strings in a temporary directory: `phrasebook.xml`, situation files and
/// `taboos.xml`. Tests describe only what they are about; the default book supplies the rest.
///
/// ```swift
/// let fixture = ContentFixture(situations: ["greet": ContentFixture.situation("greet", phrases: """
///     <phrase id="greet-hello"><zh>您好。</zh><ko>안녕하세요.</ko><en>Hello.</en></phrase>
///     """)])
/// let diagnostics = try fixture.check()          // writes, checks, removes
/// let folder = try fixture.write()               // or keep the folder (removed when the test run ends) …
/// defer { ContentFixture.remove(folder) }        // … or remove it yourself
/// ```
public struct ContentFixture: Sendable {
    /// Situation files by id (`situations/<id>.xml`), whole XML documents.
    public var situations: [String: String]
    /// `taboos.xml`, or `nil` for none.
    public var taboos: String?
    /// `phrasebook.xml`; `nil` means `ContentFixture.book(chapters:)` listing every situation in one chapter.
    public var book: String?
    /// Further files by relative path, as bytes: broken encodings, stray files.
    public var extraFiles: [String: [UInt8]]

    /// Creates a fixture.
    public init(
        situations: [String: String], taboos: String? = nil, book: String? = nil, extraFiles: [String: [UInt8]] = [:]
    ) {
        self.situations = situations
        self.taboos = taboos
        self.book = book
        self.extraFiles = extraFiles
    }

    /// Writes the folder to a new scratch folder (``TestPaths/scratch()``) and returns its path; remove it with
    /// `remove(_:)` when done, or leave it to the end of the test run.
    public func write() throws -> String {
        let folder = TestPaths.scratch() + "/Content"
        try FileManager.default.createDirectory(atPath: folder + "/situations", withIntermediateDirectories: true)
        try Self.save(
            Array((book ?? Self.book(situations: situations.keys.sorted())).utf8), to: folder + "/phrasebook.xml")
        for (id, text) in situations {
            try Self.save(Array(text.utf8), to: folder + "/situations/\(id).xml")
        }
        if let taboos { try Self.save(Array(taboos.utf8), to: folder + "/taboos.xml") }
        for (path, bytes) in extraFiles {
            try Self.save(bytes, to: folder + "/" + path)
        }
        return folder
    }

    /// Removes a folder made by `write()`, with the scratch folder around it.
    public static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }

    /// Writes the folder, runs `body` on its path, and removes it again.
    public func withFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = try write()
        defer { Self.remove(folder) }
        return try body(folder)
    }

    /// Loads and checks the folder the way `phrasebook check` does: every diagnostic, silenced ones removed.
    public func check() throws -> [Diagnostic] {
        try withFolder { folder in
            try Pipeline(contentFolder: folder, templatesFolder: folder, outputFolder: folder + "/Output").check()
                .diagnostics
        }
    }

    private static func save(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

extension ContentFixture {
    /// The default `phrasebook.xml`: zh (source), ko, en; roles `hotline-agent` and `counter-clerk`, channels
    /// `phone` and `counter`, categories `greeting` and `apology`, variable `{company}`, slot `{surname}`, and one
    /// chapter `main` listing `situations` in order. `chapters` replaces the table of contents (the `<chapter>`
    /// elements) when given.
    public static func book(situations: [String], chapters: String? = nil) -> String {
        let toc =
            chapters ?? """
                    <chapter id="main">
                      <title><zh>主要</zh><ko>주요</ko><en>Main</en></title>
                \(situations.map { "      <situation ref=\"\($0)\"/>" }.joined(separator: "\n"))
                    </chapter>
                """
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <phrasebook version="1">
              <title><zh>客户服务规范用语手册</zh><ko>고객 응대 표준 문구집</ko><en>Customer Service Phrasebook</en></title>
              <languages source="zh">
                <language code="zh" tag="zh-Hans" name="中文"/>
                <language code="ko" tag="ko" name="한국어"/>
                <language code="en" tag="en" name="English"/>
              </languages>
              <roles>
                <role id="hotline-agent"><zh>客服代表</zh><ko>상담원</ko><en>Hotline agent</en></role>
                <role id="counter-clerk"><zh>营业员</zh><ko>창구 직원</ko><en>Counter clerk</en></role>
              </roles>
              <channels>
                <channel id="phone"><zh>电话</zh><ko>전화</ko><en>Phone</en></channel>
                <channel id="counter"><zh>营业厅</zh><ko>창구</ko><en>Counter</en></channel>
              </channels>
              <categories>
                <category id="greeting"><zh>问候语</zh><ko>인사말</ko><en>Greeting</en></category>
                <category id="apology"><zh>抱歉语</zh><ko>사과</ko><en>Apology</en></category>
              </categories>
              <placeholders>
                <variable name="company"><zh>XX公司</zh><ko>XX사</ko><en>XX Company</en></variable>
                <slot name="surname"><zh>姓</zh><ko>성</ko><en>surname</en></slot>
              </placeholders>
              <chapters>
            \(toc)
              </chapters>
            </phrasebook>
            """
    }

    /// A situation file with `id`, a title, the given attributes (`roles="…" check-ignore="…"`) and `body`
    /// (phrases, steps, dialogues) as written.
    public static func situation(_ id: String, attributes: String = "", body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <situation id="\(id)"\(attributes.isEmpty ? "" : " " + attributes)>
          <title><zh>情景\(id)</zh><ko>상황 \(id)</ko><en>Situation \(id)</en></title>
        \(body)
        </situation>
        """
    }

    /// One phrase: `<phrase id=… attributes><zh>…</zh><ko>…</ko><en>…</en>extra</phrase>`; a `nil` language is
    /// left out. `extra` (notes, avoids) follows the renderings; for renderings with attributes, write the phrase
    /// out in full instead.
    public static func phrase(
        _ id: String, zh: String, ko: String? = nil, en: String? = nil, attributes: String = "", extra: String = ""
    ) -> String {
        let parts = [("zh", Optional(zh)), ("ko", ko), ("en", en)].compactMap { language, text in
            text.map { "<\(language)>\($0)</\(language)>" }
        }
        return "  <phrase id=\"\(id)\"\(attributes.isEmpty ? "" : " " + attributes)>\(parts.joined())\(extra)</phrase>"
    }

    /// A situation holding one phrase per `(id, zh, ko, en)`: the shortest way to check phrase texts.
    public static func phrases(_ id: String = "sample", _ phrases: [(id: String, zh: String, ko: String, en: String)])
        -> ContentFixture
    {
        ContentFixture(situations: [
            id: situation(
                id, body: phrases.map { phrase($0.id, zh: $0.zh, ko: $0.ko, en: $0.en) }.joined(separator: "\n"))
        ])
    }

    /// A taboos.xml holding `body` (`<taboo>` elements) as written.
    public static func taboos(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <taboos>
        \(body)
        </taboos>
        """
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics with `code`.
    public func with(_ code: String) -> [Diagnostic] { filter { $0.code == code } }

    /// Every code reported, each once.
    public var codes: Set<String> { Set(map(\.code)) }
}
