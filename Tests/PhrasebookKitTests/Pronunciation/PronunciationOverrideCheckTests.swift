import Testing

@testable import PhrasebookKit

@Suite("Pronunciation overrides")
struct PronunciationOverrideCheckTests {
    static let codes: Set<String> = [
        "needless-pronunciation", "pronunciation-not-shown", "pronunciation-placeholders", "pronunciation-stale",
    ]

    static func phrase(_ korean: String) -> ContentFixture {
        CheckExamples.situation(
            "<phrase id=\"p\"><zh>{surname}先生，请吃药。</zh>\(korean)<en>Mr {surname}, your pill.</en></phrase>")
    }

    @Test("An override that differs from the rules and keeps the placeholders is accepted")
    func differingOverride() throws {
        let diagnostics = try Self.phrase("<ko pron=\"{surname} nim, allyageul deuseyo.\">{surname} 님, 알약을 드세요.</ko>")
            .check()
        #expect(diagnostics.filter { Self.codes.contains($0.code) }.isEmpty)
    }

    @Test("An override is compared after folding white space, and can be silenced like any check")
    func foldedAndSilenced() throws {
        let same = "<ko pron=\"{surname}  nim,\n aryageul deuseyo.\">{surname} 님, 알약을 드세요.</ko>"
        #expect(try Self.phrase(same).check().with("needless-pronunciation").count == 1)
        let silenced = same.replacingOccurrences(of: "<ko ", with: "<ko check-ignore=\"needless-pronunciation\" ")
        #expect(try Self.phrase(silenced).check().with("needless-pronunciation").isEmpty)
    }

    @Test("The diagnostic points at the pron attribute itself, after the rendering's tag")
    func location() throws {
        let diagnostics = try Self.phrase("<ko pron=\"{surname} nim, aryageul deuseyo.\">{surname} 님, 알약을 드세요.</ko>")
            .check()
        let found = try #require(diagnostics.with("needless-pronunciation").first)
        // The ko rendering's own diagnostic (it has no source-hash) gives the place of its tag.
        let rendering = try #require(
            diagnostics.with("unreviewed-rendering").first {
                $0.message.hasPrefix("the ko") && $0.location.line == found.location.line
            })
        #expect(found.location.column > rendering.location.column)
        #expect(found.message.contains("aryageul deuseyo."))
    }

    @Test("An override left from another text is stale; one correcting a word or a name is not")
    func stale() throws {
        let leftOver = try Self.phrase("<ko pron=\"{surname} gogaengnim, annyeonghaseyo.\">{surname} 님, 알약을 드세요.</ko>")
            .check().with("pronunciation-stale")
        #expect(leftOver.count == 1)
        #expect(leftOver.first?.message.contains("which the rules read \"{surname} nim, aryageul deuseyo.\"") == true)
        #expect(!PronunciationOverrideCheck.readsDifferently("allyageul deuseyo.", "aryageul deuseyo."))
        #expect(!PronunciationOverrideCheck.readsDifferently("Allyak", "aryak"))
        #expect(
            PronunciationOverrideCheck.readsDifferently("gogaengnim, annyeonghaseyo.", "yeoboseyo, jeonhwa yeongyeol"))
        #expect(!PronunciationOverrideCheck.readsDifferently("seutabeokseu kapeu", "seuteobeogseu keopi"))
        // A sentence added to the text and not to its guide: half of the reading is missing from the override.
        #expect(
            PronunciationOverrideCheck.readsDifferently(
                "jeonhwa jusyeoseo gamsahamnida", "jeonhwa jusyeoseo gamsahamnida. jeulgeoun myeongjeol bonaeseyo"))
        #expect(
            PronunciationOverrideCheck.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars))
                == 3)
        #expect(PronunciationOverrideCheck.editDistance([], Array("abc".unicodeScalars)) == 3)
    }
}
