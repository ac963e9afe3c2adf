import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Source-preserving content edits")
struct ContentFileEditorTests {
    private let sample =
        "<?xml version=\"1.0\"?>\r\n<!-- keep -->\r\n<phrase id='p'>\r\n\t<zh>您好。</zh>\r\n"
        + "\t<ko check-ignore='x'  source-hash='00000000'>안녕</ko>\r\n\t<en >Hi</en>\r\n\t<ja/>\r\n</phrase>\r\n"

    private func editor() -> ContentFileEditor {
        ContentFileEditor(path: "sample.xml", bytes: Array(sample.utf8))
    }

    private func at(_ line: Int, _ column: Int) -> PhrasebookKit.SourceLocation {
        PhrasebookKit.SourceLocation(file: "sample.xml", line: line, column: column)
    }

    @Test("replacing an attribute changes only its value and keeps its quotes")
    func replaceAttribute() throws {
        var editor = editor()
        try editor.setAttribute("source-hash", to: "abcdef12", onElementAt: at(5, 2), named: "ko")
        let expected = sample.replacingOccurrences(of: "'00000000'", with: "'abcdef12'")
        #expect(String(decoding: editor.edited, as: UTF8.self) == expected)
    }

    @Test("a new attribute goes at the end of the start tag; self-closing tags stay self-closing")
    func addAttribute() throws {
        var editor = editor()
        try editor.setAttribute("source-hash", to: "1234abcd", onElementAt: at(6, 2), named: "en")
        try editor.setAttribute("source-hash", to: "1234abcd", onElementAt: at(7, 2), named: "ja")
        let text = String(decoding: editor.edited, as: UTF8.self)
        #expect(text.contains("\t<en source-hash=\"1234abcd\">Hi</en>\r\n"))
        #expect(text.contains("\t<ja source-hash=\"1234abcd\"/>\r\n"))
        #expect(text.hasPrefix("<?xml version=\"1.0\"?>\r\n<!-- keep -->\r\n<phrase id='p'>"))
    }

    @Test("texts are escaped; an empty element gets a text; a new element copies its sibling's indentation")
    func textsAndInsertions() throws {
        var editor = editor()
        try editor.setText("Hi & <bye>", ofElementAt: at(6, 2), named: "en")
        try editor.setText("やあ", ofElementAt: at(7, 2), named: "ja")
        try editor.insertElement("fr", text: "Salut", after: at(6, 2), named: "en")
        let text = String(decoding: editor.edited, as: UTF8.self)
        #expect(text.contains("\t<en >Hi &amp; &lt;bye&gt;</en>\r\n\t<fr>Salut</fr>\r\n\t<ja>やあ</ja>\r\n"))
    }

    @Test("a file with old Mac line ends (a carriage return alone) is edited at the lines XML counts, in its line ends")
    func carriageReturnLineEnds() throws {
        let mac = sample.replacingOccurrences(of: "\r\n", with: "\r")
        var editor = ContentFileEditor(path: "sample.xml", bytes: Array(mac.utf8))
        try editor.setAttribute("source-hash", to: "abcdef12", onElementAt: at(5, 2), named: "ko")
        try editor.insertElement("fr", text: "Salut", after: at(6, 2), named: "en")
        let expected = mac.replacingOccurrences(of: "'00000000'", with: "'abcdef12'")
            .replacingOccurrences(of: "<en >Hi</en>\r", with: "<en >Hi</en>\r\t<fr>Salut</fr>\r")
        #expect(String(decoding: editor.edited, as: UTF8.self) == expected)
    }

