import BookSynth
import Mustache
import PhrasebookTestSupport
import Testing

@testable import PhrasebookKit

/// A template is parsed by swift-mustache for its syntax errors only when the compiler cannot tell it is free of
/// them (``MustacheParser/readsAlikeBySwiftMustache(_:)``): whatever the compiler parses, and swift-mustache reads
/// alike, swift-mustache parses too.
@Suite("Templates read alike by both parsers")
struct SameReadingTests {
    /// Pieces of tags and of text around them, broken ones most of all, with characters that join a brace or a
    /// sigil into one character (a combining accent, a zero-width non-joiner, an Arabic number sign), white space
    /// swift-mustache skips in a tag (U+3000), Korean and NUL.
    private static let pieces = [
        "{{", "}}", "{", "}", "#", "^", "/", "!", ">", "&", "a", "b", ".", " ", "\n", "\r\n", "\r", "(", ")", "*",
        "=", "<", "$", "%", "\u{301}", "\u{200C}", "\u{600}", "\u{3000}", "한", "{{a}}", "{{#a}}", "{{/a}}",
        "{{!", "{{! 설명", "{{>b}}", "{{{a}}}", "\u{0}",
    ]

    @Test("Random tag soup: a text the compiler parses and both read alike, swift-mustache parses")
    func compilerAndSwiftMustacheAgree() {
        var random = SplitMix64(seed: 2026_12_05_2)
        var skipped = 0
        var refusedByTheGuardAlone = 0
        for round in 0..<30_000 {
            let length = Int(random.next() % 16) + 1
            let text = (0..<length).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let compiles = (try? MustacheParser.parse(text, numbers: [:])) != nil
            let swiftMustacheParses = (try? MustacheTemplate(string: text)) != nil
            guard compiles, MustacheParser.readsAlikeBySwiftMustache(text) else {
                if compiles, !swiftMustacheParses { refusedByTheGuardAlone += 1 }
                continue
            }
            #expect(swiftMustacheParses, "round \(round): \(text.debugDescription)")
            if !swiftMustacheParses { return }
            skipped += 1
        }
        #expect(skipped > 3000, "the texts parsed by the compiler alone")
        #expect(refusedByTheGuardAlone > 0, "texts the compiler parses and swift-mustache does not: the guard's use")
    }

    @Test(
        "A sigil or closing brace joined with the next character, a last brace: swift-mustache's refusal is kept",
        arguments: ["{{a}}\u{301}\n", "{{!\u{301} note}}\n", "x\n{{#a}}{{/a}}\u{200C}", "{{a}}\n}{"])
    func textsSwiftMustacheRefusesAreLeftToIt(_ text: String) throws {
        #expect((try? MustacheParser.parse(text, numbers: [:])) != nil)
        #expect((try? MustacheTemplate(string: text)) == nil)
        #expect(!MustacheParser.readsAlikeBySwiftMustache(text))
        try TestPaths.withScratch { folder in
            try TestPaths.write(text, to: folder + "/page.mustache")
            let error = #expect(throws: PhrasebookError.self) {
                try TemplateSet(folder: folder, required: ["page"])
            }
            guard case .brokenTemplate(let path, _, _, _) = error else {
                Issue.record("not a template's error: \(String(describing: error))")
                return
            }
            #expect(path == folder + "/page.mustache")
        }
    }

    @Test("The shipped templates are all read alike, so no build parses them twice")
    func shippedTemplatesReadAlike() throws {
        for format in ["html", "markdown", "text"] {
            let folder = TestPaths.templates + "/" + format
            for path in try TemplateSet.files(in: folder) {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(MustacheParser.readsAlikeBySwiftMustache(text), "\(path)")
                #expect((try? MustacheParser.parse(text, numbers: [:])) != nil, "\(path)")
            }
        }
    }
}
