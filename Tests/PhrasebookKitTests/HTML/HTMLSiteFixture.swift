import Foundation

@testable import PhrasebookKit

/// A small book built into a temporary site for the HTML tests: two roles, a phone-only situation (steps, a
/// slot, a cue, hostile text), a shared situation with search keywords in two of its languages, a phrase narrowed
/// to the counter and a branching dialogue, and a taboo. Built once per test with the repository's own `Templates`.
struct HTMLSiteFixture {
    /// The folder holding `html/`.
    let output: String
    /// The build's result.
    let result: Pipeline.BuildResult

    /// Text that must come out as text: markup, an entity-looking ampersand, quotes and a script URL.
    static let hostile = #"<script>alert("x")</script> & 'q' javascript:alert(1)"#

    static let content = ContentFixture(
        situations: [
            "phone-only": ContentFixture.situation(
                "phone-only", attributes: #"roles="hotline-agent" channels="phone""#,
                body: """
                      <when><zh>电话接通时。</zh><ko>전화가 연결되었을 때.</ko><en>When the call connects.</en></when>
                      <guideline><zh>保持微笑。</zh><ko>미소를 유지합니다.</ko><en>Keep smiling.</en></guideline>
                      <steps>
                        <phrase id="phone-hello" category="greeting" card="true">
                          <zh>您好↑，这里是{company}，请问是{surname}先生吗？</zh>
                          <ko>안녕하세요, {company}입니다. {surname} 고객님이십니까?</ko>
                          <en>Hello, this is {company}. Am I speaking to Mr {surname}?</en>
                          <note><zh>语调上扬。</zh><ko>끝을 올립니다.</ko><en>Let your voice rise.</en></note>
                        </phrase>
                        <phrase id="phone-sorry" category="apology">
                          <zh>对不起，让您久等了。</zh>
                          <ko>기다리게 해서 죄송합니다.</ko>
                          <en>Sorry to keep you waiting.</en>
                          <avoid>
                            <zh>等着吧。</zh><ko>기다리세요.</ko><en>\(escaped(hostile))</en>
                            <why><zh>不礼貌。</zh><ko>무례합니다.</ko><en>Rude &amp; curt.</en></why>
                          </avoid>
                        </phrase>
                      </steps>
                    """),
            "shared": ContentFixture.situation(
                "shared",
                body: """
                      <keywords><zh>进店，来访</zh><en>walk-in, visitor</en></keywords>
                      <phrase id="shared-any" category="greeting">
                        <zh>欢迎光临。</zh><ko>어서 오세요.</ko><en>Welcome.</en>
                      </phrase>
                      <phrase id="shared-counter" roles="counter-clerk" category="greeting">
                        <zh>请到这边来。</zh><ko>이쪽으로 오세요.</ko><en>This way, please.</en>
                      </phrase>
                      <dialogue id="shared-example">
                        <title><zh>示例</zh><ko>예시</ko><en>Example</en></title>
                        <turn speaker="agent" phrase="shared-any"/>
                        <turn speaker="customer"><zh>你好。</zh><ko>안녕하세요.</ko><en>Hi.</en></turn>
                        <branch>
                          <case>
                            <when><zh>客户要办业务</zh><ko>업무를 보려는 경우</ko><en>The customer has an errand</en></when>
                            <turn speaker="customer"><zh>我要交费。</zh><ko>요금을 내려고요.</ko><en>I'd like to pay.</en></turn>
                            <branch>
                              <case>
                                <when><zh>排队的人多</zh><ko>대기 인원이 많은 경우</ko><en>A long queue</en></when>
                                <turn speaker="customer"><zh>要等多久？</zh><ko>얼마나 기다려요?</ko><en>How long?</en></turn>
                              </case>
                            </branch>
                          </case>
                          <case>
                            <when><zh>客户只是看看</zh><ko>둘러보는 경우</ko><en>Just looking</en></when>
                            <turn speaker="customer"><zh>随便看看。</zh><ko>그냥 볼게요.</ko><en>Just looking.</en></turn>
                          </case>
                        </branch>
                      </dialogue>
                    """),
        ],
        taboos: ContentFixture.taboos(
            """
              <taboo id="taboo-wait">
                <zh>你等着吧。</zh><ko>기다리시든가요.</ko><en>\(escaped(hostile))</en>
                <why><zh>冷淡。</zh><ko>냉담합니다.</ko><en>Cold.</en></why>
                <instead phrase="phone-sorry"/>
              </taboo>
            """))

