import Foundation
import Testing

@testable import PhrasebookKit

private typealias F = ContentFixture

@Suite("Taboos")
struct TabooCheckTests {
    static let taboo = F.taboos(
        """
        <taboo id="t-attitude"><zh>我就这态度，你要怎样？</zh><ko>제 태도가 원래 이래요.</ko><en>That's how I am.</en><match>就这态度</match></taboo>
        <taboo id="t-ask-who"><zh>你问我，我问谁？</zh><ko>저는 누구한테 물어요?</ko><en>Who do I ask?</en></taboo>
        """)

    @Test("A taboo's match fragment in a phrase, or its whole text when it has no match, is an error at the source")
    func reported() throws {
        let fixture = F(
            situations: [
                "s": F.situation(
                    "s",
                    body: """
                        \(F.phrase("p", zh: "我就这态度。", ko: "죄송합니다.", en: "Sorry."))
                        <dialogue id="d"><turn speaker="agent"><zh>您说：你问我，我问谁？</zh><ko>죄송합니다.</ko><en>Sorry.</en></turn></dialogue>
                        """)
            ], taboos: Self.taboo)
        let found = try fixture.check().with("taboo-used")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.contains { $0.message.contains("'t-attitude'") && $0.location.line == 4 })
        #expect(found.contains { $0.message.contains("'t-ask-who'") })
    }

    @Test("Avoid examples, customer lines and the taboos themselves are exempt")
    func exempt() throws {
        let phrase = F.phrase(
            "p", zh: "请您稍等。", ko: "잠시만 기다려 주세요.", en: "One moment, please.",
            extra: "<avoid><zh>我就这态度。</zh><ko>원래 이래요.</ko><en>That's me.</en></avoid>")
        let fixture = F(
            situations: [
                "s": F.situation(
                    "s",
                    body: """
                        \(phrase)
                        <dialogue id="d"><turn speaker="customer"><zh>你问我，我问谁？</zh><ko>몰라요?</ko><en>Who do I ask?</en></turn></dialogue>
                        """)
            ], taboos: Self.taboo)
        #expect(try fixture.check().with("taboo-used").isEmpty)
    }
}

