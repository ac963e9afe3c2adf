import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Hardening: foreign namespaces and invisible controls")
struct HardeningTests {
    @Test("A rendering in a foreign XML namespace is refused, naming the element and the namespace")
    func foreignNamespaceRefused() throws {
        let fixture = CheckExamples.phrase(zh: "您好。", extra: "<q:ja xmlns:q=\"urn:example:q\">こんにちは。</q:ja>")
        let diagnostics = try fixture.check()
        let schema = try #require(diagnostics.with("schema").first)
        #expect(schema.message.contains("<q:ja>") && schema.message.contains("urn:example:q"))
        #expect(schema.location.line == 4)
        #expect(diagnostics.with("unknown-language").isEmpty)
    }

    @Test("A default namespace is refused too, once, at its xmlns attribute: not once per element it covers")
    func defaultNamespaceRefused() throws {
        let fixture = ContentFixture(situations: [
            "s": ContentFixture.situation(
                "s", attributes: "xmlns=\"http://example.com/x\"",
                body: ContentFixture.phrase("p", zh: "您好。", ko: "안녕하세요.", en: "Hello.")),
            "t": ContentFixture.situation(
                "t", body: "  <phrase id=\"q\"><zh>您好。</zh><ko xmlns=\"urn:other\">안녕하세요.</ko></phrase>"),
        ])
        let schema = try fixture.check().with("schema")
        #expect(
            schema.map(\.message) == [
                "xmlns=\"http://example.com/x\" puts <situation> and every element in it in that XML namespace; "
                    + "content elements take no namespace: remove the xmlns attribute",
                "xmlns=\"urn:other\" puts <ko> and every element in it in that XML namespace; content elements take "
                    + "no namespace: remove the xmlns attribute",
            ])
        #expect(schema.map { "\($0.location.line):\($0.location.column)" } == ["2:19", "4:34"])
    }

    @Test("Bidi controls, DEL and C1 controls are each named in a warning on their rendering")
    func controlsWarned() throws {
        let diagnostics = try CheckExamples.phrase(zh: "您好\u{202E}。", en: "Hello&#x85; there&#x7F;.").check()
        let found = diagnostics.with("control-character")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found.contains { $0.message.contains("U+202E") && $0.message.contains("zh text of 'p'") })
        #expect(
            found.contains {
                $0.message.contains("U+0085, U+007F") && $0.message.contains("(DEL or C1 controls)")
            }, "\(found.map(\.message))")
    }

    @Test("Noncharacters are named in a warning of their own; no output carries one, nor a stamp in their place")
    func noncharactersWarnedAndNeverWritten() throws {
        // The eight noncharacters an output shows until it is stamped, and the last code points of two planes
        // (U+FFFE and U+FFFF themselves are no XML characters: the loader refuses them).
        let placeholder = (0xFDD0...0xFDD7).map { "&#x\(String($0, radix: 16));" }.joined()
        let fixture = CheckExamples.phrase(
            zh: "您好&#x1FFFE;。", en: "Hello \(placeholder) there&#x10FFFF;.", attributes: "card=\"true\"")
        let diagnostics = try fixture.check()
        let found = diagnostics.with("noncharacter")
        #expect(found.count == 2 && found.allSatisfy { $0.severity == .warning })
        #expect(found.contains { $0.message.contains("U+1FFFE") && $0.message.contains("zh text of 'p'") })
        #expect(found.contains { $0.message.contains("U+FDD0, U+FDD1") && $0.message.contains("U+10FFFF") })
        #expect(diagnostics.with("control-character").isEmpty)
        let files = try fixture.withFolder { folder in
            let pipeline = Pipeline(
                contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: folder + "/Output")
            return try pipeline.render(try #require(try pipeline.check().book), RenderOptions())
        }
        for file in files {
            // The search data ends each of its texts with U+FFFF, which no content text can hold (XML cannot).
            let own = file.path.hasPrefix("html/assets/search/") ? Character(Unicode.Scalar(UInt32(0xFFFF))!) : nil
            let text = file.contents.filter { $0 != own }
            #expect(!text.unicodeScalars.contains(where: ControlCharacters.isNoncharacter), "\(file.path)")
        }
        let handbook = try #require(files.first { $0.path == "text/handbook.txt" })
        #expect(handbook.contents.contains("Hello " + String(repeating: "\u{FFFD}", count: 8) + " there\u{FFFD}."))
    }

    @Test("Texts without C1 controls or noncharacters are handed on as they are; the rest neutralized exactly")
    func neutralizing() {
        for text in ["", "您好，欢迎光临！", "한국어 ＡＢＣ", "\u{FDCF}\u{FDF0}\u{FFFD}\u{1FFFD}\u{E000}", "\u{A0}\u{7E}"] {
            #expect(ControlCharacters.neutralized(text) == text)
        }
        // Swift refuses noncharacters in a literal: they are put in by their numbers.
        func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }
        let odd =
            "a\u{85}\u{7F}b" + scalar(0xFDD0) + "c" + scalar(0xFDEF) + "d" + scalar(0xFFFF) + "e" + scalar(0x2FFFE)
            + "f"
            + scalar(0x10FFFF)
        #expect(ControlCharacters.neutralized(odd) == "a\u{FFFD}\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}")
        let every = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(ControlCharacters.isNoncharacter)
        #expect(every.count == 66, "Unicode's 66 noncharacters")
    }

    @Test("No output carries DEL or a C1 control raw: every format shows U+FFFD in its place")
    func c1NeverWritten() throws {
        let fixture = CheckExamples.phrase(
            zh: "您好。", en: "Hello&#x85;&#x9B;31m there&#x7F;.", attributes: "card=\"true\"")
        let files = try fixture.withFolder { folder in
            let pipeline = Pipeline(
                contentFolder: folder, templatesFolder: TestPaths.templates, outputFolder: folder + "/Output")
            let book = try #require(try pipeline.check().book)
            return try pipeline.render(book, RenderOptions())
        }
        #expect(Set(files.map { $0.path.split(separator: "/")[0] }) == ["html", "markdown", "text"])
        for file in files {
            #expect(!file.contents.unicodeScalars.contains { ControlCharacters.isC1($0) }, "\(file.path)")
        }
        let handbook = try #require(files.first { $0.path.hasPrefix("text/") && $0.contents.contains("31m there") })
        #expect(handbook.contents.contains("Hello\u{FFFD}\u{FFFD}31m there\u{FFFD}."))
    }
}
