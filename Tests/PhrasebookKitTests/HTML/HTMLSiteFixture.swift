import Foundation

@testable import PhrasebookKit

/// A small book built into a temporary site for the HTML tests: two roles, a phone-only situation (steps, a
/// slot, a cue, hostile text), a shared situation with a phrase narrowed to the counter and a branching
/// dialogue, and a taboo. Built once per test with the repository's own `Templates`.
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

    /// The search data of `file` (`search-data.js`) decoded from its script.
    func searchData(_ file: String) throws -> [String: Any] {
        let script = try raw("assets/" + file)
        let prefix = "window.PHRASEBOOK_SEARCH = "
        guard script.hasPrefix(prefix) else { return [:] }
        var json = script.dropFirst(prefix.count)
        while json.last == "\n" || json.last == ";" { json = json.dropLast() }
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
