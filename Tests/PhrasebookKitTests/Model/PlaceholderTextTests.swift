import Testing

@testable import PhrasebookKit

@Suite("Placeholder parsing")
struct PlaceholderTextTests {
    @Test("placeholders and literal braces are told apart")
    func segments() {
        let text = PlaceholderText("您好{surname}先生，{{不是占位符}}，{company}")
        #expect(text.names == ["surname", "company"])
        #expect(text.problems.isEmpty)
        #expect(
            text.segments == [
                .literal("您好"), .placeholder("surname"), .literal("先生，{不是占位符}，"), .placeholder("company"),
            ])
    }

    @Test("an unclosed or stray brace is a problem at its offset")
    func unbalanced() {
        let open = PlaceholderText("您好{surname先生")
        #expect(open.problems.map(\.offset) == [2])
        let stray = PlaceholderText("ok} done")
        #expect(stray.problems.map(\.offset) == [2])
        let badName = PlaceholderText("{Sur Name}")
        #expect(badName.problems.count == 1)
        #expect(badName.names.isEmpty)
    }

    @Test("ids are lower-case ASCII letters, digits and hyphens starting with a letter")
    func identifiers() {
        #expect(Identifier.isValid("silent-call-2"))
        #expect(!Identifier.isValid("../x"))
        #expect(!Identifier.isValid("Silent"))
        #expect(!Identifier.isValid("2call"))
        #expect(!Identifier.isValid(""))
    }

    @Test("source hash is the first 8 hex digits of SHA-256")
    func sourceHash() {
        // printf '%s' '您好' | sha256sum
        #expect(SourceHash.of("您好") == "609bc075")
    }

    @Test("a brace anywhere is seen, and a text without one stays one literal run, in checks too")
    func braces() {
        for text in ["{", "}", "您好{name}", "a}", "好好好好好好好好}", "{{"] {
            #expect(PlaceholderText.hasBrace(text))
            #expect(PlaceholderText.hasBrace(String(text.dropFirst(0))))
        }
        for text in ["", "您好", "｛全角｝", "Hello there"] {
            #expect(!PlaceholderText.hasBrace(text))
            #expect(PlaceholderText(text).segments == (text.isEmpty ? [] : [.literal(text)]))
            #expect(Punctuation.literal(text, placeholder: "X") == text)
        }
        #expect(Punctuation.literal("您好{name}先生{{", placeholder: "X") == "您好X先生{")
    }
}
