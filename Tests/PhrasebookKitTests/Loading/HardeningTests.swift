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

    @Test("A default namespace on the root is refused too: content takes no namespace")
    func defaultNamespaceRefused() throws {
        let fixture = ContentFixture(situations: [
            "s":
                "<?xml version=\"1.0\"?>\n<situation xmlns=\"urn:other\" id=\"s\"><title><zh>情景</zh></title></situation>"
        ])
        let schema = try fixture.check().with("schema")
        #expect(schema.contains { $0.message.contains("<situation>") && $0.message.contains("urn:other") })
    }

    @Test("Bidi and C1 controls are each named in a warning on their rendering")
    func controlsWarned() throws {
        let diagnostics = try CheckExamples.phrase(zh: "您好\u{202E}。", en: "Hello&#x85; there.").check()
        let found = diagnostics.with("control-character")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found.contains { $0.message.contains("U+202E") && $0.message.contains("zh text of 'p'") })
        #expect(found.contains { $0.message.contains("U+0085") && $0.message.contains("C1") })
    }

    @Test("No output carries a C1 control raw: every format shows U+FFFD in its place")
    func c1NeverWritten() throws {
        let fixture = CheckExamples.phrase(zh: "您好。", en: "Hello&#x85;&#x9B;31m there.", attributes: "card=\"true\"")
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
        let handbook = try #require(files.first { $0.path.hasPrefix("text/") && $0.contents.contains("there.") })
        #expect(handbook.contents.contains("Hello\u{FFFD}\u{FFFD}31m there."))
    }
}