@Suite("Rendering status")
struct RenderingStatusTests {
    @Test("A missing rendering is a warning at the text and is not also unreviewed")
    func missingNotUnreviewed() throws {
        let diagnostics = try CheckExamples.phrase(zh: "您好。", ko: nil, en: "Hello.").check()
        let missing = diagnostics.with("missing-rendering")
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("<ko>") == true)
        #expect(!diagnostics.with("unreviewed-rendering").contains { $0.message.contains("ko rendering of 'p'") })
        #expect(diagnostics.with("unreviewed-rendering").contains { $0.message.contains("en rendering of 'p'") })
    }

    @Test("An empty rendering is missing, for labels and placeholders too")
    func emptyIsMissing() throws {
        let book = F.book(situations: ["s"]).replacingOccurrences(of: "<en>surname</en>", with: "<en></en>")
        let fixture = F(
            situations: ["s": F.situation("s", body: F.phrase("p", zh: "您好。", ko: "", en: "Hello."))], book: book)
        let missing = try fixture.check().with("missing-rendering")
        #expect(missing.count == 2)
        #expect(missing.contains { $0.message.contains("placeholder 'surname'") })
    }

    @Test("An empty rendering of a text with placeholders is missing (a warning), not a placeholder mismatch")
    func emptyWithPlaceholders() throws {
        for empty in ["", "  "] {
            let diagnostics = try CheckExamples.phrase(zh: "{surname}先生，您好。", ko: empty, en: "Hello, Mr {surname}.")
                .check()
            #expect(diagnostics.with("missing-rendering").count == 1)
            #expect(diagnostics.with("placeholder-mismatch").isEmpty)
        }
        let lost = try CheckExamples.phrase(zh: "{surname}先生，您好。", ko: "안녕하세요.", en: "Hello, Mr {surname}.").check()
        #expect(lost.with("placeholder-mismatch").count == 1)
    }

    @Test("A placeholder used more or fewer times than in the source is a mismatch, as import refuses it")
    func placeholderCounts() throws {
        let fewer = try CheckExamples.phrase(
            zh: "{surname}先生，{surname}先生，您好。", ko: "{surname} 고객님, 안녕하세요.", en: "Mr {surname}, Mr {surname}, hello."
        ).check().with("placeholder-mismatch")
        #expect(fewer.count == 1, "\(fewer)")
        #expect(
            fewer.first?.message == "ko rendering of 'p' has {surname} once, the source text twice: a repeat "
                + "lost or added changes what is said")
        let more = try CheckExamples.phrase(
            zh: "{surname}先生，您好。", ko: "{surname} 고객님, {surname} 고객님.", en: "Hello, Mr {surname}."
        ).check().with("placeholder-mismatch")
        #expect(
            more.map(\.message) == [
                "ko rendering of 'p' has {surname} twice, the source text once: a repeat "
                    + "lost or added changes what is said"
            ])
        let same = try CheckExamples.phrase(
            zh: "{surname}先生，{surname}先生。", ko: "{surname} 고객님, {surname} 고객님.", en: "Mr {surname}, Mr {surname}."
        ).check()
        #expect(same.with("placeholder-mismatch").isEmpty)
    }

    @Test("A number lost is named as the number, with the source's numbers beside it")
    func numberMessage() throws {
        let found = try CheckExamples.phrase(
            zh: "请按5，再按5。", ko: "5번을 누르고, 5번을 누르세요.", en: "Press 5, then the same key."
        )
        .check().with("number-mismatch")
        #expect(
            found.map(\.message) == [
                "the en rendering of 'p' lacks the number 5 (the source has 5, 5); check it says the same, or add "
                    + "check-ignore=\"number-mismatch\" when it spells the number out"
            ])
    }

    @Test(
        "A small number spelled out in English or Korean counts as the number; a word that only looks like one does not",
        arguments: [
            ("每隔3～5秒敲2～3下。", "3~5초 간격으로 두세 번 두드립니다.", "Two or three knocks, 3–5 seconds apart.", [String]()),
            ("提前1小时联系您。", "한 시간 전에 연락드립니다.", "We'll call you an hour before.", []),
            ("请按2次。", "두번 누르세요.", "Press it twice.", []),
            ("有5项需要确认。", "확인할 것이 다섯 가지 있습니다.", "There are five things to check.", []),
            ("请等1分钟。", "네, 시간이 좀 걸립니다.", "A moment, please.", ["ko", "en"]),
            ("共3步。", "세금은 없습니다.", "First, second and third steps.", ["ko", "en"]),
            ("请按4。", "네 번을 누르세요.", "Press the first key.", ["en"]),
        ])
    func spelledNumbers(zh: String, ko: String, en: String, reported: [String]) throws {
        let found = try CheckExamples.phrase(zh: zh, ko: ko, en: en).check().with("number-mismatch")
        #expect(
            found.map { $0.message.split(separator: " ")[1] } == reported.map { Substring($0) },
            "\(found.map(\.message))")
    }

    @Test("A misspelt placeholder is one error naming the one meant, not also two mismatches")
    func misspeltPlaceholderOnce() throws {
        let misspelt = try CheckExamples.phrase(
            zh: "{surname}先生，您好。", ko: "{surnme} 고객님, 안녕하세요.", en: "Hello, Mr {surname}."
        ).check()
        #expect(misspelt.with("placeholder-mismatch").isEmpty, "\(misspelt.with("placeholder-mismatch"))")
        #expect(
            misspelt.with("unknown-placeholder").map(\.message).contains { $0.hasSuffix("did you mean 'surname'?") })
        let inSource = try CheckExamples.phrase(
            zh: "{surnme}先生，您好。", ko: "{surname} 고객님, 안녕하세요.", en: "Hello, Mr {surname}."
        ).check()
        #expect(inSource.with("placeholder-mismatch").isEmpty, "\(inSource.with("placeholder-mismatch"))")
        #expect(inSource.with("unknown-placeholder").count == 1)
        let label = try CheckExamples.phrase(
            zh: "{surname}先生，您好。", ko: "{성} 고객님, 안녕하세요.", en: "Hello, Mr {surname}."
        ).check()
        #expect(label.with("placeholder-mismatch").isEmpty)
        #expect(
            label.with("unbalanced-braces").map(\.message).contains {
                $0.hasSuffix("'성' is what {surname} shows, not its name: write {surname}")
            })
        let other = try CheckExamples.phrase(
            zh: "{surname}先生，您好。", ko: "{xyz} 고객님, 안녕하세요.", en: "Hello, Mr {surname}."
        ).check()
        #expect(other.with("placeholder-mismatch").isEmpty)
        #expect(
            other.with("unknown-placeholder").map(\.message).contains {
                $0.hasSuffix("the source text has {surname} here: write {surname}")
            })
    }

    @Test("A stale hash names the current one; the message of an unreviewed rendering gives the hash to add")
    func hashes() throws {
        let hash = SourceHash.of("您好。")
        let stale = try CheckExamples.triggers["stale-rendering"]!.check().with("stale-rendering")
        #expect(stale.first?.message.contains(hash) == true)
        let unreviewed = try CheckExamples.phrase(zh: "您好。").check().with("unreviewed-rendering")
        #expect(unreviewed.contains { $0.message.contains("source-hash=\"\(hash)\"") })
    }

    @Test("A copy of the source is unchanged; texts without letters are not")
    func unchanged() throws {
        #expect(try CheckExamples.phrase(zh: "您好。", ko: "您好。").check().with("unchanged-rendering").count == 1)
        let fixture = CheckExamples.situation(
            """
            <dialogue id="d"><turn speaker="customer"><zh>……</zh><ko>……</ko><en>……</en></turn>
            <turn speaker="agent"><zh>{company}</zh><ko>{company}</ko><en>{company}</en></turn></dialogue>
            """)
        #expect(try fixture.check().with("unchanged-rendering").isEmpty)
    }
}

