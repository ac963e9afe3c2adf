import Testing

@testable import PhrasebookKit

/// Content that is correct in every way the catalogue knows, full of the things that look suspicious but are
/// fine. It must pass with no errors and no warnings: the false-positive test of every check at once.
@Suite("Correct content passes every check")
struct CleanContentTests {
    static let situation = ContentFixture.situation(
        "counter-welcome", attributes: "roles=\"hotline-agent counter-clerk\" channels=\"phone counter\"",
        body: """
              <when><zh>客户来到营业厅时。</zh><ko>고객이 창구에 오셨을 때.</ko><en>When a customer comes to the counter.</en></when>
              <guideline><zh>营业时间为9:00至17:30，手续费3.5元。</zh><ko>영업시간은 9:00부터 17:30까지이고, 수수료는 3.5위안입니다.</ko><en>Opening hours are 9:00 to 17:30; the fee is 3.5 yuan.</en></guideline>
              <steps>
                <phrase id="counter-welcome-hello" category="greeting" card="true" roles="counter-clerk" channels="counter">
                  <zh>{surname}先生，您好↑！欢迎光临{company}。</zh>
                  <ko>{surname} 고객님, 안녕하세요! {company}에 오신 것을 환영합니다.</ko>
                  <en>Hello, Mr {surname}! Welcome to {company}.</en>
                  <note><zh>面带微笑，起身相迎。</zh><ko>미소를 띠고 일어서서 맞이합니다.</ko><en>Smile and stand up to greet them.</en></note>
                </phrase>
                <phrase id="counter-welcome-ask" category="greeting">
                  <zh>请问您要办理什么业务？</zh>
                  <ko>고객님, 어떤 업무를 도와드릴까요?</ko>
                  <en>How can I help you today?</en>
                  <avoid>
                    <zh>你要干吗？快说！</zh>
                    <ko>뭐야? 빨리 말해!</ko>
                    <en>What do you want? Spit it out!</en>
                    <why><zh>语气生硬。</zh><ko>말투가 딱딱합니다.</ko><en>It sounds rude.</en></why>
                  </avoid>
                </phrase>
                <phrase id="counter-welcome-thanks" category="apology">
                  <zh>好的，请您稍等。谢谢您的耐心！</zh>
                  <ko>네, 알겠습니다. 잠시만요. 기다려 주셔서 감사합니다!</ko>
                  <en>Certainly, one moment please. Thank you for your patience!</en>
                </phrase>
                <phrase id="counter-welcome-pardon" category="apology">
                  <zh>{surname}先生？</zh>
                  <ko>{surname} 고객님?</ko>
                  <en>Mr {surname}?</en>
                </phrase>
                <phrase id="counter-welcome-braces" category="apology">
                  <zh>请输入“{{0}}”，然后按确认键。</zh>
                  <ko>“{{0}}”을 입력하신 뒤 확인 버튼을 눌러 주십시오.</ko>
                  <en>Enter “{{0}}”, then press OK.</en>
                </phrase>
              </steps>
              <dialogue id="counter-welcome-example">
                <title><zh>柜台接待</zh><ko>창구 응대 예시</ko><en>At the counter</en></title>
                <turn speaker="agent" phrase="counter-welcome-hello"/>
                <turn speaker="customer">
                  <zh>你好，我想问一下……</zh>
                  <ko>안녕, 그게 말이야…</ko>
                  <en>Hi, I wanted to ask…</en>
                </turn>
                <turn speaker="agent">
                  <zh>好的，请您慢慢说。</zh>
                  <ko>네, 천천히 말씀해 주세요.</ko>
                  <en>Of course, take your time.</en>
                </turn>
                <turn speaker="customer"><zh>……</zh><ko>……</ko><en>…</en></turn>
                <branch>
                  <case>
                    <when><zh>客户着急</zh><ko>고객이 급할 때</ko><en>The customer is in a hurry</en></when>
                    <turn speaker="customer"><zh>快点吧，我赶时间！</zh><ko>빨리 좀 해 줘, 나 바빠!</ko><en>Hurry up, I'm in a rush!</en></turn>
                    <turn speaker="agent"><zh>马上就好，感谢您的理解。</zh><ko>곧 끝납니다. 이해해 주셔서 감사합니다.</ko><en>Nearly done, thank you for understanding.</en></turn>
                  </case>
                </branch>
              </dialogue>
            """)

    static let taboos = ContentFixture.taboos(
        """
          <taboo id="taboo-what-do-you-want">
            <zh>你要干吗？</zh>
            <ko>뭐야?</ko>
            <en>What do you want?</en>
            <why><zh>像在质问客户。</zh><ko>고객을 추궁하는 말투입니다.</ko><en>It sounds like an interrogation.</en></why>
            <match>干吗</match>
            <instead phrase="counter-welcome-ask"/>
          </taboo>
        """)

    static let fixture = ContentFixture(situations: ["counter-welcome": situation], taboos: taboos)

    @Test("No errors and no warnings: only notes for the unreviewed renderings")
    func passesStrict() throws {
        let diagnostics = try Self.fixture.check()
        let failing = diagnostics.filter { $0.severity != .note }
        #expect(failing.map(\.formatted) == [])
        #expect(diagnostics.codes.isSubset(of: ["unreviewed-rendering"]))
    }

    @Test("Renderings that carry the current source-hash are neither stale nor unreviewed")
    func reviewedRenderings() throws {
        let hash = SourceHash.of("您好。")
        let fixture = CheckExamples.situation(
            "<phrase id=\"p\"><zh>您好。</zh><ko source-hash=\"\(hash)\">안녕하세요.</ko><en source-hash=\"\(hash.uppercased())\">Hello.</en></phrase>"
        )
        let diagnostics = try fixture.check()
        #expect(diagnostics.with("stale-rendering").isEmpty)
        #expect(diagnostics.with("unreviewed-rendering").filter { $0.message.contains("'p'") }.isEmpty)
    }
}
