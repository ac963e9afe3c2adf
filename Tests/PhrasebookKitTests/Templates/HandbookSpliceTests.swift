import Foundation
import Testing

@testable import PhrasebookKit

/// A handbook's bodies put in after its template rendered (`HandbookSplice`) make the same page as the template
/// rendering them, whatever the template does with `body`.
@Suite("Handbook bodies spliced in")
struct HandbookSpliceTests {
    /// A marker's first character (U+FDD8, a noncharacter, which a literal cannot hold).
    private static let lead = String(Unicode.Scalar(UInt32(0xFDD8))!)

    private static func chapters(_ bodies: [[String]]) -> [ChapterContext] {
        bodies.enumerated().map { number, bodies in
            ChapterContext(
                id: "c\(number)", title: [], titleText: "C", titleAllText: "C", href: "#c\(number)",
                isCurrentChapter: false, hasSituations: !bodies.isEmpty,
                situations: bodies.map { body in
                    SituationWithBody(summary: TypedContextTests.summary, pieces: [.text(body[...])])
                        as any TemplateContext
                })
        }
    }

    /// The page `render` makes of `chapters` (``HandbookSplice/framed(_:in:_:)``, the bodies those of the
    /// chapters' situations), as `PageContext.handbookPage` makes a role's handbook.
    private static func render(
        _ chapters: [ChapterContext], keepingFrameIn slot: FrameSlot?,
        _ render: ([ChapterContext]) throws(PhrasebookError) -> String
    ) throws(PhrasebookError) -> HandbookSplice.Spliced {
        let bodies = chapters.flatMap(\.situations).compactMap { ($0 as? SituationWithBody)?.pieces }
        return try HandbookSplice.framed(bodies, in: slot) { shown throws(PhrasebookError) in
            var texts = shown.makeIterator()
            var chapters = chapters
            for chapter in chapters.indices {
                for entry in chapters[chapter].situations.indices {
                    guard var situation = chapters[chapter].situations[entry] as? SituationWithBody else { continue }
                    situation.pieces = [.text((texts.next() ?? "")[...])]
                    chapters[chapter].situations[entry] = situation
                }
            }
            return try render(chapters)
        }
    }

    /// A stand-in for a `role` template: each chapter's bodies, each as `show` makes it.
    private static func page(_ chapters: [ChapterContext], show: (String) -> String) -> String {
        chapters.map { chapter in
            "<section id=\"\(chapter.id)\">"
                + chapter.situations.map { show(($0 as? SituationWithBody)?.body ?? "") }.joined(separator: "\n")
                + "</section>\n"
        }.joined()
    }

