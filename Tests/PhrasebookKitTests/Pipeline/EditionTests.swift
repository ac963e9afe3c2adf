import BookSynth
import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Editions: every output carries the book's edition and a hash of what it shows")
struct EditionTests {
    /// The shipped book rendered in every format, with its declared edition or `edition`.
    static func render(edition: String? = nil) throws -> [OutputFile] {
        try ShippedContent.pipeline.render(try ShippedContent.book.get(), RenderOptions(edition: edition))
    }

    /// The stamp `file` shows (`2026-12 (3f9a2c1b)`), checked to be the edition and the first eight hex digits
    /// of the SHA-256 of the file with the placeholder in place of that hash (for a handbook, with each of its
    /// situation bodies taken by the SHA-256 of its bytes: ``pageDigest(_:hash:)``); `nil` when it shows none.
    static func stamp(of file: OutputFile, edition: String = "2026-12") -> String? {
        let pattern = edition + " ("
        guard let start = file.contents.range(of: pattern) else { return nil }
        let hash = String(file.contents[start.upperBound...].prefix(8))
        guard hash.allSatisfy(\.isHexDigit), hash.count == 8, pageDigest(file, hash: hash).hasPrefix(hash) else {
            return nil
        }
        return "\(edition) (\(hash))"
    }

    /// The digest a page stamped with `hash` is stamped from, worked out from its bytes as Architecture.md
    /// describes it: the SHA-256 of the text with the placeholder in place of the hash, each situation body
    /// replaced by the byte FF and the SHA-256 of the body's bytes in hex.
    static func pageDigest(_ file: OutputFile, hash: String) -> String {
        var stream = Data()
        var index = 0
        func frame(upTo end: Int) {
            let text = Array(file.pieces[index..<end]).joinedText
            stream += Data(text.replacingOccurrences(of: "(\(hash))", with: "(\(Edition.placeholder))").utf8)
        }
        for body in file.bodies {
            frame(upTo: body.pieces.lowerBound)
            stream += Data([0xFF]) + Data(FileDigest.of(Data(Array(file.pieces[body.pieces]).joinedText.utf8)).utf8)
            index = body.pieces.upperBound
        }
        frame(upTo: file.pieces.count)
        return FileDigest.of(stream)
    }

    @Test("The shipped book declares its edition; the content's hash is known, so outputs get a hash")
    func shippedStamp() throws {
        let book = try ShippedContent.book.get()
        #expect(book.edition == "2026-12")
        #expect(book.contentHash.count == 8 && book.contentHash.allSatisfy(\.isHexDigit))
    }

    @Test("Every page, handbook and card sheet of every format shows the stamp of its own bytes")
    func everyFileShowsItsStamp() throws {
        let files = try Self.render()
        let pages = files.filter { [".html", ".md", ".txt"].contains(where: $0.path.hasSuffix) }
        #expect(pages.count > 150)
        let missing = pages.filter { Self.stamp(of: $0) == nil }.map(\.path)
        #expect(missing.isEmpty, "no stamp of its own in \(missing.prefix(10))")
        let stamps = Set(pages.compactMap { Self.stamp(of: $0) })
        #expect(stamps.count == pages.count, "different pages, different stamps")
        #expect(!files.contains { $0.contents.contains(Edition.placeholder) })
    }

