import Foundation
import Testing

@testable import PhrasebookKit

/// An incremental build reads the situation bodies (HTML, Markdown) and laid-out situations (text) whose inputs did
/// not change back from the previous build's handbooks (``FragmentIndex``, ``PreviousPages``) instead of rendering them again, and the result is what a clean
/// build makes.
@Suite("Incremental builds: situation bodies read back from the previous handbooks")
struct PreviousPagesTests {
    /// A scratch copy of the shipped content, built once into a fresh output folder.
    private func builtProject() throws -> (content: String, pipeline: Pipeline) {
        let built = try ShippedBuild()
        #expect(built.first.reusedBodies == 0)
        return (built.content, built.pipeline)
    }

    private func edit(_ path: String, _ old: String, _ new: String) throws {
        try ShippedBuild.edit(path, old, new)
    }

    /// The published files of the output folder: its build state and index left out.
    private static func published(_ folder: String) -> [String: Data] {
        TestPaths.snapshot(folder).filter { !$0.key.hasPrefix(".phrasebook") }
    }

    /// Whether `pipeline`'s output is, file for file, what a clean build of its content and templates makes.
    private func matchesCleanBuild(_ pipeline: Pipeline) throws -> Bool {
        var clean = pipeline
        clean.outputFolder = TestPaths.scratch() + "/Clean"
        _ = try clean.build(RenderOptions())
        return Self.published(pipeline.outputFolder) == Self.published(clean.outputFolder)
    }

    /// The edit most of these tests make: one phrase's English shortened.
    private static let askToWait = (
        file: "/situations/ask-to-wait.xml", old: "and call back once it's done.</en>", new: "and call back.</en>"
    )

    private func editAskToWait(_ content: String) throws {
        try edit(content + Self.askToWait.file, Self.askToWait.old, Self.askToWait.new)
    }

