import Testing

@testable import PhrasebookKit

@Suite("Korean speech level")
struct KoreanSpeechLevelTests {
    @Test(
        "Polite sentences pass",
        arguments: [
            "감사합니다.", "네, 알겠습니다.", "잠시만요.", "고객님?", "고객님, 안녕하세요.", "확인해 드릴까요?",
            "불편을 드려 죄송합니다. 바로 확인하겠습니다!", "그렇죠?", "잠시만 기다려 주십시오.", "들리십니까?",
            "네?", "예.", "{surname} 고객님, 감사합니다.", "상담원 {agent-number}번입니다.", "괜찮으세요?", "맞네요.",
            "“잠시만 기다려 주세요.”라고 말씀드렸습니다.", "감사합니다~", "감사합니다 😊", "Wi-Fi 비밀번호는 1234입니다.",
            "수수료는 3.5위안입니다.", "좋은 하루 보내세요↑.", "네, 그게요…", "연락처는 {phone-number}", "OK.",
        ])
    func politePasses(text: String) {
        #expect(KoreanSpeechLevelCheck.impoliteSentences(text) == [])
    }

    @Test(
        "Banmal and plain style are reported",
        arguments: ["괜찮아!", "기다려.", "알았어", "뭐야?", "그래.", "확인한다.", "잠깐만.", "감사합니다. 근데 왜?"])
    func banmalIsReported(text: String) {
        #expect(!KoreanSpeechLevelCheck.impoliteSentences(text).isEmpty)
    }

    @Test("The marks that end a sentence are the six named, in either width")
    func sentenceMarks() {
        let marks = Set(".?!。？！".unicodeScalars)
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(KoreanSpeechLevelCheck.isSentenceMark(scalar) == marks.contains(scalar))
        }
    }

    @Test("Only the offending sentence is named")
    func namesTheSentence() {
        #expect(KoreanSpeechLevelCheck.impoliteSentences("네, 알겠습니다. 기다려. 감사합니다.") == ["기다려."])
    }

    @Test("A decimal point or a line break inside a sentence does not split it")
    func splitting() {
        #expect(KoreanSpeechLevelCheck.sentences("3.5위안입니다. 감사합니다!").count == 2)
        #expect(KoreanSpeechLevelCheck.sentences("“네.” 알겠습니다.").count == 2)
    }

    @Test("Customer lines, avoids and taboos are not checked; staff phrases and agent lines are")
    func onlyStaffSpeech() throws {
        let fixture = CheckExamples.situation(
            ContentFixture.phrase(
                "p", zh: "请稍等。", ko: "잠시만 기다려 주세요.", en: "One moment.",
                extra: "<avoid><zh>等着。</zh><ko>기다려.</ko><en>Wait.</en></avoid>")
                    + """
                    <dialogue id="d">
                      <turn speaker="customer"><zh>快点。</zh><ko>빨리 해.</ko><en>Hurry.</en></turn>
                      <turn speaker="agent"><zh>好的。</zh><ko>알았어.</ko><en>OK.</en></turn>
                    </dialogue>
                    """)
        let found = try fixture.check().with("korean-speech-level")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("알았어") == true)
        #expect(found.first?.location.line == 6, "the agent turn's <ko>")
        #expect(found.first?.location.column == 37)
    }
}

@Suite("Chinese typography")
struct ChineseTypographyTests {
    @Test(
        "Half-width marks next to Chinese characters are reported",
        arguments: ["您好,请问", "好的.", "请问?", "请注意:明天", "谢谢!", "第一;第二", "请稍等..."])
    func halfWidthReported(text: String) {
        #expect(!ChineseTypographyCheck.scan(text).halfWidth.isEmpty)
    }

    @Test(
        "Numbers, times, URLs, Latin words and placeholders are not",
        arguments: [
            "手续费3.5元。", "营业时间9:00至17:30。", "请访问https://example.com/a?b=1查询。", "请登录www.example.com。",
            "{surname}先生，您好。", "请使用Wi-Fi连接。", "例如A,B两种型号。", "您好？", "请您稍等……", "{company}.{surname}",
            "请拨打400-000-0000。",
        ])
    func notReported(text: String) {
        #expect(ChineseTypographyCheck.scan(text) == .init())
    }

    @Test("Half-width brackets in a text with full-width marks are mixed width")
    func mixed() {
        #expect(ChineseTypographyCheck.scan("请按(1)号键，谢谢。").mixed == ["(", ")"])
        #expect(ChineseTypographyCheck.scan("请按（1）号键，谢谢。") == .init())
        #expect(ChineseTypographyCheck.scan("您好,请问。").mixed == [], "already half-width, not reported twice")
    }

    @Test("Only Chinese renderings are scanned")
    func onlyChinese() throws {
        let diagnostics = try CheckExamples.phrase(
            zh: "您好，请问有什么可以帮您？", ko: "안녕하세요, 무엇을 도와드릴까요?", en: "Hello, how can I help?"
        ).check()
        #expect(diagnostics.with("halfwidth-punctuation").isEmpty)
        #expect(diagnostics.with("mixed-width-punctuation").isEmpty)
    }
}

