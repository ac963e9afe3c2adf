import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Diagnostics suggest the name that was meant")
struct SuggestionTests {
    typealias F = ContentFixture

    @Test("The closest name within a third of the word's length, deterministic on ties; nothing when none is close")
    func closest() {
        #expect(Suggestion.closest(to: "biuld", among: ["build", "check", "stats"]) == "build")
        #expect(Suggestion.closest(to: "hotline-agnet", among: ["hotline-agent", "counter-clerk"]) == "hotline-agent")
        #expect(Suggestion.closest(to: "eng", among: ["zh", "ko", "en"]) == "en")
        #expect(Suggestion.closest(to: "nobody", among: ["hotline-agent", "counter-clerk"]) == nil)
        #expect(
            Suggestion.closest(to: "EN", among: ["zh", "ko", "en"]) == "en", "a name in other case is the one meant")
        #expect(Suggestion.closest(to: "Counter-Clerk", among: ["hotline-agent", "counter-clerk"]) == "counter-clerk")
        #expect(Suggestion.closest(to: "ab", among: ["ac", "aa"]) == "aa")
        #expect(Suggestion.distance("abc", "abc", limit: 3) == 0)
        #expect(Suggestion.distance("", "abc", limit: 3) == 3)
        #expect(Suggestion.distance("kitten", "sitting", limit: 5) == 3)
        #expect(Suggestion.distance("a", "abcdefgh", limit: 2) == 3)
    }

    @Test("Misspelt roles, channels, categories, placeholders, phrases and situations get a did-you-mean")
    func referencesSuggest() throws {
        let situation = F.situation(
            "s", attributes: "roles=\"hotline-agnet\" channels=\"phnoe\"",
            body: F.phrase(
                "s-hello", zh: "{compnay}您好。", ko: "{compnay} 안녕하세요.", en: "{compnay} hello.",
                attributes: "category=\"greting\"")
                + "\n<dialogue id=\"d\"><turn speaker=\"agent\" phrase=\"s-helo\"/></dialogue>")
        let fixture = F(situations: ["s": situation], book: F.book(situations: ["s", "z"]))
        let diagnostics = try fixture.check()
        let expected = [
            ("unknown-role", "'hotline-agent'"), ("unknown-channel", "'phone'"), ("unknown-category", "'greeting'"),
            ("unknown-placeholder", "'company'"), ("unknown-phrase", "'s-hello'"), ("unknown-situation", "'s'"),
        ]
        for (code, suggestion) in expected {
            let found = diagnostics.with(code)
            #expect(found.contains { $0.message.contains("did you mean \(suggestion)?") }, "\(code): \(found)")
        }
    }

    @Test("A category with no close name lists those the book declares")
    func undeclaredCategoryListsTheDeclared() throws {
        let diagnostics = try CheckExamples.phrase(zh: "您好。", attributes: "category=\"inquiry\"").check()
        let unknown = try #require(diagnostics.with("unknown-category").first)
        #expect(unknown.message.hasSuffix("<categories>; it declares apology, greeting"), "\(unknown.message)")
    }

    @Test("A role or channel with no close name lists those the book declares")
    func undeclaredRoleListsTheDeclared() throws {
        let situation = F.situation(
            "s", attributes: "roles=\"supervisor\"", body: F.phrase("s-hi", zh: "您好。", ko: "안녕하세요.", en: "Hello."))
        let diagnostics = try F(situations: ["s": situation], book: F.book(situations: ["s"])).check()
        let unknown = try #require(diagnostics.with("unknown-role").first)
        #expect(unknown.message.contains("'supervisor' is not declared in phrasebook.xml; it declares "))
        #expect(unknown.message.contains("hotline-agent"), "\(unknown.message)")
    }

    @Test("An element of an undeclared language is reported once, as unknown-language, with the code meant")
    func undeclaredLanguageOnce() throws {
        let diagnostics = try CheckExamples.phrase(zh: "您好。", en: nil, extra: "<eng>Hello</eng>").check()
        #expect(diagnostics.with("end-punctuation").isEmpty)
        let unknown = try #require(diagnostics.with("unknown-language").first)
        #expect(unknown.message.contains("did you mean 'en'?"))
    }

    @Test(
        "A source language written as a country's code is one error at the attribute, with the code meant; no term is said to lack its forms"
    )
    func sourceLanguageAsCountry() throws {
        let situation = F.situation("s", body: F.phrase("s-hi", zh: "您好。", ko: "안녕하세요.", en: "Hello."))
        let book = F.book(situations: ["s"]).replacingOccurrences(
            of: "<languages source=\"zh\">", with: "<languages source=\"cn\">"
        )
        .replacingOccurrences(
            of: "</phrasebook>",
            with: "<glossary><term id=\"hi\"><zh>您好</zh><en>Hello</en></term></glossary></phrasebook>")
        let diagnostics = try F(situations: ["s": situation], book: book).check()
        #expect(diagnostics.with("unknown-language").count == 1 && diagnostics.with("terminology").isEmpty)
        let unknown = try #require(diagnostics.with("unknown-language").first)
        #expect(unknown.message.hasSuffix("did you mean 'zh'?"), "\(unknown.message)")
        let line = try #require(
            book.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("source=") })
        #expect(unknown.location.line == line + 1, "at <languages source=…>")
        let written = book.split(separator: "\n", omittingEmptySubsequences: false)[line]
        #expect(written.dropFirst(unknown.location.column - 1).hasPrefix("source="), "\(written)")
        // A rendering's element too.
        let kr = try CheckExamples.phrase(zh: "您好。", ko: nil, extra: "<kr>안녕하세요.</kr>").check()
        #expect(try #require(kr.with("unknown-language").first).message.contains("did you mean 'ko'?"))
    }

    @Test("A taboo whose match fragments overlap in one text is reported once, naming the fragments")
    func overlappingTabooOnce() throws {
        let fixture = F(
            situations: [
                "s": F.situation(
                    "s", body: F.phrase("p", zh: "我就这态度，请您理解。", ko: "양해 부탁드립니다.", en: "Please understand."))
            ],
            taboos: F.taboos(
                "<taboo id=\"t\"><zh>我就这态度。</zh><ko>제 태도가 원래 이래요.</ko><en>That's how I am.</en>"
                    + "<match>我就这态度</match><match>就这态度</match></taboo>"))
        let found = try fixture.check().with("taboo-used")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("\"我就这态度\", \"就这态度\"") == true)
    }
}
