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

    @Test("A word's stem: the first ending the rules know taken off, as search.js's stem does")
    func stems() {
        let cases: [(String, String)] = [
            ("leaving", "leav"), ("leaves", "leav"), ("notes", "note"), ("pages", "page"),
            ("changes", "chang"), ("issues", "issue"), ("causes", "cause"), ("goes", "goe"), ("customer", "customer"),
            ("babies", "bab"), ("cried", "cried"),
            ("payments", "pay"), ("statement", "state"), ("addresses", "address"), ("boxes", "box"),
            ("matches", "match"), ("wishes", "wish"), ("called", "call"), ("calls", "call"), ("class", "class"),
            ("quickly", "quick"), ("reply", "rep"), ("delay", "delay"), ("leave", "leav"), ("misdialled", "misdial"),
            ("calling", "call"), ("says", "say"), ("bus", "bus"), ("refunds", "refund"), ("방문", "방문"),
            ("a/s", "a/s"),
        ]
        for (word, stem) in cases {
            let got = String(decoding: SearchIndex.wordStem(Array(word.utf16)), as: UTF16.self)
            #expect(got == stem, "\(word)")
        }
    }

    @Test("A word's root: stemmed until it stays, a double l after a vowel read as one, as rootOf does")
    func roots() {
        let cases: [(String, String)] = [
            ("leaves", "leav"), ("leave", "leav"), ("leaving", "leav"), ("statement", "stat"), ("states", "stat"),
            ("farewell", "farewel"), ("farewells", "farewel"), ("installing", "instal"), ("call", "call"),
            ("calls", "call"), ("cried", "cried"), ("방문을", "방문을"),
        ]
        for (word, root) in cases {
            let got = String(decoding: SearchIndex.wordRoot(Array(word.utf16)), as: UTF16.self)
            #expect(got == root, "\(word)")
        }
    }

    @Test("A keyword at its roots: folded, split at white space and hyphens, each word at its root, joined")
    func stemmedKeys() {
        #expect(SearchIndex.stemmedKey("Customer Leaving") == "customerleav")
        #expect(SearchIndex.stemmedKey("when the customer leaves") == "whenthecustomerleav")
        #expect(SearchIndex.stemmedKey("check-in calls") == "checkincall")
        #expect(SearchIndex.stemmedKey("방문 수리") == "방문수리")
        #expect(SearchIndex.stemmedKey(" - ").isEmpty)
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
        #expect(list.contains(SearchIndex.wholeKeywordHash("customerleav")), "customer leaving, stemmed")
    }
}