    @Test("An edit changes the stamps of the pages that show it; every other page keeps its bytes")
    func unchangedPagesKeepTheirStamp() throws {
        let content = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        let pipeline = Pipeline(
            contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch())
        let options = RenderOptions(formats: [.html])
        let before = try pipeline.render(try #require(try ContentLoader(folder: content).load().book), options)
        // A phrase no other situation quotes (the taboo list does not either).
        let file = content + "/situations/silent-call.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let phrase = try #require(text.range(of: #"<phrase id="silent-call-can-you-hear""#))
        let english = try #require(text.range(of: "</en>", range: phrase.upperBound..<text.endIndex))
        try TestPaths.write(text.replacingCharacters(in: english, with: " Hello?</en>"), to: file)
        let after = try pipeline.render(try #require(try ContentLoader(folder: content).load().book), options)
        let old = Dictionary(uniqueKeysWithValues: before.map { ($0.path, $0) })
        let changed = Set(after.filter { old[$0.path] != $0 }.map(\.path))
        #expect(changed.contains("html/situations/silent-call.html"))
        let pages = after.filter { $0.path.hasSuffix(".html") }
        #expect(changed.count * 3 < pages.count, "\(changed.sorted())")
        for path in changed where path.hasSuffix(".html") {
            let new = try #require(after.first { $0.path == path })
            let stamp = try #require(Self.stamp(of: new), "\(path)")
            #expect(stamp != old[path].flatMap { Self.stamp(of: $0) }, "\(path)")
        }
    }

    @Test("Each pocket card shows it: every text card and every card of the HTML sheets")
    func everyCardShowsTheStamp() throws {
        let files = try Self.render()
        for file in files where file.path.hasPrefix("text/cards/") || file.path.hasPrefix("html/cards/") {
            #expect(Self.stamp(of: file) != nil, "\(file.path)")
        }
        for file in files where file.path.hasPrefix("text/cards/") {
            let stamp = try #require(Self.stamp(of: file))
            for card in file.contents.split(separator: "\u{0C}") {
                #expect(card.contains(stamp), "a card of \(file.path) has no stamp")
            }
        }
        for file in files where file.path.hasPrefix("html/cards/") {
            let stamp = try #require(Self.stamp(of: file))
            let cards = file.contents.components(separatedBy: "<section class=\"card").count - 1
            let stamps = file.contents.components(separatedBy: "<p class=\"edition\">\(stamp)</p>").count - 1
            #expect(cards > 0 && stamps == cards, "\(file.path): \(cards) cards, \(stamps) stamps")
        }
    }

    @Test("--edition overrides the declared edition in every format")
    func optionOverrides() throws {
        let files = try Self.render(edition: "2027-01")
        for path in ["html/index.html", "markdown/README.md", "text/handbook.txt", "text/cards/hotline-agent.txt"] {
            let file = try #require(files.first { $0.path == path })
            #expect(Self.stamp(of: file, edition: "2027-01") != nil, "\(path)")
            #expect(!file.contents.contains("2026-12"), "\(path)")
        }
    }

    @Test(
        "An edition that is not 1 to 24 letters, digits, '.', '_', '-' is refused",
        arguments: ["", "a b", "-x", "é", String(repeating: "9", count: 25)])
    func badEditionRefused(name: String) throws {
        let book = try ShippedContent.book.get()
        #expect(throws: PhrasebookError.self) { try ShippedContent.pipeline.render(book, RenderOptions(edition: name)) }
    }

    @Test("The same content gives the same hash; any change to a file gives another")
    func hashFollowsTheContent() throws {
        let phrase = ContentFixture.phrase("greet-hello", zh: "您好。", ko: "안녕하세요.", en: "Hello.")
        let fixture = ContentFixture(situations: ["greet": ContentFixture.situation("greet", body: phrase)])
        let changed = ContentFixture(
            situations: [
                "greet": ContentFixture.situation(
                    "greet", body: ContentFixture.phrase("greet-hello", zh: "您好！", ko: "안녕하세요.", en: "Hello."))
            ])
        func hash(_ fixture: ContentFixture) throws -> String {
            try fixture.withFolder { folder in try #require(try ContentLoader(folder: folder).load().book).contentHash }
        }
        let first = try hash(fixture)
        #expect(try hash(fixture) == first)
        #expect(try hash(changed) != first)
    }
    @Test("A stamped page is recorded by the hash of its bytes before stamping, and kept by it when unchanged")
    func stampedPagesHashedOnce() throws {
        let built = try ShippedBuild()
        let output = built.pipeline.outputFolder
        let state = try #require(BuildState.read(folder: output))
        let index = try #require(state.outputs.first { $0.path == "html/index.html" })
        let page = try #require(FileSystem.read(output + "/html/index.html"))
        let stamp = try #require(
            Self.stamp(of: OutputFile(path: index.path, contents: String(decoding: page, as: UTF8.self))))
        let hash = String(stamp.dropFirst("2026-12 (".count).prefix(8))
        #expect(index.digest.hasPrefix("unstamped:" + hash), "the hash the stamp was cut from")
        #expect(index.digest != FileDigest.of(page))
        let css = try #require(state.outputs.first { $0.path == "html/assets/style.css" })
        #expect(css.digest == FileDigest.of(try #require(FileSystem.read(output + "/html/assets/style.css"))))
        try ShippedBuild.edit(
            built.content + "/situations/ask-to-wait.xml", "and call back once it's done.</en>", "and call back.</en>")
        let inode = FileSystem.inode(output + "/html/index.html")
        let result = try built.pipeline.build(RenderOptions())
        #expect(result.files.contains { $0.path == "html/index.html" && $0.kept })
        #expect(FileSystem.inode(output + "/html/index.html") == inode)
    }

    @Test("A stamp replaces exactly the placeholder's bytes, even between characters it would join (a combining mark)")
    func stampIsByteExact() throws {
        let placeholder = Edition.placeholder
        let text = "é" + placeholder + "\u{0301}x 한\(placeholder)\(placeholder)"
        let stamped = try #require(EditionStamping.stamp([.text(text[...])]))
        let digest = FileDigest.of(Data(text.utf8))
        let hash = String(digest.prefix(8))
        let expected = Array("é".utf8) + Array(hash.utf8) + Array("\u{0301}x 한".utf8) + Array((hash + hash).utf8)
        #expect(Array(stamped.pieces.joinedText.utf8) == expected)
        #expect(stamped.digest == digest)
        #expect(EditionStamping.stamp(["no placeholder"]) == nil)
    }

    @Test("A handbook is stamped outside its bodies only, from the digest that takes each body by its SHA-256")
    func stampAroundBodies() throws {
        let placeholder = Edition.placeholder
        let pieces: [TextPiece] = [
            .text("<h1>(\(placeholder))</h1>"[...]), "<section>", .text("一 \(placeholder)"[...]), "</section>",
            .text("<p>\(placeholder)</p>"[...]), "<section>二</section>",
        ]
        let bodies = [BodySpan(pieces: 1..<4), BodySpan(pieces: 5..<6)]
        let stamped = try #require(EditionStamping.stamp(pieces, bodies: bodies))
        let (digest, digested) = FileDigest.of(pieces, bodies: bodies)
        let hash = String(digest.prefix(8))
        #expect(stamped.digest == digest && stamped.stamped)
        #expect(
            stamped.pieces.joinedText
                == "<h1>(\(hash))</h1><section>一 \(placeholder)</section><p>\(hash)</p><section>二</section>",
            "a body's text is not looked into")
        #expect(stamped.bodies.map(\.digest) == digested.map(\.digest))
        #expect(
            stamped.bodies.map { Array(stamped.pieces[$0.pieces]).joinedText } == [
                "<section>一 \(placeholder)</section>", "<section>二</section>",
            ], "the bodies' places among the stamped pieces")
        let plain = try #require(
            EditionStamping.stamp(["<h1>", "<section>x</section>"], bodies: [BodySpan(pieces: 1..<2)]))
        #expect(
            !plain.stamped && plain.pieces.joinedText == "<h1><section>x</section>", "no placeholder: a digest only")
    }

    @Test(
        "A text in pieces (text or bytes read back) is stamped as the same text in one piece, even with a placeholder cut between pieces"
    )
    func stampOfPieces() throws {
        let placeholder = Edition.placeholder
        let pool = ["a", "한", "退款", "\u{0301}", "<p>", placeholder, placeholder, String(placeholder.prefix(3))]
        var random = SplitMix64(seed: 2026_12_02)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...10, using: &random)).map { _ in pool.randomElement(using: &random)! }
                .joined()
            // Cut at random scalar boundaries, a placeholder's inside included.
            let scalars = Array(text.unicodeScalars)
            let cuts = Set(
                (0..<Int.random(in: 0...4, using: &random)).map { _ in
                    Int.random(in: 0...scalars.count, using: &random)
                }
            ).sorted()
            var pieces: [TextPiece] = []
            var start = 0
            for cut in cuts + [scalars.count] where cut >= start {
                let piece = String(String.UnicodeScalarView(scalars[start..<cut]))
                pieces.append(Bool.random(using: &random) ? .text(piece[...]) : .bytes(ArraySlice(piece.utf8)))
                start = cut
            }
            #expect(pieces.joinedText == text)
            let whole = EditionStamping.stamp([.text(text[...])])
            let cutUp = EditionStamping.stamp(pieces)
            #expect(whole?.digest == cutUp?.digest, "\(pieces)")
            #expect(whole.map { $0.pieces.joinedText } == cutUp.map { $0.pieces.joinedText }, "\(pieces)")
            #expect((whole == nil) == (text.range(of: placeholder, options: .literal) == nil))
        }
    }
}
