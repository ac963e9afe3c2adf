@testable import PhrasebookKit

/// One small content folder per catalogue code that must trigger it: the catalogue's "example that triggers
/// it", as a test. `CatalogueTests` makes sure every code of `Checker.rules` has one.
enum CheckExamples {
    typealias F = ContentFixture

    /// A fixture with one situation `s` holding `body`.
    static func situation(_ body: String, attributes: String = "") -> ContentFixture {
        F(situations: ["s": F.situation("s", attributes: attributes, body: body)])
    }

    /// A fixture with one phrase `p`.
    static func phrase(
        zh: String, ko: String? = "안녕하세요.", en: String? = "Hello.", attributes: String = "", extra: String = ""
    )
        -> ContentFixture
    {
        situation(F.phrase("p", zh: zh, ko: ko, en: en, attributes: attributes, extra: extra))
    }

    /// Codes whose example cannot be written as XML (the schema stands in front of them, or the code is about
    /// the templates) and is built in code.
    static let builtInCode: Set<String> = ["invalid-id", "card-overflow", "template-not-compiled"]

    /// The triggering fixture of every code that can be written as XML.
    static let triggers: [String: ContentFixture] = [
        "invalid-encoding": F(situations: [:], extraFiles: ["situations/s.xml": [0x3C, 0x61, 0xFF, 0xFE, 0x3E]]),
        "doctype": F(situations: ["s": "<?xml version=\"1.0\"?>\n<!DOCTYPE situation>\n<situation id=\"s\"/>"]),
        "xml-syntax": F(situations: ["s": "<?xml version=\"1.0\"?>\n<situation id=\"s\">\n  <title>"]),
        "schema": situation("<bogus/>"),
        "ignored-file": F(
            situations: ["s": F.situation("s", body: "")],
            extraFiles: ["refund.xml": Array(F.situation("refund", body: "").utf8)]),
        // A folder named as a situation file (a file saved inside it makes it).
        "unreadable-file": F(
            situations: ["s": F.situation("s", body: "")], extraFiles: ["situations/old.xml/notes.txt": []]),
        "too-large": situation(
            "<phrase id=\"p\"><zh>" + String(repeating: "您", count: LoaderLimits.textBytes / 3 + 1) + "</zh></phrase>"),
        "control-character": phrase(zh: "您好\u{202E}。"),
        "noncharacter": phrase(zh: "您好&#xFDD0;。"),
        "wrong-script": phrase(zh: "非常抱歉给您带来不便。", ko: "불편을 드려 죄송합니다.", en: "불편을 드려 진심으로 사과드립니다."),
        "fullwidth-braces": phrase(zh: "｛surname｝先生，您好。", ko: "{surname} 고객님, 안녕하세요.", en: "Hello, Mr {surname}."),
        "number-mismatch": phrase(zh: "请在3分钟内回复。", ko: "3분 안에 답장해 주세요.", en: "Please reply within 5 minutes."),
        "duplicate-id": F(situations: [
            "a": F.situation("a", body: F.phrase("same", zh: "您好。", ko: "안녕하세요.", en: "Hello.")),
            "b": F.situation("b", body: F.phrase("same", zh: "请稍等。", ko: "잠시만 기다려 주세요.", en: "One moment, please.")),
        ]),
        "reserved-id": F(
            situations: ["s": F.situation("s", body: "")],
            book: F.book(situations: ["s"]).replacingOccurrences(
                of: "role id=\"counter-clerk\"", with: "role id=\"book\"")),
        "invalid-language-tag": F(
            situations: ["s": F.situation("s", body: "")],
            book: F.book(situations: ["s"]).replacingOccurrences(of: "tag=\"ko\"", with: "tag=\"korean-tag\"")),
        "file-name-mismatch": F(situations: ["s": F.situation("other", body: "")]),
        "draft-source-language": F(
            situations: ["s": F.situation("s", body: "")],
            book: F.book(situations: ["s"]).replacingOccurrences(
                of: #"<language code="zh" tag="zh-Hans" name="中文"/>"#,
                with: #"<language code="zh" tag="zh-Hans" name="中文" draft="true"/>"#)),
        "unknown-interface-word": F(
            situations: ["s": F.situation("s", body: "")],
            book: F.book(situations: ["s"]).replacingOccurrences(
                of: "  <chapters>", with: "  <interface><word id=\"stpe\"><zh>步</zh></word></interface>\n  <chapters>")),
        "duplicate-interface-word": F(
            situations: ["s": F.situation("s", body: "")],
            book: F.book(situations: ["s"]).replacingOccurrences(
                of: "  <chapters>",
                with: "  <interface><word id=\"step\"><zh>步</zh><zh>步骤</zh></word></interface>\n  <chapters>")),
        "unknown-situation": F(situations: [:], book: F.book(situations: ["ghost"])),
        "situation-not-in-chapter": F(situations: ["s": F.situation("s", body: "")], book: F.book(situations: [])),
        "situation-in-several-chapters": F(
            situations: ["s": F.situation("s", body: "")], book: F.book(situations: ["s", "s"])),
        "unknown-role": situation("", attributes: "roles=\"nobody\""),
        "unknown-channel": situation("", attributes: "channels=\"pigeon\""),
        "unknown-category": phrase(zh: "您好。", attributes: "category=\"nonsense\""),
        "unknown-phrase": situation("<dialogue id=\"d\"><turn speaker=\"agent\" phrase=\"nowhere\"/></dialogue>"),
        "unknown-language": phrase(zh: "您好。", extra: "<fr>Bonjour.</fr>"),
        "audience-not-subset": situation(
            F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.", attributes: "roles=\"counter-clerk\""),
            attributes: "roles=\"hotline-agent\""),
        "empty-audience": situation(F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.", attributes: "roles=\"\"")),
        "placeholder-in-value": F(
            situations: ["s": F.situation("s", body: F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello."))],
            book: F.book(situations: ["s"]).replacingOccurrences(
                of: "<en>XX Company</en>", with: "<en>XX Company (manager {surname})</en>")),
        "unknown-placeholder": phrase(zh: "{nobody}您好。", ko: "{nobody} 안녕하세요.", en: "{nobody} hello."),
        "placeholder-mismatch": phrase(zh: "{surname}先生，您好。", ko: "안녕하세요.", en: "Hello, Mr {surname}."),
        "unbalanced-braces": phrase(zh: "您好{。", ko: "안녕하세요{.", en: "Hello{."),
        "missing-source": situation("<phrase id=\"p\"><ko>안녕하세요.</ko><en>Hello.</en></phrase>"),
        "taboo-used": F(
            situations: [
                "s": F.situation(
                    "s", body: F.phrase("p", zh: "我就这态度，请您理解。", ko: "양해 부탁드립니다.", en: "Please understand."))
            ],
            taboos: F.taboos(
                "<taboo id=\"t\"><zh>我就这态度。</zh><ko>제 태도가 원래 이래요.</ko><en>That's how I am.</en><match>我就这态度</match></taboo>"
            )),
        "missing-rendering": phrase(zh: "您好。", en: nil),
        "duplicate-rendering": phrase(zh: "您好。", en: "Hello.", extra: "<en>Hi.</en>"),
        "stale-rendering": situation(
            "<phrase id=\"p\"><zh>您好。</zh><ko source-hash=\"00000000\">안녕하세요.</ko><en>Hello.</en></phrase>"),
        "unreviewed-rendering": phrase(zh: "您好。"),
        "unchanged-rendering": phrase(zh: "您好。", en: "您好。"),
        "copied-keywords": situation("<keywords><zh>售后</zh><ko>A/S</ko><en>A/S</en></keywords>"),
        "keywords-source-hash": situation(#"<keywords><zh>问好</zh><en source-hash="1a2b3c4d">greeting</en></keywords>"#),
        "needless-pronunciation": situation(
            "<phrase id=\"p\"><zh>谢谢。</zh><ko pron=\"gamsahamnida.\">감사합니다.</ko><en>Thanks.</en></phrase>"),
        "pronunciation-not-shown": situation(
            "<phrase id=\"p\"><zh>谢谢。</zh><ko>감사합니다.</ko><en pron=\"thanks\">Thanks.</en></phrase>"),
        "pronunciation-placeholders": situation(
            "<phrase id=\"p\"><zh>{company}。</zh><ko pron=\"eksseu-eksseu-sa\">{company}</ko><en>{company}.</en></phrase>"
        ),
        "pronunciation-stale": situation(
            "<phrase id=\"p\"><zh>谢谢。</zh><ko pron=\"yeoboseyo.\">감사합니다.</ko><en>Thanks.</en></phrase>"),
        "end-punctuation": phrase(zh: "您好吗？", ko: "안녕하세요.", en: "How are you?"),
        "halfwidth-punctuation": phrase(zh: "您好,请问有什么可以帮您？", ko: "안녕하세요, 무엇을 도와드릴까요?", en: "Hello, how can I help?"),
        "mixed-width-punctuation": phrase(zh: "请按(1)号键，谢谢。", ko: "1번을 눌러 주세요. 감사합니다.", en: "Press 1, thank you."),
        "informal-address": phrase(zh: "你好，请问有什么可以帮你？", ko: "안녕하세요, 무엇을 도와드릴까요?", en: "Hello, how can I help?"),
        "korean-speech-level": phrase(zh: "请稍等。", ko: "기다려.", en: "Please wait."),
        "white-space": phrase(zh: " 您好。", ko: "안녕하세요.", en: "Hello."),
        "duplicate-source": situation(
            F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.") + F.phrase("q", zh: "您好。", ko: "안녕하세요.", en: "Hello.")),
        "inconsistent-rendering": situation(
            F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.")
                + "<dialogue id=\"d\"><turn speaker=\"agent\"><zh>您好。</zh><ko>안녕하십니까.</ko><en>Hello.</en></turn></dialogue>"
        ),
        "terminology": GlossaryFixture.phrase(zh: "售后服务中心会联系您。", ko: "애프터서비스 센터에서 연락드리겠습니다.", en: "We will call."),
        "lonely-synonym": GlossaryFixture.synonyms(
            "<synonyms><same><zh>客户</zh><zh>顾客</zh><ko>고객</ko></same></synonyms>"),
        "repeated-synonym": GlossaryFixture.synonyms(
            "<synonyms><same><en>customer</en><en>client</en></same>"
                + "<same><en>Client</en><en>caller</en></same></synonyms>"),
        "unused-declaration": phrase(zh: "您好。"),
        "unknown-check-code": phrase(zh: "您好。", attributes: "check-ignore=\"no-such-check\""),
    ]
}
