import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Language tags are BCP 47, so no tag carries markup into a template")
struct LanguageTagTests {
    /// The default fixture with the English language's tag replaced by `tag` (as written in XML).
    private func fixture(tag: String) -> ContentFixture {
        let situation = ContentFixture.situation(
            "s", body: ContentFixture.phrase("s-hello", zh: "您好。", ko: "안녕하세요.", en: "Hello."))
        return ContentFixture(
            situations: ["s": situation],
            book: ContentFixture.book(situations: ["s"]).replacingOccurrences(
                of: "code=\"en\" tag=\"en\"", with: "code=\"en\" tag=\"\(tag)\""))
    }

    @Test(
        "well-formed tags load",
        arguments: ["en", "en-GB", "zh-Hans", "sr-Latn-RS", "de-CH-1996", "x-private", "es-419"])
    func wellFormed(tag: String) throws {
        let diagnostics = try fixture(tag: tag).check()
        #expect(diagnostics.with("schema") == [])
        #expect(diagnostics.with("invalid-language-tag") == [])
    }

    @Test("two languages with one tag (in any case) are a duplicate-id error", arguments: ["ko", "KO", "zh-hans"])
    func sameTag(tag: String) throws {
        let found = try fixture(tag: tag).check().with("duplicate-id")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("language 'en' has tag '\(tag)'") == true)
    }

    @Test(
        "a tag that is not BCP 47 is a schema error on the language, and the build writes nothing",
        arguments: ["en&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", "en us", "", "en-", "en_GB"])
    func malformed(tag: String) throws {
        let (output, result) = try fixture(tag: tag).built()
        #expect(!result.published)
        let schema = result.diagnostics.with("schema")
        #expect(schema.contains { $0.location.file.hasSuffix("phrasebook.xml") })
        #expect(FileSystem.kind(output + "/html") == .missing)
    }

    @Test(
        "a tag of letters, digits and hyphens that BCP 47 does not allow is invalid-language-tag",
        arguments: ["english-language-tag", "en-GB-x", "x", "en-a-bc-a-de", "i-klingon", "abcdefghi"])
    func notBCP47(tag: String) throws {
        let diagnostics = try fixture(tag: tag).check()
        #expect(diagnostics.with("invalid-language-tag").count + diagnostics.with("schema").count >= 1)
        #expect(!LanguageTag.isWellFormed(tag))
    }

    @Test(
        "the grammar accepts every part of a tag",
        arguments: ["zh-yue-Hant-HK", "en-US-u-ca-gregory-x-mine", "de-1996"])
    func grammar(tag: String) {
        #expect(LanguageTag.isWellFormed(tag))
    }
}
