import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Loading content")
struct LoaderTests {
    @Test("every element and rendering keeps its line and column")
    func locations() throws {
        let result = try ContentLoader(folder: TestPaths.fixture("minimal")).load()
        let book = try #require(result.book)
        #expect(result.diagnostics.isEmpty)
        let situation = try #require(book.situation("silent-call"))
        let hangUp = try #require(situation.phrases.first { $0.id == "silent-call-hang-up" })
        #expect(hangUp.location.line == 13)
        #expect(hangUp.location.column == 5)
        let korean = try #require(hangUp.text.rendering("ko"))
        #expect(korean.location.line == 15)
        #expect(korean.location.column == 7)
        #expect(korean.location.file.hasSuffix("Fixtures/minimal/situations/silent-call.xml"))
        let category = try #require(hangUp.category)
        #expect(category.location.line == 13)
        #expect(category.location.column == 38)
    }

    @Test("columns count characters, not bytes, after Chinese text")
    func columnsCountCharacters() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let file = folder + "/situations/counter-welcome.xml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "<title><zh>迎接客户</zh>", with: "<title><zh>迎接客户</zh><xx>迎接</xx>")
        try TestPaths.write(text, to: file)
        let diagnostics = Checker().check(try ContentLoader(folder: folder).load())
        let unknown = try #require(diagnostics.first { $0.code == "unknown-language" })
        #expect(unknown.location.line == 3)
        #expect(unknown.location.column == 23)
    }

    @Test("a byte-order mark is not counted in the first line's columns, as editors and libxml2 do not count it")
    func byteOrderMarkNotCounted() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let file = folder + "/situations/counter-welcome.xml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
            .replacingOccurrences(of: "roles=\"counter-clerk\"", with: "roles=\"counter-clerc\"")
        func unknownRole(_ bytes: [UInt8]) throws -> PhrasebookKit.SourceLocation {
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let diagnostics = Checker().check(try ContentLoader(folder: folder).load())
            return try #require(diagnostics.first { $0.code == "unknown-role" }).location
        }
        let plain = try unknownRole(Array(text.utf8))
        let marked = try unknownRole([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(plain.line == 1 && plain.column == 33, "\(plain)")
        #expect(marked == plain)
    }

    @Test(
        "old Mac line ends (a carriage return alone) and CR LF count lines as XML does: every place is where it is",
        arguments: ["\r", "\r\n"])
    func lineEnds(lineEnd: String) throws {
        /// The places of the unknown language (a check's) and of the unclosed `</ko` (libxml2's) in
        /// counter-welcome.xml written with `lineEnd`.
        func places(_ lineEnd: String) throws -> [String] {
            let folder = try TestPaths.copy(ofFixture: "minimal")
            let file = folder + "/situations/counter-welcome.xml"
            let text = try String(contentsOfFile: file, encoding: .utf8)
                .replacingOccurrences(of: "<title><zh>迎接客户</zh>", with: "<title><zh>迎接客户</zh><xx>迎接</xx>")
            try TestPaths.write(text.replacingOccurrences(of: "\n", with: lineEnd), to: file)
            let unclosed = text.replacingOccurrences(of: "<ko>어서 오세요, 이쪽에 앉으세요.</ko>", with: "<ko>어서 오세요</ko")
            let checked = Checker().check(try ContentLoader(folder: folder).load())
            try TestPaths.write(unclosed.replacingOccurrences(of: "\n", with: lineEnd), to: file)
            let loaded = try ContentLoader(folder: folder).load().diagnostics
            let found = [checked.first { $0.code == "unknown-language" }, loaded.first { $0.code == "xml-syntax" }]
            return found.map { $0.map { "\($0.location.line):\($0.location.column) \($0.message)" } ?? "none" }
        }
        let expected = try places("\n")
        #expect(
            expected[0].hasPrefix("3:23 ") && expected[1].hasPrefix("6:15 the tag '</ko' is not closed"), "\(expected)")
        #expect(try places(lineEnd) == expected)
    }

    @Test("text is folded: runs of white space become one space, a line break between CJK characters disappears")
    func folding() {
        #expect(WhiteSpace.fold("  Hello,\n      world  ") == "Hello, world")
        #expect(WhiteSpace.fold("您好，\n   欢迎光临") == "您好，欢迎光临")
        #expect(WhiteSpace.fold("안녕하세요,\n  고객님") == "안녕하세요, 고객님")
        // Text that is already folded comes back as it is; one stray space, tab or edge space still folds.
        #expect(WhiteSpace.fold("Hello, world 您好") == "Hello, world 您好")
        #expect(WhiteSpace.fold("Hello,  world") == "Hello, world")
        #expect(WhiteSpace.fold("Hello,\tworld") == "Hello, world")
        #expect(WhiteSpace.fold(" Hello") == "Hello")
        #expect(WhiteSpace.fold("Hello ") == "Hello")
        #expect(WhiteSpace.fold("") == "")
        #expect(WhiteSpace.isFolded("a b c") && !WhiteSpace.isFolded("a\nb") && !WhiteSpace.isFolded("a  b"))
    }

    @Test("a DOCTYPE is refused before libxml2 sees it, with its place")
    func doctypeRefused() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE taboos [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <taboos><taboo id="x"><zh>&lol2;</zh></taboo></taboos>
            """, to: folder + "/taboos.xml")
        let result = try ContentLoader(folder: folder).load()
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "doctype")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.location.column == 1)
        #expect(result.book?.taboos.isEmpty == true)
    }

    /// The first diagnostic of a book whose taboos.xml, after `declaration`, holds 你好 in GBK (GB18030 alike).
    private func gbkTaboos(declaration: String) throws -> Diagnostic {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        var bytes = Array("\(declaration)\n<taboos>\n  <taboo id=\"t\"><zh>".utf8)
        bytes += [0xC4, 0xE3, 0xBA, 0xC3]  // 你好 in GBK
        bytes += Array("</zh></taboo>\n</taboos>\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/taboos.xml"))
        return try #require(try ContentLoader(folder: folder).load().diagnostics.first)
    }

    @Test("a file saved as GBK is reported as invalid UTF-8 at the right line")
    func invalidUTF8() throws {
        let diagnostic = try gbkTaboos(declaration: "<?xml version=\"1.0\"?>")
        #expect(diagnostic.code == "invalid-encoding")
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.location.column == 21)
        #expect(diagnostic.location.file.hasSuffix("taboos.xml"))
        #expect(diagnostic.message.contains("saved as GBK or another legacy encoding?"))
    }

    @Test("a file saved as the GB18030 its declaration names is told that only UTF-8 is read")
    func declaredLegacyEncoding() throws {
        let diagnostic = try gbkTaboos(declaration: "<?xml version=\"1.0\" encoding=\"GB18030\"?>")
        #expect(diagnostic.code == "invalid-encoding" && diagnostic.location.line == 3)
        #expect(
            diagnostic.message
                == "the file is saved as GB18030, as its XML declaration says; phrasebook reads UTF-8 only: save it as "
                + "UTF-8 and write encoding=\"UTF-8\"")
    }

    @Test(
        "a UTF-8 file whose declaration names another encoding is an error at that name, which other tools would obey",
        arguments: ["GBK", "gb2312", "ISO-8859-1"])
    func declaredOtherEncoding(declared: String) throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let file = folder + "/situations/counter-welcome.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try TestPaths.write(
            text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding='\(declared)'"), to: file)
        let diagnostics = try ContentLoader(folder: folder).load().diagnostics
        #expect(
            diagnostics.map(\.message) == [
                "the XML declaration says encoding=\"\(declared)\", but content files are UTF-8, as this one is: write "
                    + "encoding=\"UTF-8\" (other XML tools read the file as \(declared))"
            ])
        #expect(diagnostics.first?.code == "invalid-encoding")
        #expect(diagnostics.first.map { "\($0.location.line):\($0.location.column)" } == "1:31", "at the name")
        for utf8 in ["utf-8", "UTF8"] {
            try TestPaths.write(text.replacingOccurrences(of: "UTF-8", with: utf8), to: file)
            #expect(try ContentLoader(folder: folder).load().diagnostics.isEmpty, "\(utf8)")
        }
    }

    @Test("a file cut off inside a character is said to be cut off there, not to be saved in another encoding")
    func cutInsideCharacter() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let file = folder + "/situations/counter-welcome.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let kept = text[..<text.range(of: "欢迎光临")!.lowerBound]
        try Data(Array(kept.utf8) + [0xE6, 0xAC]).write(to: URL(fileURLWithPath: file))  // 欢 is E6 AC A2
        let diagnostic = try #require(try ContentLoader(folder: folder).load().diagnostics.first)
        #expect(diagnostic.code == "invalid-encoding")
        #expect("\(diagnostic.location.line):\(diagnostic.location.column)" == "5:12")
        #expect(
            diagnostic.message
                == "the file ends in the middle of a character: it is cut off here (a copy, download or save that did "
                + "not finish?); take the whole file again")
    }

    @Test("a control character XML does not allow is named, at it, with what to do")
    func controlCharacter() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let file = folder + "/situations/counter-welcome.xml"
        try TestPaths.replace("欢迎光临", with: "欢迎\u{0B}光临", in: file)
        let diagnostics = try ContentLoader(folder: folder).load().diagnostics
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["5:14"])  // at it
        #expect(
            diagnostics.map(\.message) == [
                "the file has U+000B here, which XML does not allow in a text (of the control characters, only tab, "
                    + "line feed and carriage return may be written): delete it, or write a space"
            ])
    }

    @Test("a file of nothing but blank lines is empty, as a file of no bytes is, at its first line")
    func blankFile() throws {
        for blank in ["", "\n\n", "  \r\n\t\n"] {
            let folder = try TestPaths.copy(ofFixture: "minimal")
            try TestPaths.write(blank, to: folder + "/taboos.xml")
            let diagnostic = try #require(try ContentLoader(folder: folder).load().diagnostics.first)
            #expect(diagnostic.message.hasPrefix("the file is empty") && diagnostic.location.line == 1, "\(diagnostic)")
        }
    }

    @Test("a file saved as UTF-16, with a byte-order mark or without, is reported as UTF-16")
    func utf16() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let text = try String(contentsOfFile: folder + "/taboos.xml", encoding: .utf8)
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/taboos.xml"))
            let diagnostics = try ContentLoader(folder: folder).load().diagnostics
            let diagnostic = try #require(diagnostics.first)
            #expect(diagnostic.code == "invalid-encoding")
            #expect(diagnostic.message == "the file is saved as UTF-16, not UTF-8; save it as UTF-8")
        }
    }

    @Test("XML syntax errors and schema violations become diagnostics with places")
    func syntaxAndSchema() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(
            "<?xml version=\"1.0\"?>\n<taboos>\n  <taboo id=\"t\"><zh>x</zh>\n</taboos>\n", to: folder + "/taboos.xml")
        try TestPaths.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <situation id="counter-welcome">
              <title><zh>迎接</zh></title>
              <phrase id="counter-welcome-hello" card="maybe"><zh>您好。</zh></phrase>
            </situation>
            """, to: folder + "/situations/counter-welcome.xml")
        let diagnostics = Checker().check(try ContentLoader(folder: folder).load())
        let syntax = try #require(diagnostics.first { $0.code == "xml-syntax" })
        #expect(syntax.location.file.hasSuffix("taboos.xml"))
        #expect(
            syntax.location.line == 3 && syntax.message.hasPrefix("<taboo> (line 3) is not closed before </taboos>"))
        let schema = try #require(diagnostics.first { $0.code == "schema" })
        #expect(schema.location.file.hasSuffix("counter-welcome.xml"))
        #expect(schema.location.line == 4)
        #expect(schema.location.column == 38)  // at the attribute card="maybe"
        #expect(schema.message.contains("'maybe'"))
        #expect(!diagnostics.contains { $0.code == "unknown-situation" })
    }

    @Test("a missing content folder is the tool's failure, not a diagnostic, and says where it looked")
    func missingFolder() {
        let expected = PhrasebookError.noContent(
            folder: "/nonexistent/content", lookedFor: "/nonexistent/content/phrasebook.xml")
        #expect(throws: expected) {
            try ContentLoader(folder: "/nonexistent/content").load()
        }
        #expect(expected.description.contains("--content DIR"))
    }

    @Test("a situation file that is a link to nothing is an error at it, naming where it leads; the rest is read")
    func linkToNothing() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/situations/ghost.xml", withDestinationPath: "../../shared/ghost.xml")
        let loaded = try ContentLoader(folder: folder).load()
        let diagnostics = Checker().check(loaded)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.code == "unreadable-file" && error.location.file.hasSuffix("situations/ghost.xml"))
        #expect(error.message.contains("a link to ../../shared/ghost.xml, which does not exist"), "\(error.message)")
        #expect(loaded.book?.situations.count == 2, "the other situations are read")
    }

    @Test(
        "the syntax mistakes made by hand are said in words, naming what to write, at the place of the mistake",
        arguments: [
            ("<zh>您好 & 再见</zh>", 3, "a bare '&' is not allowed in XML: write '&amp;' for an ampersand", "& "),
            ("<zh>您好&nbsp;再见</zh>", 3, "'&nbsp;' is not an XML entity", "&nbsp;"),
            ("<zh>您好 &amp 再见</zh>", 3, "an '&' here starts a reference that has no ';'", "&amp "),
            ("<zh>先核对订单号&再道歉并安排换货，谢谢</zh>", 3, "an '&' here starts a reference that has no ';'", "&再"),
            ("<en>Check & call back</en>", 3, "a bare '&' is not allowed in XML", "& call"),
            ("<en>Less < more</en>", 3, "a bare '<' is not allowed in XML text: write '&lt;'", "< more"),
            ("<zh>您好再见</zh", 3, "the tag '</zh' is not closed: add '>' after it", "</zh"),
            ("<zh>您好&#0;再见</zh>", 3, "this character reference names U+0000, which XML does not allow", "&#0;"),
            ("<en>Bell &#x7; here</en>", 3, "this character reference names U+0007, which XML", "&#x7;"),
            ("<zh>您好</zh>\n    <ko>안녕하세요</ko\n    <en>Hi</en>", 4, "the tag '</ko' is not closed", "</ko"),
            (
                "<zh>您好</zh foo>", 3, "the end tag '</zh>' has 'foo' after its name: an end tag holds its name alone",
                "foo"
            ),
            (
                "<zh>您好</hz>", 3, "</hz> ends no element: <zh> (line 3) is the one open here",
                "</hz"
            ),
            (
                "<zh>您好</zh>\n    <mach>您好</match>", 4,
                "<mach> (line 4) is ended by </match>: the names differ; write <match> (the format has no <mach>)",
                "<mach>"
            ),
        ])
    func syntaxInWords(text: String, line: Int, message: String, at: String) throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(
            "<?xml version=\"1.0\"?>\n<situation id=\"counter-welcome\">\n  <title>\(text)\n  </title>\n</situation>\n",
            to: folder + "/situations/counter-welcome.xml")
        let diagnostics = Checker().check(try ContentLoader(folder: folder).load())
        let syntax = try #require(diagnostics.first { $0.code == "xml-syntax" })
        #expect(syntax.message.hasPrefix(message), "\(syntax.message)")
        #expect(syntax.location.file.hasSuffix("counter-welcome.xml") && syntax.location.line == line)
        let written = try String(contentsOfFile: folder + "/situations/counter-welcome.xml", encoding: .utf8)
        let row = Array(written.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].unicodeScalars)
        let pointed = String(String.UnicodeScalarView(row[(syntax.location.column - 1)...]))
        #expect(pointed.hasPrefix(at), "column \(syntax.location.column) points at \(pointed)")
    }

    @Test(
        "a comment, CDATA section or processing instruction never closed: one error at its start, none of the file ending inside elements",
        arguments: [
            ("  <!-- to do", 4, "this comment ('<!--') is never closed: add '-->' where it ends"),
            ("  <![CDATA[ 您好", 4, "this CDATA section ('<![CDATA[') is never closed: add ']]>' where it ends"),
            ("  <?note later", 4, "this processing instruction ('<?') is never closed: add '?>' where it ends"),
            ("<!-- a header", 2, "this comment ('<!--') is never closed"),
        ])
    func neverClosed(inserted: String, line: Int, message: String) throws {
        // A comment closed before it (any '-->' after it would close it).
        var written = [
            "<?xml version=\"1.0\"?>", "<situation id=\"counter-welcome\">", "  <!-- done -->",
            "  <title><zh>您好</zh></title>", "</situation>",
        ]
        if line < 4 { written.remove(at: 2) }
        written.insert(inserted, at: line - 1)
        let syntax = try Self.syntaxErrors(ofSituation: written.joined(separator: "\n") + "\n")
        #expect(syntax.count == 1 && syntax.first?.message.hasPrefix(message) == true, "\(syntax.map(\.message))")
        let column = inserted.prefix { $0 == " " }.count + 1
        #expect(syntax.first?.location.line == line && syntax.first?.location.column == column)
    }

    /// The `xml-syntax` errors of the minimal book with its counter-welcome situation file written as `text`.
    private static func syntaxErrors(ofSituation text: String) throws -> [Diagnostic] {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(text, to: folder + "/situations/counter-welcome.xml")
        return Checker().check(try ContentLoader(folder: folder).load()).filter { $0.code == "xml-syntax" }
    }

    @Test("a comment left open until another starts: one error at the first, none of the end tags it swallowed")
    func commentHoldingAnother() throws {
        let syntax = try Self.syntaxErrors(
            ofSituation: "<?xml version=\"1.0\"?>\n<situation id=\"counter-welcome\">\n  <title><zh>您好</zh></title>\n"
                + "  <!-- an old phrase\n  <phrase id=\"p\">\n    <zh>再见。</zh>\n  <!-- to do -->\n  </phrase>\n"
                + "</situation>\n")
        #expect(
            syntax.map(\.message) == [
                "this comment ('<!--') is not closed before the next one starts (line 7): add '-->' where it ends; "
                    + "a comment cannot hold another"
            ])
        #expect(syntax.first?.location.line == 4 && syntax.first?.location.column == 3)
    }

    @Test("an element left open: one error at its start tag naming the end tag to add, none of libxml2's that follow")
    func unclosedElement() throws {
        let syntax = try Self.syntaxErrors(
            ofSituation: "<?xml version=\"1.0\"?>\n<situation id=\"counter-welcome\">\n  <title><zh>您好</zh></title>\n"
                + "  <phrase id=\"p\">\n    <zh>记下订单号后复述一遍。\n    <en>Read it back.</en>\n  </phrase>\n"
                + "</situation>\n")
        #expect(
            syntax.map(\.message) == [
                "<zh> (line 5) is not closed before </phrase>: add </zh> where its text ends, or correct the end tag"
            ])
        #expect(syntax.first?.location.line == 5 && syntax.first?.location.column == 5, "at <zh>")
    }

    @Test("an attribute value without quotes: one error naming it and the fix, none of libxml2's that follow")
    func unquotedAttribute() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(
            "<?xml version=\"1.0\"?>\n<situation id=\"counter-welcome\">\n  <title><zh>您好</zh></title>\n"
                + "  <phrase id=\"p\" category=request><zh>您好。</zh></phrase>\n</situation>\n",
            to: folder + "/situations/counter-welcome.xml")
        let diagnostics = Checker().check(try ContentLoader(folder: folder).load())
        let syntax = diagnostics.filter { $0.code == "xml-syntax" }
        #expect(syntax.map(\.message) == [#"the value of 'category' must be in quotes: write category="request""#])
        #expect(syntax.first?.location.line == 4 && syntax.first?.location.column == 27, "at the value")
    }

    @Test(
        "an attribute value in typographic quotes, as a word processor types them: the fix in straight quotes",
        arguments: ["“true”", "”true”", "„true“", "‘true’", "「true」", "＂true＂"])
    func typographicQuotes(value: String) throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.write(
            "<?xml version=\"1.0\"?>\n<situation id=\"counter-welcome\">\n  <title><zh>您好</zh></title>\n"
                + "  <phrase id=\"p\" card=\(value)><zh>您好。</zh></phrase>\n</situation>\n",
            to: folder + "/situations/counter-welcome.xml")
        let syntax = try ContentLoader(folder: folder).load().diagnostics.filter { $0.code == "xml-syntax" }
        let quote = try #require(value.unicodeScalars.first)
        #expect(
            syntax.map(\.message) == [
                "the value of 'card' must be in straight quotes (\"), not typographic ones (\(quote)): write card=\"true\""
            ])
        #expect(syntax.first?.location.line == 4 && syntax.first?.location.column == 23, "at the opening quote")
    }

    @Test(
        "a mistake in a start tag: one error at the mistake, in words, not first at the root element",
        arguments: [
            (
                #"" category="greeting""#, "\"\u{3000}category=\"greeting\"", "4:37",
                "the tag '<phrase' has a full-width space (U+3000) here, where XML takes only an ordinary space, a tab "
                    + "or a line break: replace it with a space"
            ),
            (
                #"<phrase id="counter-welcome-hello""#, "<phrase\u{3000}id=\"counter-welcome-hello\"", "4:10",
                "the tag '<phrase' has a full-width space (U+3000) here, where XML takes only an ordinary space, a tab "
                    + "or a line break: replace it with a space"
            ),
            (
                #"" category="greeting""#, "\"\u{00A0}category=\"greeting\"", "4:37",
                "the tag '<phrase' has a no-break space (U+00A0) here, where XML takes only an ordinary space, a tab "
                    + "or a line break: replace it with a space"
            ),
            (
                #"category="greeting""#, #"category="greeting'"#, "4:47",
                #"the value of 'category' opens with a double quote (") and closes with a single one ('): write "#
                    + #"category="greeting""#
            ),
            (
                #"category="greeting""#, #"category='greeting""#, "4:47",
                #"the value of 'category' opens with a single quote (') and closes with a double one ("): write "#
                    + #"category="greeting""#
            ),
            (
                #"category="greeting""#, #"category="greeting"#, "4:47",
                #"the value of 'category' has no closing quote: write category="greeting""#
            ),
            (
                #"" category="greeting""#, #""category="greeting""#, "4:37",
                #"attributes need a space between them: write id="counter-welcome-hello" category=… (a space before "#
                    + "'category')"
            ),
            (
                #"category="greeting""#, #"category＝"greeting""#, "4:46",
                #"'category' is followed by a full-width '＝' (U+FF1D): write category="greeting""#
            ),
            (
                #"card="true">"#, #"card="true"＞"#, "4:69",
                "the tag '<phrase' ends with a full-width '＞' (U+FF1E), which XML reads as part of the tag: write '>'"
            ),
            (
                "<zh>您好", "<zh＞您好", "5:8",
                "the tag '<zh' ends with a full-width '＞' (U+FF1E), which XML reads as part of the tag: write '>'"
            ),
            (
                "请坐。</zh>", "请坐。</zh＞", "5:24",
                "the tag '</zh' ends with a full-width '＞' (U+FF1E), which XML reads as part of the tag: write '>'"
            ),
            (
                #"category="farewell">"#, #"category="farewell""#, "9:3",
                #"the tag '<phrase' is not closed: add '>' after category="farewell""#
            ),
            ("<zh>您好", "<zh您好", "5:5", "the tag '<zh' is not closed: add '>' after it"),
            ("您好，欢迎", "您好<欢迎", "5:11", "a bare '<' is not allowed in XML text: write '&lt;' for a less-than sign"),
            (
                "Hello and", "Hello <and", "7:15",
                "a bare '<' is not allowed in XML text: write '&lt;' for a less-than sign"
            ),
            (
                #"card="true""#, #"card="true" card="false""#, "4:70",
                #"<phrase> has the attribute 'card' twice (card="true", then card="false"): keep one"#
            ),
            (#" card="true""#, " card", "4:58", #"the attribute 'card' has no value: write card="…", or delete it"#),
            (
                #"card="true">"#, #"card="true>"#, "4:63",
                #"the value of 'card' has no closing ": close it where the value ends"#
            ),
        ])
    func startTagMistake(old: String, new: String, place: String, message: String) throws {
        #expect(try syntaxErrors(replacing: old, with: new) == ["\(place) \(message)"])
    }

    @Test("an attribute without a value before a start tag libxml2 cannot read: both are said, each at its place")
    func twoStartTagMistakes() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let file = folder + "/situations/counter-welcome.xml"
        try TestPaths.replace(#" card="true""#, with: " card", in: file)
        try TestPaths.replace(#"-bye" category"#, with: "-bye\"\u{3000}category", in: file)
        let syntax = try ContentLoader(folder: folder).load().diagnostics.filter { $0.code == "xml-syntax" }
        #expect(
            syntax.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
                #"4:58 the attribute 'card' has no value: write card="…", or delete it"#,
                "9:35 the tag '<phrase' has a full-width space (U+3000) here, where XML takes only an ordinary space, "
                    + "a tab or a line break: replace it with a space",
            ])
    }

    @Test(
        "an end tag too many or misnamed, a full-width '＜', a file ending inside an element: one error, at it",
        arguments: [
            (
                "</en>\n  </phrase>", "</en>\n  </phrase></phrase>", "8:12",
                "</phrase> ends no element: <situation> (line 2) is the one open here; delete </phrase>, or write "
                    + "</situation> if <situation> ends here"
            ),
            (
                "\n</situation>", "\n</phrase>", "14:1",
                "</phrase> ends no element: <situation> (line 2) is the one open here; delete </phrase>, or write "
                    + "</situation> if <situation> ends here"
            ),
            (
                "<zh>您好", "＜zh>您好", "5:5",
                "'＜zh' starts with a full-width '＜' (U+FF1C), which XML reads as text, not as a tag: write '<zh>'"
            ),
            (
                "请坐。</zh>", "请坐。＜/zh>", "5:20",
                "'＜/zh' starts with a full-width '＜' (U+FF1C), which XML reads as text, not as a tag: write '</zh>'"
            ),
            (
                "\n</situation>", "", "13:12",
                "the file ends before <situation> (line 2) is closed: add </situation> at its end"
            ),
            (
                "  </phrase>\n</situation>", "", "12:41",
                "the file ends before <phrase> (line 9) is closed: add </phrase></situation> at its end"
            ),
            (
                "</phrase>\n</situation>", "</phrase>\n</situation>\n</situation>", "15:1",
                "'</situation>' comes after the end of the root element: a file holds one root element, and after it "
                    + "only comments; delete it"
            ),
            (
                "</phrase>\n</situation>", "</phrase>\n</situation> oops", "14:14",
                "the text 'oops' comes after the end of the root element: a file holds one root element, and after "
                    + "it only comments; delete it, or move it into the element it belongs to"
            ),
            (
                "</phrase>\n</situation>", "</phrase>\n</situation>\noops", "15:1",
                "the text 'oops' comes after the end of the root element: a file holds one root element, and after "
                    + "it only comments; delete it, or move it into the element it belongs to"
            ),
            (
                "<?xml", "\n<?xml", "1:1",
                "the XML declaration '<?xml …?>' must be the very first thing in the file: delete the blank lines or "
                    + "spaces before it"
            ),
            (
                "<?xml", "\u{FEFF}\u{FEFF}<?xml", "1:1",
                "the file starts with a second byte order mark (U+FEFF, invisible in most editors) before '<?xml': "
                    + "delete it (save the file as UTF-8 once)"
            ),
            (
                "<?xml", "hello<?xml", "1:1",
                "the file starts with the text 'hello' before '<?xml' or its root element: delete it"
            ),
        ])
    func endTagMistake(old: String, new: String, place: String, message: String) throws {
        #expect(try syntaxErrors(replacing: old, with: new) == ["\(place) \(message)"])
    }

    /// The `xml-syntax` diagnostics, `line:column message`, of the minimal fixture with `old` replaced by `new` in
    /// counter-welcome.xml (where they must all be).
    private func syntaxErrors(replacing old: String, with new: String) throws -> [String] {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        try TestPaths.replace(old, with: new, in: folder + "/situations/counter-welcome.xml")
        let syntax = try ContentLoader(folder: folder).load().diagnostics.filter { $0.code == "xml-syntax" }
        #expect(syntax.allSatisfy { $0.location.file.hasSuffix("situations/counter-welcome.xml") })
        return syntax.map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test("elements nested past libxml2's limit: an error in words, not libxml2's parser option")
    func tooDeep() throws {
        let folder = try TestPaths.copy(ofFixture: "minimal")
        let deep = String(repeating: "<note>", count: 300) + String(repeating: "</note>", count: 300)
        try TestPaths.write(
            "<?xml version=\"1.0\"?>\n<situation id=\"counter-welcome\">\(deep)</situation>\n",
            to: folder + "/situations/counter-welcome.xml")
        let diagnostics = Checker().check(try ContentLoader(folder: folder).load())
        let syntax = try #require(diagnostics.first { $0.code == "xml-syntax" })
        #expect(syntax.location.file.hasSuffix("counter-welcome.xml"))
        #expect(syntax.message.contains("nested more than 256 deep"), "\(syntax.message)")
        #expect(!syntax.message.contains("XML_PARSE_HUGE"))
    }
}