@Suite("Informal address")
struct InformalAddressTests {
    @Test("你 and 你们 in staff speech are reported; 您 is not")
    func staff() throws {
        #expect(
            try CheckExamples.phrase(zh: "你们好，欢迎光临。").check().with("informal-address").first?.message.contains("你们")
                == true)
        #expect(try CheckExamples.phrase(zh: "您好，欢迎光临。").check().with("informal-address").isEmpty)
        #expect(try CheckExamples.phrase(zh: "这款迷你音箱正在促销。").check().with("informal-address").isEmpty)
        #expect(try CheckExamples.phrase(zh: "迷你音箱你要吗？").check().with("informal-address").count == 1)
    }

    @Test("Customer lines, avoids and taboos may say 你")
    func notStaff() throws {
        let fixture = F(
            situations: [
                "s": F.situation(
                    "s",
                    body: """
                        \(F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.", extra: "<avoid><zh>你干吗？</zh><ko>뭐요?</ko><en>What?</en></avoid>"))
                        <dialogue id="d"><turn speaker="customer"><zh>你好。</zh><ko>안녕하세요.</ko><en>Hi.</en></turn></dialogue>
                        """)
            ],
            taboos: F.taboos(
                "<taboo id=\"t\"><zh>你问我，我问谁？</zh><ko>몰라요.</ko><en>Don't know.</en><match>我问谁</match></taboo>"))
        #expect(try fixture.check().with("informal-address").isEmpty)
    }
}