    @Test("a file with a byte order mark and its elements on line 1 is edited where the loader places them")
    func byteOrderMark() throws {
        let text = "<phrase id='p'><zh>您好。</zh><en>Hi</en></phrase>"
        // Where the loader reports <en>: the mark is not a column (LoaderTests.byteOrderMarkNotCounted).
        let column =
            text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex, to: try #require(text.range(of: "<en>")).lowerBound) + 1
        var editor = ContentFileEditor(path: "sample.xml", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        try editor.setText("Hello.", ofElementAt: at(1, column), named: "en")
        #expect(
            editor.edited == [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: ">Hi<", with: ">Hello.<").utf8))
    }

    @Test("an empty element gets its attribute and text together; the same place edited twice is refused")
    func clashes() throws {
        var editor = editor()
        try editor.setText("やあ", ofElementAt: at(7, 2), named: "ja")
        try editor.setAttribute("source-hash", to: "1234abcd", onElementAt: at(7, 2), named: "ja")
        #expect(String(decoding: editor.edited, as: UTF8.self).contains("\t<ja source-hash=\"1234abcd\">やあ</ja>\r\n"))
        #expect(throws: PhrasebookError.self) { try editor.setText("again", ofElementAt: at(7, 2), named: "ja") }
        try editor.setText("Hey", ofElementAt: at(6, 2), named: "en")
        #expect(throws: PhrasebookError.self) { try editor.setText("Hi!", ofElementAt: at(6, 2), named: "en") }
        try editor.setAttribute("source-hash", to: "abcdef12", onElementAt: at(5, 2), named: "ko")
        #expect(throws: PhrasebookError.self) {
            try editor.setAttribute("source-hash", to: "12345678", onElementAt: at(5, 2), named: "ko")
        }
    }

    @Test(
        "a new element goes after a sibling holding a comment or an instruction; CDATA is text to replace; a comment is not"
    )
    func commentsAndCDATA() throws {
        let marked =
            "<phrase id='p'>\n  <zh>请取号。</zh>\n  <ko>번호표를 뽑아 주세요. <!-- c </ko> -->감사합니다.</ko>\n"
            + "  <en><![CDATA[Take a <ticket>]]></en>\n</phrase>\n"
        let instruction = "<phrase id='p'>\n  <zh>请取号。</zh>\n  <ko>안녕<?note </ko> ?></ko >\n</phrase>\n"
        var other = ContentFileEditor(path: "sample.xml", bytes: Array(instruction.utf8))
        try other.insertElement("en", text: "Hello", after: at(3, 3), named: "ko")
        let inserted = String(decoding: other.edited, as: UTF8.self)
        #expect(inserted.contains("<ko>안녕<?note </ko> ?></ko >\n  <en>Hello</en>\n"))
        var editor = ContentFileEditor(path: "sample.xml", bytes: Array(marked.utf8))
        try editor.insertElement("ja", text: "番号札をお取りください。", after: at(3, 3), named: "ko")
        try editor.setText("Please take a ticket.", ofElementAt: at(4, 3), named: "en")
        #expect(
            String(decoding: editor.edited, as: UTF8.self)
                == "<phrase id='p'>\n  <zh>请取号。</zh>\n  <ko>번호표를 뽑아 주세요. <!-- c </ko> -->감사합니다.</ko>\n"
                + "  <ja>番号札をお取りください。</ja>\n  <en>Please take a ticket.</en>\n</phrase>\n")
        #expect(throws: PhrasebookError.self, "the comment would be lost") {
            try editor.setText("안녕하세요.", ofElementAt: at(3, 3), named: "ko")
        }
    }

    @Test("an element that is not where the loader said is refused")
    func wrongElement() {
        var editor = editor()
        #expect(throws: PhrasebookError.self) {
            try editor.setAttribute("source-hash", to: "1", onElementAt: at(5, 2), named: "en")
        }
        #expect(throws: PhrasebookError.self) {
            try editor.setText("x", ofElementAt: at(3, 1), named: "phrase")
        }
    }

    @Test("writing replaces the file atomically and refuses a file changed on disk since it was read")
    func atomicWrite() throws {
        let folder = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/sample.xml"
        try TestPaths.write(sample, to: path)
        var editor = try ContentFileEditor(path: path)
        try editor.setAttribute("source-hash", to: "abcdef12", onElementAt: at(5, 2), named: "ko")
        try TestPaths.write(sample + "<!-- meanwhile -->", to: path)
        #expect(throws: PhrasebookError.self) { try editor.checkUnchangedOnDisk() }
        #expect(FileManager.default.contents(atPath: path) == Data((sample + "<!-- meanwhile -->").utf8))

        try TestPaths.write(sample, to: path)
        try editor.checkUnchangedOnDisk()
        try AtomicFile.writeAll([AtomicFile.Change(path: path, old: editor.original, new: editor.edited)])
        #expect(FileManager.default.contents(atPath: path) == Data(editor.edited))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["sample.xml"])
    }
}
