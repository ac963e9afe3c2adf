import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Diagnostics never print control characters raw")
struct DiagnosticEscapingTests {
    @Test("a file named with a newline and an escape sequence cannot forge a line or drive the terminal")
    func hostileFileName() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let name = "evil\u{1B}[2J\nforged.xml:1:1: error: [fake] fooled you\u{202E}.xml"
        try TestPaths.write("<?xml version=\"1.0\"?>\n<situation id=\"evil\">", to: content + "/situations/" + name)
        let result = try PhrasebookCommand.run(["check", "--content", content])
        #expect(result.status == 1)
        #expect(!result.err.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(!result.err.split(separator: "\n").contains { $0.hasPrefix("forged.xml") })
        #expect(result.err.contains("evil\\u{1B}[2J\\u{A}forged.xml"))
    }

    @Test("a folder name with control characters is escaped in the error of exit status 2")
    func hostileFolderName() throws {
        let result = try PhrasebookCommand.run(["check", "--content", "/nowhere\u{1B}]0;title\u{07}"])
        #expect(result.status == 2)
        #expect(!result.err.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.err.contains("/nowhere\\u{1B}]0;title\\u{7}"))
    }

    @Test("a bad option value is escaped in the usage error")
    func hostileOptionValue() throws {
        let result = try PhrasebookCommand.run(["build", "--format", "html\u{1B}[2J"])
        #expect(result.status == 2)
        #expect(!result.err.unicodeScalars.contains { $0.value == 0x1B })
        #expect(result.err.contains("html\\u{1B}[2J"))
    }

    @Test("text without control characters is printed as it is; C1 and bidi controls are escaped")
    func escaping() {
        #expect("안녕 — ok".escapingControlCharacters == "안녕 — ok")
        #expect("a\u{85}b\u{2066}c\td".escapingControlCharacters == "a\\u{85}b\\u{2066}c\\u{9}d")
        #expect("a\nb\u{1B}".escapingControlCharacters(keepingNewlines: true) == "a\nb\\u{1B}")
        let noncharacters = "a" + scalar(0xFDD0) + "b" + scalar(0xFFFE) + "c" + scalar(0x10FFFF)
        #expect(noncharacters.escapingControlCharacters == "a\\u{FDD0}b\\u{FFFE}c\\u{10FFFF}")
    }

    /// The text of one code point: noncharacters cannot be written as a literal's `\u{…}`.
    private func scalar(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String($0) } ?? ""
    }

    @Test("noncharacters are escaped too, in JSON a supplementary one as its surrogates; the JSON reads back the same")
    func noncharacters() throws {
        let diagnostic = Diagnostic(
            .warning, "noncharacter", "the text holds " + scalar(0xFDD0) + " and " + scalar(0x1FFFF),
            at: SourceLocation(file: "a.xml", line: 1, column: 1))
        let json = DiagnosticOutput.json.format([diagnostic])
        #expect(json.contains(#"the text holds \ufdd0 and \ud83f\udfff"#), "\(json)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.first?["message"] as? String == diagnostic.message)
    }

    @Test("stats prints a title's noncharacter and bidi control as escapes, as the diagnostics do")
    func statsTitle() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let files = try FileManager.default.contentsOfDirectory(atPath: content + "/situations")
        let path = content + "/situations/" + (try #require(files.first { $0.hasSuffix(".xml") }))
        let xml = try String(contentsOfFile: path, encoding: .utf8)
        let title = try #require(xml.range(of: "<title"))
        let zh = try #require(xml.range(of: "<zh>", range: title.upperBound..<xml.endIndex))
        try TestPaths.write(xml.replacingCharacters(in: zh, with: "<zh>" + scalar(0xFDD0) + "\u{202E}"), to: path)
        let result = try PhrasebookCommand.run(["stats", "--content", content])
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.out.unicodeScalars.contains { $0.value == 0xFDD0 || $0.value == 0x202E })
        #expect(result.out.contains("\\u{FDD0}\\u{202E}"), "\(result.out)")
    }

    /// Whether `text` holds a C1 control, DEL or a bidirectional embedding, override or isolate, raw.
    private func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value)
        }
    }

    @Test("--diagnostics json writes C1 and bidi controls of a file name as \\u escapes; the JSON reads back the same")
    func jsonFileName() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let name = "evil\u{85}\u{9B}2J\u{202E}lmx.\u{2066}x\u{7F}.xml"
        try TestPaths.write("<?xml version=\"1.0\"?>\n<situation id=\"evil\">", to: content + "/situations/" + name)
        let result = try PhrasebookCommand.run(["check", "--content", content, "--diagnostics", "json"])
        #expect(result.status == 1)
        #expect(!hasRawControls(result.out))
        #expect(result.out.contains(#"evil\u0085\u009b2J\u202elmx.\u2066x\u007f.xml"#))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(entries.contains { ($0["file"] as? String)?.hasSuffix("/situations/" + name) == true })
    }

    @Test("JSON diagnostics escape C1 and bidi controls in every field, and leave other text as it is")
    func jsonEscaping() throws {
        let diagnostic = Diagnostic(
            .warning, "bidi-control", "the text holds \u{202B}\u{2069} and \u{80}; 안녕 — ok",
            at: SourceLocation(file: "a\u{9F}.xml", line: 1, column: 1))
        let json = DiagnosticOutput.json.format([diagnostic])
        #expect(!hasRawControls(json))
        #expect(json.contains(#"the text holds \u202b\u2069 and \u0080; 안녕 — ok"#))
        #expect(json.contains(#""file" : "a\u009f.xml""#))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.first?["message"] as? String == diagnostic.message)
    }
}