@Suite("Duplicates and consistency")
struct ConsistencyTests {
    @Test("The same source in two phrases is reported once, at the second")
    func duplicate() throws {
        let found = try CheckExamples.triggers["duplicate-source"]!.check().with("duplicate-source")
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("'q'") == true)
    }

    @Test("Different renderings of one source are reported per language; the same rendering is not")
    func inconsistent() throws {
        let found = try CheckExamples.triggers["inconsistent-rendering"]!.check().with("inconsistent-rendering")
        #expect(found.count == 1, "ko differs, en is the same")
        #expect(found.first?.message.contains("안녕하십니까.") == true)
        let same = CheckExamples.situation(
            F.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.")
                + "<dialogue id=\"d\"><turn speaker=\"agent\"><zh>您好。</zh><ko>안녕하세요.</ko><en>Hello.</en></turn></dialogue>"
        )
        #expect(try same.check().with("inconsistent-rendering").isEmpty)
        #expect(try same.check().with("duplicate-source").isEmpty, "a dialogue line repeating a phrase is no duplicate")
    }

    @Test("A second rendering in one language is a duplicate-rendering error only, not compared with the first")
    func duplicateRenderingIsNotInconsistent() throws {
        let found = try CheckExamples.triggers["duplicate-rendering"]!.check()
        #expect(found.with("duplicate-rendering").count == 1, "\(found.map(\.formatted))")
        #expect(found.with("inconsistent-rendering").isEmpty, "\(found.map(\.formatted))")
    }

    @Test("A misspelt situation id is one error, file-name-mismatch: not also unknown-situation and not-in-chapter")
    func misspeltSituationID() throws {
        let fixture = F(situations: [
            "lost-bag": F.situation(
                "lost-bgg", body: F.phrase("lost-bag-sorry", zh: "非常抱歉。", ko: "정말 죄송합니다.", en: "I'm so sorry."))
        ])
        let errors = try fixture.check().filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["file-name-mismatch"], "\(errors.map(\.formatted))")
    }

    @Test(
        "A copy of a situation file (lost-bag copy.xml) is one error at the copy, and nothing is said of the original")
    func copiedFile() throws {
        let original = F.situation(
            "lost-bag",
            body: F.phrase("lost-bag-sorry", zh: "非常抱歉。", ko: "정말 죄송합니다.", en: "I'm so sorry.")
                + F.phrase("lost-bag-check", zh: "我帮您查一下。", ko: "확인해 드리겠습니다.", en: "Let me check."))
        let fixture = F(
            situations: ["lost-bag": original], extraFiles: ["situations/lost-bag copy.xml": Array(original.utf8)])
        let found = try fixture.check().filter { $0.severity == .error }
        #expect(found.count == 1, "\(found.map(\.formatted))")
        #expect(found.first?.location.file.hasSuffix("situations/lost-bag copy.xml") == true)
        #expect(found.first?.message.contains("this file looks like a copy of it") == true)
    }
}

@Suite("Unused declarations")
struct UnusedDeclarationTests {
    @Test("Roles, channels, categories, variables and slots nobody uses are reported at their declaration")
    func unused() throws {
        let found = try CheckExamples.phrase(zh: "您好。").check().with("unused-declaration")
        let messages = found.map(\.message).joined(separator: "\n")
        for name in [
            "'hotline-agent'", "'counter-clerk'", "'phone'", "'counter'", "'greeting'", "'apology'", "{company}",
            "{surname}",
        ] {
            #expect(messages.contains(name), "\(name)")
        }
        #expect(found.allSatisfy { $0.location.file.hasSuffix("phrasebook.xml") })
    }

    @Test("Naming them in a situation, a phrase or a text uses them; leaving roles out does not")
    func used() throws {
        let fixture = CheckExamples.situation(
            F.phrase(
                "p", zh: "{surname}先生，您好。", ko: "{surname} 고객님, 안녕하세요.", en: "Hello, Mr {surname}.",
                attributes: "category=\"greeting\" roles=\"counter-clerk\" channels=\"counter\"")
                + F.phrase(
                    "q", zh: "欢迎致电{company}。", ko: "{company}입니다.", en: "This is {company}.",
                    attributes: "category=\"apology\""),
            attributes: "roles=\"counter-clerk\"")
        let found = try fixture.check().with("unused-declaration").map(\.message)
        #expect(found.count == 2)
        #expect(found.contains { $0.contains("'hotline-agent'") })
        #expect(found.contains { $0.contains("'phone'") })
    }

