import Foundation
import Testing

@testable import PhrasebookKit

/// A file's digest is the SHA-256 of its bytes in lowercase hex, whether the bytes come whole or in pieces.
@Suite("File digests")
struct FileDigestTests {
    @Test("the SHA-256 test vectors, in lowercase hex")
    func vectors() {
        #expect(FileDigest.of(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileDigest.of(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            FileDigest.of(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test(
        "fed in pieces of any size, across SHA-256's 64-byte blocks, the digest is the whole's",
        arguments: [1, 63, 64, 65, 1000])
    func hasherInPieces(_ size: Int) {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var hasher = SHA256Hasher()
        var start = 0
        while start < million.count {
            let end = min(start + size, million.count)
            hasher.update(million[start..<end])
            start = end
        }
        #expect(hasher.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var prefix = SHA256Hasher()
        prefix.update("abc")
        #expect(prefix.hex(prefix: 4) == "ba7816bf")
        #expect(SourceHash.of("abc") == "ba7816bf")
    }

    @Test("pieces hash as the text they make")
    func pieces() {
        let text = "한국어 中文 English"
        let cuts: [TextPiece] = [
            .text(text.prefix(4)), .bytes(ArraySlice(text.dropFirst(4).prefix(3).utf8)), .text(text.dropFirst(7)),
        ]
        #expect(cuts.joinedText == text)
        #expect(FileDigest.of(cuts) == FileDigest.of(Data(text.utf8)))
        #expect(FileDigest.of([]) == FileDigest.of(Data()))
    }

    @Test("a page with bodies: each body by its own SHA-256, whether in pieces or read back with its SHA-256")
    func bodies() {
        let body = ["<section>", "退款 한국어", "</section>"]
        let bodyDigest = FileDigest.of(Data(body.joined().utf8))
        let pieces: [TextPiece] = ["<h1>Book</h1>"] + body.map { .text($0[...]) } + ["<p>end</p>"]
        let (page, digested) = FileDigest.of(pieces, bodies: [BodySpan(pieces: 1..<4)])
        #expect(digested == [BodySpan(pieces: 1..<4, digest: bodyDigest)])
        let stream = Data("<h1>Book</h1>".utf8) + Data([0xFF]) + Data(bodyDigest.utf8) + Data("<p>end</p>".utf8)
        #expect(page == FileDigest.of(stream))
        #expect(page != FileDigest.of(pieces), "not the digest of the bytes")
        let readBack: [TextPiece] = [
            "<h1>Book</h1>", .body(ArraySlice(body.joined().utf8), digest: bodyDigest), "<p>end</p>",
        ]
        #expect(FileDigest.of(readBack, bodies: [BodySpan(pieces: 1..<2)]).page == page)
        let known: [TextPiece] = ["<h1>Book</h1>", .body(ArraySlice("x".utf8), digest: bodyDigest), "<p>end</p>"]
        #expect(
            FileDigest.of(known, bodies: [BodySpan(pieces: 1..<2)]).page == page,
            "a body read back is taken by the SHA-256 it comes with, not hashed again")
        let other: [TextPiece] = ["<h1>Book</h1>", "<section>退款</section>", "<p>end</p>"]
        #expect(FileDigest.of(other, bodies: [BodySpan(pieces: 1..<2)]).page != page)
        #expect(FileDigest.of(pieces, bodies: []).page == FileDigest.of(pieces))
    }

    @Test(
        "texts hash with their separator as the text they join into",
        arguments: [[], [""], ["", ""], ["abc"], ["a", "", "한국어"], ["中文\n", "\u{1}", "English", "x"]])
    func separated(_ texts: [String]) {
        for separator in ["\n", "\n\u{1}", "", "、"] {
            #expect(
                FileDigest.of(texts, separator: separator)
                    == FileDigest.of(Data(texts.joined(separator: separator).utf8)))
        }
    }
}
