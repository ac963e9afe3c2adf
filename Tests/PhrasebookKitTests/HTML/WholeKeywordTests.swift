import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Search keywords typed whole: the core's hashes")
struct WholeKeywordTests {
    @Test("A keyword is compared folded, without white space and hyphens")
    func keys() {
        #expect(SearchIndex.wholeKey("Check-In  Call") == "checkincall")
        #expect(SearchIndex.wholeKey("방문 수리") == SearchIndex.wholeKey("방문수리"))
        #expect(SearchIndex.wholeKey("ＶＯＣ\u{3000}접수") == "voc접수")
        #expect(SearchIndex.wholeKey("check\u{2010}in\u{A0}call\u{2009}") == "checkincall")
        #expect(SearchIndex.wholeKey(" - ").isEmpty)
    }

    @Test("The hash is the lower half of 32-bit FNV-1a over UTF-16 code units")
    func hash() {
        // FNV-1a of "a" is 0xe40c292c; of "" the offset basis 0x811c9dc5.
        #expect(SearchIndex.wholeKeywordHash("a") == 0x292c)
        #expect(SearchIndex.wholeKeywordHash("") == 0x9dc5)
        // A scalar outside the Basic Multilingual Plane is hashed as its two surrogates, as the browser reads it.
        #expect(SearchIndex.wholeKeywordHash("😀") == 0xc4b8)
    }

    @Test("The core holds each keyword of every language once, split at its separators, sorted")
    func hashes() throws {
        let hashes = try SearchIndex.ofShippedBook().wholeKeywordHashes
        #expect(hashes.count % 4 == 0)
        let list = stride(from: 0, to: hashes.count, by: 4).map { at in
            UInt16(String(Array(hashes)[at..<at + 4]), radix: 16)!
        }
        #expect(list == list.sorted() && Set(list).count == list.count)
        for keyword in ["check-in call", "文明用语", "방문 수리", "speak up", "안 들려요"] {
            #expect(list.contains(SearchIndex.wholeKeywordHash(SearchIndex.wholeKey(keyword))), "\(keyword)")
        }
        #expect(!list.contains(SearchIndex.wholeKeywordHash(SearchIndex.wholeKey("客户关怀，客情维护"))))
    }
}