    @Test("A situation file that could not be loaded may use any of them: none is reported while it fails")
    func notWhileAFileFails() throws {
        let unused = try CheckExamples.phrase(zh: "您好。").check().with("unused-declaration")
        #expect(!unused.isEmpty)
        let unclosed = CheckExamples.situation(
            "<phrase id=\"p\"><zh>{surname}先生，您好。</zh><ko>안녕하세요.</ko></phrase><title>")
        let diagnostics = try unclosed.check()
        #expect(!diagnostics.with("xml-syntax").isEmpty)
        #expect(diagnostics.with("unused-declaration").isEmpty)
    }
}

@Suite("check-ignore")
struct CheckIgnoreTests {
    @Test("check-ignore on a phrase silences the code for the phrase and all its renderings")
    func onPhrase() throws {
        let loud = CheckExamples.phrase(zh: "你好。", ko: "안녕.", en: "Hi.")
        #expect(try loud.check().codes.isSuperset(of: ["informal-address", "korean-speech-level"]))
        let quiet = CheckExamples.phrase(
            zh: "你好。", ko: "안녕.", en: "Hi.", attributes: "check-ignore=\"informal-address korean-speech-level\"")
        let diagnostics = try quiet.check()
        #expect(diagnostics.with("informal-address").isEmpty)
        #expect(diagnostics.with("korean-speech-level").isEmpty)
        #expect(diagnostics.with("unknown-check-code").isEmpty)
    }

    @Test("check-ignore on a rendering silences that rendering only")
    func onRendering() throws {
        let fixture = CheckExamples.situation(
            "<phrase id=\"p\"><zh>您好。</zh><ko check-ignore=\"end-punctuation\">안녕하세요</ko><en>Hello</en></phrase>")
        let found = try fixture.check().with("end-punctuation")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("en rendering") == true)
    }

    @Test("check-ignore on a situation, an avoid or a turn silences everything inside")
    func onEnclosing() throws {
        let fixture = CheckExamples.situation(
            "<dialogue id=\"d\"><turn speaker=\"agent\" check-ignore=\"korean-speech-level\"><zh>好。</zh><ko>알았어.</ko><en>OK.</en></turn></dialogue>",
            attributes: "check-ignore=\"unreviewed-rendering\"")
        let diagnostics = try fixture.check()
        #expect(diagnostics.with("korean-speech-level").isEmpty)
        #expect(
            diagnostics.with("unreviewed-rendering").filter { !$0.location.file.hasSuffix("phrasebook.xml") }.isEmpty)
    }

    @Test("A turn is named in messages as an agent turn or a customer turn")
    func turnNamed() throws {
        let fixture = CheckExamples.situation(
            "<dialogue id=\"d\"><turn speaker=\"agent\"><zh>好。</zh><ko>알았어.</ko><en>OK.</en></turn>"
                + "<turn speaker=\"customer\"><zh>好</zh><ko>네</ko><en>OK</en></turn></dialogue>")
        let messages = try fixture.check().map(\.message)
        #expect(messages.contains { $0.contains("an agent turn of 'd'") }, "\(messages)")
        #expect(!messages.contains { $0.contains("a agent") })
    }

    @Test("An unknown code in check-ignore is a warning at the attribute, suggesting the nearest code")
    func unknownCode() throws {
        let found = try CheckExamples.phrase(zh: "您好。", attributes: "check-ignore=\"korean-speech\"").check().with(
            "unknown-check-code")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("did you mean 'korean-speech-level'") == true)
        #expect(found.first?.location.line == 4)
    }
}

