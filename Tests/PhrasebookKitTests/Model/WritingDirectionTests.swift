import Testing

@testable import PhrasebookKit

@Suite("The direction a language's text runs in, from its tag")
struct WritingDirectionTests {
    @Test(
        "a language whose likely script runs right to left runs right to left",
        arguments: ["ar", "he", "fa", "ur", "yi", "ps", "dv", "ug", "ckb", "sd", "ar-EG", "he-IL", "AR"])
    func rightToLeftLanguages(tag: String) {
        #expect(WritingDirection(tag: tag) == .rightToLeft)
    }

    @Test(
        "the book's own languages and the others written in left-to-right scripts run left to right",
        arguments: ["zh-Hans", "zh", "ko", "en", "en-GB", "ja", "ru", "hi", "tr", "x-private", "und", "qaa"])
    func leftToRightLanguages(tag: String) {
        #expect(WritingDirection(tag: tag) == .leftToRight)
    }

    @Test("a script subtag decides: az-Arab and ku-Arab right to left, ar-Latn and ks-Deva left to right")
    func scriptDecides() {
        #expect(WritingDirection(tag: "az-Arab") == .rightToLeft)
        #expect(WritingDirection(tag: "ku-Arab-IQ") == .rightToLeft)
        #expect(WritingDirection(tag: "pa-Arab") == .rightToLeft)
        #expect(WritingDirection(tag: "ar-Latn") == .leftToRight)
        #expect(WritingDirection(tag: "ks-Deva") == .leftToRight)
        #expect(WritingDirection(tag: "az-Latn-IR") == .leftToRight, "the script, not the region")
    }

    @Test("without a script, the region's likely script where it differs: pa-PK and az-IR right to left, sd-IN not")
    func regionDecides() {
        #expect(WritingDirection(tag: "az") == .leftToRight)
        #expect(WritingDirection(tag: "az-IR") == .rightToLeft)
        #expect(WritingDirection(tag: "pa") == .leftToRight)
        #expect(WritingDirection(tag: "pa-PK") == .rightToLeft)
        #expect(WritingDirection(tag: "sd-IN") == .leftToRight)
        #expect(WritingDirection(tag: "uz-AF") == .rightToLeft)
    }

    @Test("a script Unicode does not encode (Aran, a private one) leaves it to the language: ur-Aran right to left")
    func unencodedScriptFallsBackToTheLanguage() {
        #expect(WritingDirection(tag: "ur-Aran") == .rightToLeft)
        #expect(WritingDirection(tag: "ar-Qaaa") == .rightToLeft)
        #expect(WritingDirection(tag: "en-Qaaa") == .leftToRight)
    }

    @Test("extended language subtags and extensions do not hide the script or region")
    func otherSubtags() {
        #expect(WritingDirection(tag: "ar-arb-EG") == .rightToLeft)
        #expect(WritingDirection(tag: "zh-yue-Arab") == .rightToLeft)
        #expect(WritingDirection(tag: "he-u-nu-latn") == .rightToLeft)
    }
}
