import BookSynth
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

    @Test("the byte scan parses as a scalar-by-scalar reading does, on 20,000 random texts")
    func sameAsScalarReading() {
        let alphabet: [String] = [
            "{", "}", "{", "}", "a", "b", "-", "1", "Z", " ", "您", "好", "고", "객", "é", "e\u{301}", "👍", "｛",
        ]
        var generator = SplitMix64(seed: 20_261_203)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0..<16, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let parsed = PlaceholderText(text)
            let expected = ScalarReading(text)
            #expect(parsed.segments == expected.segments, "\(text)")
            #expect(parsed.problems == expected.problems, "\(text)")
        }
    }
}

/// The placeholder parser as it was written first, scalar by scalar: the reference the byte scan is compared
/// with.
private struct ScalarReading {
    var segments: [PlaceholderText.Segment] = []
    var problems: [PlaceholderText.BraceProblem] = []

    init(_ text: String) {
        var literal = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func flush() {
            if !literal.isEmpty { segments.append(.literal(literal)) }
            literal = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "{", next == "{" {
                literal.unicodeScalars.append("{")
                index += 2
            } else if scalar == "}", next == "}" {
                literal.unicodeScalars.append("}")
                index += 2
            } else if scalar == "{" {
                guard let close = scalars[(index + 1)...].firstIndex(where: { $0 == "}" || $0 == "{" }),
                    scalars[close] == "}"
                else {
                    problems.append(
                        .init(message: "'{' is never closed (write '{{' for a literal brace)", offset: index))
                    literal.unicodeScalars.append(scalar)
                    index += 1
                    continue
                }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                if Identifier.isValid(name) {
                    flush()
                    segments.append(.placeholder(name))
                } else {
                    problems.append(
                        .init(
                            message: "'{\(name)}' is not a placeholder name (lower-case letters, digits, hyphens)",
                            offset: index, written: String(name)))
                    literal += "{\(name)}"
                }
                index = close + 1
            } else if scalar == "}" {
                problems.append(.init(message: "'}' closes nothing (write '}}' for a literal brace)", offset: index))
                literal.unicodeScalars.append(scalar)
                index += 1
            } else {
                literal.unicodeScalars.append(scalar)
                index += 1
            }
        }
        flush()
    }
}