    /// What a clean build of the shipped content with ``askToWait`` publishes: built once, for every test that
    /// ends there.
    private static let editedCleanBuild = Result { () throws -> [String: Data] in
        let content = try ShippedBuild.copyOfContent()
        try ShippedBuild.edit(content + askToWait.file, askToWait.old, askToWait.new)
        let output = TestPaths.scratch() + "/Clean"
        _ = try Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output).build(
            RenderOptions())
        return published(output)
    }

    /// Whether `pipeline` (the shipped content and templates, ``askToWait`` made) published what a clean build
    /// does.
    private func matchesEditedCleanBuild(_ pipeline: Pipeline) throws -> Bool {
        #expect(pipeline.templatesFolder == TestPaths.templates)
        return Self.published(pipeline.outputFolder) == (try Self.editedCleanBuild.get())
    }

    /// How many situations each handbook rendered again after an edit of `situation` shows, but for that one:
    /// the bodies a build can read back (in the handbooks whose paths start with `prefix`).
    private func otherBodies(
        in result: Pipeline.BuildResult, besides situation: String, _ pipeline: Pipeline, prefix: String = ""
    ) throws -> Int {
        let book = try #require(try pipeline.check().book)
        let rendered = Set(result.files.filter(\.rendered).map(\.path))
        let handbooks =
            [("html/book/handbook.html", BookView(book: book)), ("text/handbook.txt", BookView(book: book))]
            + book.roles.flatMap { role in
                ["html/roles/\(role.id).html", "markdown/roles/\(role.id).md", "text/roles/\(role.id).txt"].map {
                    ($0, BookView(book: book, role: role))
                }
            }
        return handbooks.filter { rendered.contains($0.0) && $0.0.hasPrefix(prefix) }.reduce(0) { count, handbook in
            count + handbook.1.situations.count { $0.situation.id != situation }
        }
    }

    @Test("every body the index places is named by the SHA-256 of the bytes there, before and after an edit")
    func placesNameTheirBytes() throws {
        let (content, pipeline) = try builtProject()
        func check() throws {
            let index = FragmentIndex.read(folder: pipeline.outputFolder)
            let places = index.pages.values.flatMap { $0 }
            #expect(places.count > 500)
            for place in places {
                let page = try #require(FileSystem.read(pipeline.outputFolder + "/" + place.path))
                let bytes = page[place.offset..<(place.offset + place.length)]
                #expect(place.digest == FileDigest.of(bytes), "\(place.path) at \(place.offset)")
            }
        }
        try check()
        try editAskToWait(content)
        #expect(try pipeline.build(RenderOptions()).reusedBodies > 300)
        try check()
    }

    @Test("a phrase edited: every other body of the handbooks rendered again is read back; a clean build's bytes")
    func phraseEdited() throws {
        let (content, pipeline) = try builtProject()
        try editAskToWait(content)
        let result = try pipeline.build(RenderOptions())
        #expect(result.reusedBodies > 300)
        #expect(result.reusedBodies == (try otherBodies(in: result, besides: "ask-to-wait", pipeline)))
        #expect(try matchesEditedCleanBuild(pipeline))
    }

    @Test("a handbook changed since the last build gives none of its bodies; the output is a clean build's")
    func handbookChangedByHand() throws {
        let (content, pipeline) = try builtProject()
        let handbook = pipeline.outputFolder + "/html/book/handbook.html"
        let text = try String(contentsOfFile: handbook, encoding: .utf8)
        try TestPaths.write(text.replacingOccurrences(of: "<p", with: "<P"), to: handbook)
        try editAskToWait(content)
        let result = try pipeline.build(RenderOptions())
        #expect(result.reusedBodies > 0)
        #expect(result.reusedBodies < (try otherBodies(in: result, besides: "ask-to-wait", pipeline)))
        #expect(try matchesEditedCleanBuild(pipeline))
    }

    @Test("an index that places bodies past their page's end gives none of them back; a clean build's bytes")
    func placesPastTheEnd() throws {
        let (content, pipeline) = try builtProject()
        let index = pipeline.outputFolder + "/" + FragmentIndex.name
        let lines = try String(contentsOfFile: index, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        var changed = 0
        let damaged = lines.map { line -> String in
            let fields = line.split(separator: " ", maxSplits: 4)
            guard fields.count == 5, fields[4] == "html/book/handbook.html", fields[0] != "frame" else {
                return String(line)
            }
            changed += 1
            // A length that reaches past any page, and one that a read of its size would overflow.
            let length = changed.isMultiple(of: 2) ? "\(Int.max)" : "\(Int.max - Int(fields[1])!)"
            return [fields[0], fields[1], Substring(length), fields[3], fields[4]].joined(separator: " ")
        }
        #expect(changed > 50, "every body of the whole book's HTML handbook")
        try TestPaths.write(damaged.joined(separator: "\n"), to: index)
        try editAskToWait(content)
        let result = try pipeline.build(RenderOptions())
        #expect(result.reusedBodies > 0, "the other handbooks' bodies")
        #expect(result.reusedBodies < (try otherBodies(in: result, besides: "ask-to-wait", pipeline)))
        #expect(try matchesEditedCleanBuild(pipeline))
    }

    @Test("pages another phrasebook made give no body back: it may render them otherwise")
    func anotherTool() throws {
        let (content, pipeline) = try builtProject()
        let stateFile = pipeline.outputFolder + "/" + BuildState.name
        var state = try #require(BuildState.read(folder: pipeline.outputFolder))
        state.tool = "2 another-phrasebook"
        FileSystem.removeTree(stateFile)
        try state.write(to: stateFile)
        try editAskToWait(content)
        let result = try pipeline.build(RenderOptions())
        #expect(result.reusedBodies == 0)
        #expect(try matchesEditedCleanBuild(pipeline))
    }

    @Test("a template edit reads no body back in its format; the next edit reads them again")
    func templateEdited() throws {
        let content = try ShippedBuild.copyOfContent()
        let templates = try TestPaths.copyOfTemplates()
        let edited = Pipeline(
            contentFolder: content, templatesFolder: templates, outputFolder: TestPaths.scratch() + "/Output")
        #expect(try edited.build(RenderOptions()).reusedBodies == 0)
        try edit(templates + "/html/situation-body.mustache", "<", "<!-- edited -->\n<")
        try editAskToWait(content)
        let changed = try edited.build(RenderOptions())
        #expect(changed.files.contains { $0.rendered && $0.path == "html/book/handbook.html" })
        #expect(
            changed.reusedBodies == (try otherBodies(in: changed, besides: "ask-to-wait", edited, prefix: "markdown/"))
                + (try otherBodies(in: changed, besides: "ask-to-wait", edited, prefix: "text/")),
            "none of the HTML handbooks' bodies")
        #expect(try matchesCleanBuild(edited))
        try edit(content + "/situations/ask-to-wait.xml", "and call back.</en>", "and call back soon.</en>")
        let next = try edited.build(RenderOptions())
        #expect(next.reusedBodies == (try otherBodies(in: next, besides: "ask-to-wait", edited)))
        #expect(try matchesCleanBuild(edited))
    }

    @Test("the index names each body's bytes in its page, and reads back as written")
    func indexRoundTrip() throws {
        let page = "<h1>Book</h1><section>one</section><p>between</p><section>two</section><section>one</section>"
        let fragments = [
            LastingFragment(key: "a", pieces: ["<section>one</section>"]),
            LastingFragment(key: "missing", pieces: ["<section>three</section>"]),
            LastingFragment(key: "b", pieces: ["<section>two</section>"]),
            LastingFragment(key: "c", pieces: ["<section>one</section>"]),
        ]
        let places = FragmentIndex.locate(fragments, in: [.text(page[...])], path: "html/book/handbook.html")
        #expect(places.map(\.key) == ["a", "b", "c"])
        let pieces: [TextPiece] =
            [
                "<h1>Book</h1>", "<section>one</section>", "<p>between</p>",
                .bytes(ArraySlice("<section>two</section>".utf8)),
            ]
            + [.text(page.suffix(22))]
        #expect(pieces.joinedText == page)
        #expect(
            FragmentIndex.locate(fragments, in: pieces, path: "html/book/handbook.html") == places,
            "the same places in the page put together from pieces")
        let bytes = Array(page.utf8)
        for (place, fragment) in zip(places, [fragments[0], fragments[2], fragments[3]]) {
            let read = String(decoding: bytes[place.offset..<(place.offset + place.length)], as: UTF8.self)
            #expect(read == fragment.pieces.joinedText)
        }
        #expect(places[2].offset > places[0].offset, "looked for after the one before")
        let folder = TestPaths.scratch()
        try FragmentIndex(places).write(to: folder + "/" + FragmentIndex.name)
        #expect(FragmentIndex.read(folder: folder) == FragmentIndex(places))
        try TestPaths.write("phrasebook-fragments 3\nkey 12 x - path\n", to: folder + "/" + FragmentIndex.name)
        #expect(FragmentIndex.read(folder: folder) == FragmentIndex(), "a damaged index is no index")
        try TestPaths.write("phrasebook-fragments 3\nkey 12 3 path\n", to: folder + "/" + FragmentIndex.name)
        #expect(FragmentIndex.read(folder: folder) == FragmentIndex(), "a place without its digest is no index")
        for digest in ["zz", String(repeating: "0", count: 63), String(repeating: "A", count: 64)] {
            try TestPaths.write(
                "phrasebook-fragments 3\nkey 12 3 \(digest) path\n", to: folder + "/" + FragmentIndex.name)
            #expect(
                FragmentIndex.read(folder: folder).places["key"]?.digest == nil,
                "a digest not written as a SHA-256 is none: the body is hashed again")
        }
        try TestPaths.write("phrasebook-fragments 2\nkey 12 3 path\n", to: folder + "/" + FragmentIndex.name)
        #expect(FragmentIndex.read(folder: folder) == FragmentIndex(), "an index of another version is no index")
        let odd = [
            FragmentPlace(key: "k", path: "html/roles/a b/이름.html", offset: 0, length: 7),
            FragmentPlace(
                key: "l", path: "html/roles/a b/이름.html", offset: 9, length: 2,
                digest: FileDigest.of(Data("이".utf8))),
        ]
        try FileManager.default.removeItem(atPath: folder + "/" + FragmentIndex.name)
        try FragmentIndex(odd).write(to: folder + "/" + FragmentIndex.name)
        #expect(FragmentIndex.read(folder: folder) == FragmentIndex(odd), "a path with spaces and Hangul")
    }

    @Test("frames are kept with the places: any text, by path; a frame cut short is no index")
    func framesInTheIndex() throws {
        let places = [FragmentPlace(key: "k", path: "html/book/handbook.html", offset: 3, length: 7)]
        let frames = [
            "html/book/handbook.html": PageFrame(
                key: "a", text: "<h1>\n\nframe 3 9 x\n</h1>" + HandbookSplice.marker(0)),
            "text/roles/a b/이름.txt": PageFrame(key: "b", text: "안녕\nframe b 1 c\n"),
            "markdown/roles/x.md": PageFrame(key: "c", text: ""),
        ]
        let folder = TestPaths.scratch()
        let path = folder + "/" + FragmentIndex.name
        try FragmentIndex(places, frames: frames).write(to: path)
        let read = FragmentIndex.read(folder: folder)
        #expect(read == FragmentIndex(places, frames: frames))
        #expect(read.places["k"] == places[0])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let length = try #require(frames["text/roles/a b/이름.txt"]).text.utf8.count
        #expect(text.contains("frame b \(length) "), "the last frame, by path")
        try TestPaths.write(
            text.replacingOccurrences(of: "frame b \(length) ", with: "frame b \(length + 9) "), to: path)
        #expect(FragmentIndex.read(folder: folder) == FragmentIndex(), "a frame longer than what follows")
        try TestPaths.write(String(text.dropLast()), to: path)
        #expect(FragmentIndex.read(folder: folder) == FragmentIndex(), "a frame without its line break")
        for length in [Int.max, Int.max - 3, -1] {
            try TestPaths.write("phrasebook-fragments 3\nframe k \(length) p\nabc\n", to: path)
            #expect(FragmentIndex.read(folder: folder) == FragmentIndex(), "a frame of length \(length)")
        }
    }

    @Test("an edit puts a handbook's bodies into the frame the last build kept; a title edit renders it again")
    func framesTaken() throws {
        let (content, pipeline) = try builtProject()
        let index = FragmentIndex.read(folder: pipeline.outputFolder)
        let roles = try #require(try pipeline.check().book).roles.count
        #expect(index.frames.count == 2 + 3 * roles, "the whole book's HTML and text handbooks, and each role's three")
        // Each frame the build kept, marked: a handbook put together from it shows the mark.
        let marked = index.frames.mapValues { PageFrame(key: $0.key, text: $0.text + "kept frame") }
        FileSystem.removeTree(pipeline.outputFolder + "/" + FragmentIndex.name)
        try FragmentIndex(index.pages.values.flatMap { $0 }, frames: marked).write(
            to: pipeline.outputFolder + "/" + FragmentIndex.name)
        try editAskToWait(content)
        let edited = try pipeline.build(RenderOptions())
        let handbooks = Set(marked.keys)
        let rendered = edited.files.filter { $0.rendered && handbooks.contains($0.path) }.map(\.path)
        #expect(rendered.count > 10)
        for path in rendered {
            let text = try String(contentsOfFile: pipeline.outputFolder + "/" + path, encoding: .utf8)
            #expect(text.hasSuffix("kept frame"), "\(path) is put together in the frame kept")
        }
        try edit(
            content + "/situations/ask-to-wait.xml", "<en>Asking the customer to wait</en>", "<en>Asking to wait</en>")
        let retitled = try pipeline.build(RenderOptions())
        let renderedAgain = retitled.files.filter { $0.rendered && handbooks.contains($0.path) }.map(\.path)
        #expect(renderedAgain.count > 10)
        for path in renderedAgain {
            let text = try String(contentsOfFile: pipeline.outputFolder + "/" + path, encoding: .utf8)
            #expect(!text.hasSuffix("kept frame"), "\(path) shows the new title: its frame is rendered again")
        }
        #expect(try matchesCleanBuild(pipeline))
    }

    @Test(
        "a body in pieces is found across the page's pieces, where all of it is, cut unlike the page, text or bytes",
        arguments: [false, true])
    func bodiesInPieces(asBytes: Bool) {
        let texts = ["<h1>", "<section>", "<p>x</p>", "</section>", "<section>", "<p>y</p>", "</section>"]
        // Every other piece of the page as bytes read back, as a page put together from earlier bodies has them.
        let page: [TextPiece] = texts.enumerated().map { index, text in
            asBytes && index % 2 == 1 ? .bytes(ArraySlice(text.utf8)) : .text(text[...])
        }
        let text = page.joinedText
        let cases: [(pieces: [TextPiece], offset: Int?)] = [
            (["<section>", "<p>y</p>", "</section>"], 31),  // its first piece is met first in the first section
            (["<sec", "tion><p>x</p></sec", "tion>"], 4),  // cut elsewhere than the page
            // Its first piece is looked for inside one of the page's (as a body's first piece is, in a handbook).
            (["<section><p>x</p></section><sec"], nil),
            (["<section>", "<p>z</p>"], nil),
            (["</section>", "", "<h1>"], nil),  // runs past the page's end
        ]
        for (pieces, offset) in cases {
            let places = FragmentIndex.locate([LastingFragment(key: "k", pieces: pieces)], in: page, path: "p")
            #expect(places.first?.offset == offset, "\(pieces)")
            if let place = places.first {
                let bytes = Array(text.utf8)[place.offset..<(place.offset + place.length)]
                #expect(String(decoding: bytes, as: UTF8.self) == pieces.joinedText, "\(pieces)")
            }
        }
    }
}