    /// Builds the fixture's HTML into a scratch folder.
    init() throws {
        let folder = try Self.content.write()
        output = TestPaths.scratch() + "/Output"
        result = try Pipeline(contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: output)
            .build(RenderOptions(formats: [.html]))
        ContentFixture.remove(folder)
    }

    /// The page at `path` under `html/`, parsed.
    func page(_ path: String) throws -> HTMLDocument {
        try HTMLDocument(path: output + "/html/" + path)
    }

    /// The raw text of a file under `html/`.
    func raw(_ path: String) throws -> String {
        try String(contentsOfFile: output + "/html/" + path, encoding: .utf8)
    }

    /// Every `.html` file under `html/`, relative paths.
    var pages: [String] {
        (FileManager.default.enumerator(atPath: output + "/html")?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
    }

    /// One file of the search data (`assets/search/NAME.js`, a call `phrasebookSearchLoaded("NAME", {…});`),
    /// its object decoded.
    func searchFile(_ name: String) throws -> [String: Any] {
        let script = try raw("assets/search/\(name).js")
        let prefix = "phrasebookSearchLoaded(\"\(name)\", "
        guard script.hasPrefix(prefix), script.hasSuffix(");\n") else { return [:] }
        let json = script.dropFirst(prefix.count).dropLast(3)
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
    }

    /// The search data decoded as the browser puts it together: the core's keys, `entries` in book order (each
    /// `kind`, `href`, `page`, `roles` when narrowed, `category` when it has one, `texts` per language), and
    /// `folded` (text id → its folded text, from every script's files, with the scripts it was found under).
    func searchData() throws -> [String: Any] {
        var data = try searchFile("core")
        let compact = Array((data["entries"] as? String ?? "").unicodeScalars).map { scalar in
            let value = Int(scalar.value) - 0x30
            return value > 0x2C ? value - 1 : value
        }
        let kinds = data["kinds"] as? [String] ?? []
        let roleSets = data["roleSets"] as? [Any] ?? []
        let chunk = data["chunk"] as? Int ?? 1
        let languages = (data["languages"] as? [Any] ?? []).count
        let shown = data["shown"] as? [String: String] ?? [:]
        var seen: [String: Int] = [:]
        var files: [String: [String]] = [:]
        var entries: [[String: Any]] = []
        for index in 0..<(data["count"] as? Int ?? 0) {
            let kind = kinds[compact[3 * index]]
            let rank = seen[kind, default: 0]
            seen[kind] = rank + 1
            // The kinds in the core (`shown`) are all in one string; the others in files of `chunk` entries.
            let inCore = shown[kind] != nil
            let name = inCore ? "shown-\(kind)" : "entries-\(kind)-\(rank / chunk)"
            if files[name] == nil {
                files[name] = (try shown[kind] ?? searchFile(name)["entries"] as? String ?? "")
                    .split(separator: "\u{FFFF}", omittingEmptySubsequences: false).map(String.init)
            }
            let file: [String] = files[name] ?? []
            let first: Int = (inCore ? rank : rank % chunk) * (2 + languages)
            let fields: [String] = Array(file[first..<(first + 2 + languages)])
            var entry: [String: Any] = ["kind": kind, "href": fields[0], "page": Int(fields[1]) ?? -1]
            entry["texts"] = Array(fields.dropFirst(2))
            if let roles = roleSets[compact[3 * index + 1]] as? [String] { entry["roles"] = roles }
            if compact[3 * index + 2] > 0 { entry["category"] = compact[3 * index + 2] - 1 }
            entries.append(entry)
        }
        data["entries"] = entries
        var folded: [Int: (text: String, scripts: [String])] = [:]
        for script in ["han", "hangul", "other"] {
            for piece in 0..<(data["pieces"] as? Int ?? 0) {
                let part = try searchFile("\(script)-\(piece)")
                let joined = part["texts"] as? String ?? ""
                let texts = joined.split(separator: "\u{FFFF}", omittingEmptySubsequences: false)
                var id = 0
                for (gap, text) in zip(part["ids"] as? [Int] ?? [], texts) {
                    id += gap
                    folded[id, default: (String(text), [])].scripts.append(script)
                }
            }
        }
        data["folded"] = folded
        return data
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