@Suite("Renderings in their language's script")
struct RenderingScriptTests {
    @Test("Korean pasted into <en>, English into <ko>, Korean into <zh>: each is reported at its rendering")
    func wrongScript() throws {
        let fixture = CheckExamples.situation(
            F.phrase("a", zh: "{surname}先生，您好。", ko: "{surname} 고객님, 안녕하세요.", en: "{surname} 고객님, 안녕하세요.")
                + F.phrase("b", zh: "请稍等。", ko: "One moment, please.", en: "One moment, please.")
                + F.phrase("c", zh: "잠시만 기다려 주세요.", ko: "잠시만 기다려 주세요.", en: "Just a moment."))
        let found = try fixture.check().with("wrong-script")
        #expect(found.count == 3, "\(found)")
        #expect(found.contains { $0.message.contains("en rendering of 'a' is written in Hangul, not Latin") })
        #expect(found.contains { $0.message.contains("ko rendering of 'b' is written in Latin letters") })
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test("A brand, a code or a quoted term in another script, placeholders and short texts are fine")
    func mixedIsFine() throws {
        let fixture = CheckExamples.situation(
            F.phrase(
                "a", zh: "请拨打400热线，或访问APP。", ko: "{surname} 고객님, A/S 센터 앱(APP)을 이용해 주세요.",
                en: "In Chinese we call it 售后 (after-sales).")
                + F.phrase("b", zh: "OK。", ko: "OK.", en: "OK.")
                + F.phrase(
                    "d", zh: "iPhone 15 Pro Max黑屏", ko: "iPhone 15 Pro Max 화면 문제", en: "iPhone 15 Pro Max screen")
                + F.phrase("c", zh: "{surname}先生", ko: "{surname} 님", en: "Mr {surname}"))
        #expect(try fixture.check().with("wrong-script").isEmpty)
    }
}

@Suite("Placeholders in full-width braces")
struct FullWidthBracesTests {
    @Test("｛surname｝ typed in a Chinese input method is said where it is, and the right renderings are not blamed")
    func saidWhereItIs() throws {
        let found = try CheckExamples.phrase(
            zh: "｛surname｝先生，您好。", ko: "{surname} 고객님, 안녕하세요.", en: "Hello, Mr {surname}."
        ).check()
        let braces = found.with("fullwidth-braces")
        #expect(braces.count == 1 && braces[0].message.contains("｛surname｝ in full-width braces: write {surname}"))
        #expect(found.with("placeholder-mismatch").isEmpty, "\(found.with("placeholder-mismatch"))")
        let everywhere = try CheckExamples.phrase(
            zh: "｛surname｝先生，您好。", ko: "｛surname｝ 고객님, 안녕하세요.", en: "Hello, Mr ｛surname｝."
        ).check()
        #expect(everywhere.with("fullwidth-braces").count == 3)
        let plain = try CheckExamples.phrase(zh: "请输入｛备注｝。", ko: "｛메모｝를 입력해 주세요.", en: "Enter ｛a note｝.").check()
        #expect(plain.with("fullwidth-braces").isEmpty, "full-width braces around words that are no placeholder")
    }

    @Test(
        "A placeholder typed half in full-width braces (｛surname}) is one error that says so, not an unbalanced brace")
    func halfInFullWidth() throws {
        for (ko, shown) in [("｛surname} 고객님, 안녕하세요.", "｛surname}"), ("{surname｝ 고객님, 안녕하세요.", "{surname｝")] {
            let found = try CheckExamples.phrase(
                zh: "{surname}先生，您好。", ko: ko, en: "Hello, Mr {surname}."
            ).check().filter { $0.severity == .error }
            #expect(
                found.map(\.message) == [
                    "ko text of 'p' has \(shown) in a full-width and an ASCII brace: write {surname}"
                ], "\(found.map(\.message))")
        }
    }
}