@Suite("End punctuation")
struct EndPunctuationTests {
    @Test(
        "End marks in either width, after closers and cues",
        arguments: [
            ("您好？", Punctuation.EndMark.question), ("Hello?", .question), ("您好。", .statement), ("Hello.", .statement),
            ("您好！", .exclamation), ("Hi!", .exclamation), ("他说：“好的。”", .statement), ("(Really?)", .question),
            ("您好↑！", .exclamation), ("真的？！", .question), ("请稍等……", .ellipsis), ("Wait...", .ellipsis),
            ("감사합니다 😊", nil), ("无声电话", nil), ("（无声）", nil),
        ] as [(String, Punctuation.EndMark?)])
    func endMarks(text: String, mark: Punctuation.EndMark?) {
        #expect(Punctuation.endMark(of: text) == mark)
    }

    @Test("What may trail an end mark, among ASCII, is what the rule names: the closers, `~` and white space")
    func asciiTrailing() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            let rule = Punctuation.closers.contains(scalar) || scalar == "~" || scalar.properties.isWhitespace
            #expect(Punctuation.isTrailing(scalar) == rule, "U+\(String(value, radix: 16))")
        }
    }

    @Test("Matching marks of different widths pass; a different mark or none is reported")
    func widths() throws {
        #expect(
            try CheckExamples.phrase(zh: "您能听见吗？", ko: "들리십니까?", en: "Can you hear me?").check().with("end-punctuation")
                .isEmpty)
        #expect(
            try CheckExamples.phrase(zh: "请稍等……", ko: "잠시만요.", en: "One moment...").check().with("end-punctuation")
                .isEmpty)
        #expect(
            try CheckExamples.phrase(zh: "无声电话", ko: "무음 전화.", en: "Silent call").check().with("end-punctuation")
                .isEmpty)
        let found = try CheckExamples.phrase(zh: "谢谢！", ko: "감사합니다", en: "Thanks?").check().with("end-punctuation")
        #expect(found.count == 2)
        #expect(found.contains { $0.message.contains("has no end punctuation") })
    }

    @Test("A request stated with a full stop may be a polite question; a statement may not")
    func requestAsQuestion() throws {
        let request = CheckExamples.phrase(
            zh: "好的。请您描述一下具体情况。", ko: "네, 자세한 상황을 말씀해 주시겠습니까?", en: "Could you describe what happened?")
        #expect(try request.check().with("end-punctuation").isEmpty)
        let statement = CheckExamples.phrase(
            zh: "请稍等，我们已经记录下来了。", ko: "기록해 두었습니까?", en: "We have noted it down?")
        #expect(try statement.check().with("end-punctuation").count == 2)
    }
}

@Suite("White space")
struct WhiteSpaceTests {
    @Test(
        "Stray white space is found in the raw text",
        arguments: [
            (" 您好", "leading white space"), ("您好 ", "trailing white space"), ("您好  \n   ", "trailing white space"),
            ("Hello  there", "two spaces in a row"), ("Hello\tthere", "a tab between words"),
            ("您\u{200B}好", "zero-width characters (U+200B)"), ("\u{FEFF}Hello", "zero-width characters (U+FEFF)"),
            ("\u{3000}고객님", "leading white space (U+3000)"), ("Hello.\u{00A0}", "trailing white space (U+00A0)"),
            ("\n    \u{00A0}Hello\n  ", "leading white space (U+00A0)"),
        ])
    func found(raw: String, problem: String) {
        #expect(WhiteSpaceCheck.problems(in: raw).contains(problem))
    }

    @Test(
        "Layout indentation and single spaces are fine",
        arguments: [
            "您好", "Hello there", "\n      Hello there,\n      how are you?\n    ", "\n\t\t您好\n\t", "……", "10\u{00A0}%",
        ])
    func fine(raw: String) {
        #expect(WhiteSpaceCheck.problems(in: raw) == [])
    }

    @Test("The byte-level look lets no problem through: on random texts, whatever it passes has no problem")
    func quickLookIsSafe() {
        let pieces = [
            " ", "  ", "\t", "\n", "\r", "a", "好", "…", "“", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}",
            "\u{FEFF}", "\u{2061}", "\u{200A}", "ﻻ", "\u{00A0}", "\u{3000}", "\u{2000}", "\u{2009}", "\u{202F}",
            "\u{205F}", "。", "\u{3001}", "\u{2080}",
        ]
        var generator = SystemRandomNumberGenerator()
        var passed = 0
        for _ in 0..<20_000 {
            let raw = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            if !WhiteSpaceCheck.mayHaveProblems(raw) {
                passed += 1
                #expect(WhiteSpaceCheck.problems(in: raw) == [], "\(raw.unicodeScalars.map(\.value))")
            }
        }
        #expect(passed > 1_000)
        #expect(!WhiteSpaceCheck.mayHaveProblems("您好，“请稍等……”"))
        for space in WhiteSpaceCheck.otherSpaces {
            #expect(WhiteSpaceCheck.mayHaveProblems(String(space) + "好"), "\(space.value)")
            #expect(WhiteSpaceCheck.mayHaveProblems("好" + String(space)), "\(space.value)")
            #expect(WhiteSpaceCheck.mayHaveProblems("Hi" + String(space)), "\(space.value)")
        }
    }
}