    @Test("bodies shown as they are are put in once, after one render of the template")
    func spliced() throws {
        let chapters = Self.chapters([["<p>一 & 二</p>", "<p>ㅎ " + Self.lead + "</p>"], [], ["<h3>three</h3>"]])
        var calls = 0
        let page = try Self.render(chapters, keepingFrameIn: nil) { chapters in
            calls += 1
            return Self.page(chapters) { $0 }
        }.pieces
        #expect(page.joinedText == Self.page(chapters) { $0 })
        #expect(calls == 1, "the template rendered once, with markers")
        let bodies = chapters.flatMap(\.situations).compactMap { ($0 as? SituationWithBody)?.body }
        #expect(
            bodies.allSatisfy { body in page.contains { $0 == .text(body[...]) } },
            "each body a piece of its own, not copied")
    }

    @Test("the page says where each body sits among its pieces, with or without the frame's text between them")
    func bodySpans() throws {
        let bodies: [[TextPiece]] = [["<p>一</p>", "", "<p>二</p>"], ["<h3>three</h3>"], ["ㅎ", "<br>"]]
        for separator in ["", "\n", "<hr>"] {
            for (before, after) in [("", ""), ("<main>", "</main>")] {
                let page = try HandbookSplice.framed(bodies, in: nil) { shown in
                    before + shown.joined(separator: separator) + after
                }
                #expect(
                    page.pieces.joinedText == before + bodies.map(\.joinedText).joined(separator: separator) + after)
                #expect(page.bodies.map { Array(page.pieces[$0.pieces]) } == bodies.map { $0.filter { !$0.isEmpty } })
            }
        }
        let escaped = try HandbookSplice.framed(bodies, in: nil) { MarkupEscaping.escape($0.joined()) }
        #expect(escaped.bodies.isEmpty, "rendered by the template itself: no bodies of its own")
    }

    @Test("a template that escapes, transforms, repeats or leaves out a body renders the bodies itself")
    func fallsBack() throws {
        let chapters = Self.chapters([["<p>a & b</p>", "<p>Body</p>"], ["<p>c</p>"]])
        let shows: [String: (String) -> String] = [
            "escaped": MarkupEscaping.escape, "uppercased": { $0.uppercased() }, "lowercased": { $0.lowercased() },
            "capitalized": { $0.capitalized }, "reversed": { String($0.reversed()) }, "twice": { $0 + $0 },
            "left out": { _ in "" }, "a marker's first character beside it": { $0 + Self.lead },
        ]
        for (name, show) in shows {
            var calls = 0
            let slot = try #require(FrameSlot(key: "k", store: RenderMemory().begin(.html, generation: "g")))
            let page = try Self.render(chapters, keepingFrameIn: slot) { chapters in
                calls += 1
                return Self.page(chapters, show: show)
            }
            #expect(page.pieces.joinedText == Self.page(chapters, show: show), "\(name)")
            #expect(calls == 2, "\(name): rendered again with the bodies")
            #expect(page.frame == nil && slot.store.frame("k") == nil, "\(name): no frame kept")
        }
    }

    @Test("a frame kept is taken instead of rendering the template; one whose markers do not match is not")
    func framesKept() throws {
        let chapters = Self.chapters([["<p>一 & 二</p>", "<p>two</p>"], [], ["<h3>three</h3>"]])
        let slot = try #require(FrameSlot(key: "k", store: RenderMemory().begin(.html, generation: "g")))
        var calls = 0
        let render = { (chapters: [ChapterContext]) throws(PhrasebookError) -> String in
            calls += 1
            return Self.page(chapters) { $0 }
        }
        let first = try Self.render(chapters, keepingFrameIn: slot, render)
        #expect(calls == 1)
        let frame = try #require(first.frame)
        #expect(frame.key == "k" && slot.store.frame("k") == frame.text)
        #expect((0..<3).allSatisfy { frame.text.contains(HandbookSplice.marker($0)) })
        let other = Self.chapters([["<p>1</p>", "<p>2</p>"], [], ["<h3>3</h3>"]])
        let second = try Self.render(other, keepingFrameIn: slot, render)
        #expect(calls == 1, "the frame kept, taken")
        #expect(second.pieces.joinedText == Self.page(other) { $0 })
        #expect(second.frame == frame)
        let fewer = Self.chapters([["<p>1</p>"]])
        let third = try Self.render(fewer, keepingFrameIn: slot, render)
        #expect(calls == 2, "a frame with other markers than the bodies': the template rendered")
        #expect(third.pieces.joinedText == Self.page(fewer) { $0 })
        #expect(try Self.render(chapters, keepingFrameIn: nil, render).frame == nil, "no slot, no frame")
        #expect(FrameSlot(key: nil, store: slot.store) == nil, "no key (inputs unknown), no slot")
        #expect(FrameSlot(key: "k", store: nil) == nil, "a render that keeps nothing has no slot")
    }

    @Test("an empty body is rendered by the template, since a section tells it from a marker")
    func emptyBody() throws {
        let chapters = Self.chapters([["<p>a</p>", ""]])
        var calls = 0
        _ = try Self.render(chapters, keepingFrameIn: nil) { chapters in
            calls += 1
            return Self.page(chapters) { $0 }
        }
        #expect(calls == 1, "no marker render at all")
    }

    /// The whole book's handbook in `format` (at `path`), by the shipped templates and by a copy whose
    /// `template` escapes the body (`{{body}}` instead of `{{{body}}}`).
    private static func handbooks(_ format: OutputFormat, template: String, path: String) throws -> (
        shown: String, escaped: String
    ) {
        let templates = try TestPaths.copyOfTemplates()
        let pipeline = Pipeline(contentFolder: TestPaths.content, templatesFolder: templates, outputFolder: "")
        let book = try #require(try pipeline.check().book)
        func handbook(_ files: [OutputFile]) throws -> String {
            try #require(files.first { $0.path == path }).contents
        }
        let options = RenderOptions(formats: [format])
        let shown = try handbook(format == .html ? ShippedContent.html.get() : pipeline.render(book, options))
        let file = templates + "/" + template
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("{{{body}}}"))
        try TestPaths.write(text.replacingOccurrences(of: "{{{body}}}", with: "{{body}}"), to: file)
        return (shown, try handbook(pipeline.render(book, options)))
    }

    @Test(
        "a user's role or situation-body template that escapes the body shows it escaped, as before",
        arguments: [
            ("html/role.mustache", "<article class=\"situation\"", "&lt;article class=&quot;situation&quot;"),
            ("html/situation-body.mustache", "<li class=\"phrase", "&lt;li class=&quot;phrase"),
        ])
    func escapingTemplate(template: String, body: String, escapedBody: String) throws {
        let (shown, escaped) = try Self.handbooks(.html, template: template, path: "html/book/handbook.html")
        #expect(shown.contains(body))
        #expect(escaped.contains(escapedBody))
        #expect(!escaped.contains(body))
        #expect(!escaped.contains(Self.lead), "no marker left in the page")
    }

    @Test("a handbook holds each phrase's fragment as a piece of its own, not copied into its situation's body")
    func phrasesArePieces() throws {
        let handbook = try #require(try ShippedContent.html.get().first { $0.path == "html/book/handbook.html" })
        let phrases = handbook.contents.components(separatedBy: "<li class=\"phrase").count - 1
        #expect(phrases > 300)
        #expect(handbook.pieces.filter { $0.text.hasPrefix("<li class=\"phrase") }.count == phrases)
    }

    @Test("a user's text handbook template that escapes the body shows it escaped, as before")
    func escapingTextTemplate() throws {
        let (shown, escaped) = try Self.handbooks(.text, template: "text/handbook.mustache", path: "text/handbook.txt")
        #expect(shown.contains("customer's premises") && escaped.contains("customer&#39;s premises"))
        #expect(!escaped.contains(Self.lead), "no marker left in the page")
    }
}
