import Foundation
import PropertyBased
import Testing

@testable import PhrasebookKit

/// Random search texts: Han, Hangul syllables and jamo, Latin words, digits, and what JSON escapes.
private enum SearchTextGen {
    static let pieces = [
        "退款", "投诉", "您好", "请", "稍", "等", "환불", "불만", "고객님", "ㅎ", "ㅍㅋ", "가", "\u{1100}\u{1161}", "refund",
        "policy", "a", "2x", "café", " ", ", ", "\"", "\\", "<", "\n", "\u{01}", "😀", "…",
    ]
    static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12).map { $0.map { pieces[$0] }.joined() }
}

@Suite("Search keys patched from the previous build's files")
struct SearchKeyPatchTests {
    /// The files `SearchIndex` writes for `texts` as every script's, by path from the site's root.
    private func files(_ texts: [(id: Int, text: String)]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let byScript = Dictionary(uniqueKeysWithValues: SearchFolding.Script.allCases.map { ($0, texts) })
        for part in SearchIndex.parts(byScript) { files["assets/search/\(part.name).js"] = Array(part.contents.utf8) }
        for script in SearchFolding.Script.allCases {
            for file in SearchIndex.keyFiles(script, texts) {
                files["assets/search/\(file.name).js"] = Array(file.contents.utf8)
            }
        }
        return files
    }

    /// The texts files of `texts` as the other script's.
    private func parts(_ texts: [(id: Int, text: String)]) -> [SearchIndex.TextPart] {
        SearchIndex.parts([.other: texts])
    }

    /// `old`'s texts with `edits` applied: per text, kept (0), changed to one of `replacements` (1), removed (2), or
    /// kept with a new text after it (3). Ids leave room for the new ones.
    private func edited(_ old: [String], _ edits: [Int], _ replacements: [String]) -> (
        old: [(id: Int, text: String)], new: [(id: Int, text: String)]
    ) {
        var new: [(id: Int, text: String)] = []
        for (index, text) in old.enumerated() {
            let edit = edits.isEmpty ? 0 : edits[index % edits.count]
            let replacement = replacements[index % replacements.count]
            switch edit {
            case 1: new.append((index * 2, replacement))
            case 2: break
            case 3: new += [(index * 2, text), (index * 2 + 1, replacement)]
            default: new.append((index * 2, text))
            }
        }
        return (old.enumerated().map { ($0.offset * 2, $0.element) }, new)
    }

    @Test("patched key files are byte for byte the files counted afresh, for any texts and edits")
    func patchedIsFresh() async {
        await propertyCheck(
            count: 150, input: SearchTextGen.text.array(of: 0...30), Gen.int(in: 0...3).array(of: 0...8),
            SearchTextGen.text.array(of: 1...5)
        ) { texts, edits, replacements in
            let (old, new) = edited(texts, edits, replacements)
            let earlier = files(old)
            for script in SearchFolding.Script.allCases {
                // At most 30 texts each changed once: few enough to be patched.
                guard
                    let patched = SearchIndex.patchedKeyFiles(
                        script, new, parts: SearchIndex.parts([script: new]), earlier: { earlier[$0] })
                else {
                    Issue.record("\(script): not patched: \(old) → \(new)")
                    continue
                }
                let fresh = SearchIndex.keyFiles(script, new).map {
                    OutputFile(path: "assets/search/\($0.name).js", contents: $0.contents)
                }
                let differing = zip(patched, fresh).filter { $0 != $1 }.map(\.0.path)
                #expect(
                    patched.count == fresh.count && differing.isEmpty,
                    "\(script): \(differing.prefix(3)) differ; \(old) → \(new)")
            }
        }
    }

    @Test("the key files are counted afresh when a previous file is missing, out of form or disagrees")
    func untrusted() throws {
        let old = [(0, "退款 환불 refund"), (1, "投诉 불만 policy")]
        let new = [(0, "退款 환불 refunds"), (1, "投诉 불만 policy")]
        let earlier = files(old)
        let bucket = SearchKeys.bucket(Array("refunds".utf16))
        let path = "assets/search/other-keys-\(bucket).js"
        #expect(SearchIndex.patchedKeyFiles(.other, new, parts: parts(new), earlier: { earlier[$0] }) != nil)
        #expect(
            SearchIndex.patchedKeyFiles(.other, new, parts: parts(new), earlier: { $0 == path ? nil : earlier[$0] })
                == nil)
        #expect(
            SearchIndex.patchedKeyFiles(
                .other, new, parts: parts(new), earlier: { $0 == path ? earlier[$0]!.dropLast(2) : earlier[$0] })
                == nil)
        // The file of the key "refund", which the old text has and the new one not, without that key.
        let refund = "assets/search/other-keys-\(SearchKeys.bucket(Array("refund".utf16))).js"
        let without = Array(
            "phrasebookSearchLoaded(\"other-keys-\(SearchKeys.bucket(Array("refund".utf16)))\", {\"words\":{}});\n".utf8
        )
        #expect(
            SearchIndex.patchedKeyFiles(
                .other, new, parts: parts(new), earlier: { $0 == refund ? without : earlier[$0] }) == nil)
        // A texts file that differs from the new one is read back: out of form, nothing is patched.
        let texts = "assets/search/other-0.js"
        #expect(
            SearchIndex.patchedKeyFiles(.other, new, parts: parts(new), earlier: { $0 == texts ? [0x7B] : earlier[$0] })
                == nil)
    }

    @Test("more than a sixteenth of the texts changed (and more than 64): counted afresh")
    func manyChanges() {
        let old = (0..<200).map { ($0, "refund \($0)") }
        let few = old.map { ($0.0, $0.0 < 32 ? "policy \($0.0)" : $0.1) }
        let many = old.map { ($0.0, $0.0 < 33 ? "policy \($0.0)" : $0.1) }
        let earlier = files(old)
        #expect(SearchIndex.patchedKeyFiles(.other, few, parts: parts(few), earlier: { earlier[$0] }) != nil)
        #expect(SearchIndex.patchedKeyFiles(.other, many, parts: parts(many), earlier: { earlier[$0] }) == nil)
    }

    @Test("a texts file reads back as its texts, escapes and all; anything out of form reads as nothing")
    func textsFiles() {
        let texts = [(0, "say \"hi\" \\ </script>"), (3, "tab\tnew\nline \u{01}"), (4, "😀 환불"), (9, "")]
        for part in SearchIndex.parts([.other: texts]) where part.name.hasPrefix("other-") {
            let read = SearchDataReader.texts(Array(part.contents.utf8))
            #expect(read != nil, "\(part.contents)")
        }
        let whole = SearchIndex.parts([.other: texts]).filter { $0.name.hasPrefix("other-") }.flatMap {
            SearchDataReader.texts(Array($0.contents.utf8)) ?? []
        }
        #expect(whole.map(\.id) == texts.map(\.0))
        #expect(whole.map { String(decoding: $0.units, as: UTF16.self) } == texts.map(\.1))
        for bad in [
            "", "phrasebookSearchLoaded(\"other-0\", {\"ids\":[1],\"texts\":\"\"});\n",
            "phrasebookSearchLoaded(\"other-0\", {\"ids\":[],\"texts\":\"a\u{FFFF}\"});\n",
            "phrasebookSearchLoaded(\"other-0\", {\"ids\":[1],\"texts\":\"a\u{FFFF}\"});\nmore",
            "phrasebookSearchLoaded(\"other-0\", {\"ids\":[1],\"texts\":\"a\\q\u{FFFF}\"});\n",
        ] {
            #expect(SearchDataReader.texts(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test("postings decode to what was encoded; a string encode cannot write decodes to nothing")
    func postings() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...5000).array(of: 0...40), Gen.int(in: 1...3).array(of: 1...5)
        ) {
            gaps, counts in
            var id = -1
            let postings = gaps.enumerated().map { index, gap in
                id += gap + 1
                return SearchKeys.Posting(id: id, count: counts[index % counts.count])
            }
            #expect(SearchKeys.decode(SearchKeys.encode(postings)) == postings)
        }
        #expect(SearchKeys.decode("")?.isEmpty == true)
        for bad in ["A", "0A", "0!", "\"", "ABCDEFG0"] { #expect(SearchKeys.decode(bad) == nil, "\(bad)") }
    }

    @Test("an edit's search data made from the previous build's is the data made afresh, and reads its key files")
    func shippedBookEdited() throws {
        let content = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        let pipeline = Pipeline(
            contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch() + "/Output")
        func search(earlier: ((String) -> [UInt8]?)? = nil) throws -> [String: String] {
            let book = try #require(try pipeline.check().book)
            var files: [String: String] = [:]
            try SearchIndex(view: BookView(book: book)).write(earlier: earlier) { files[$0.path] = $0.contents }
            return files
        }
        let before = try search().mapValues { Array($0.utf8) }
        try ShippedBuild.edit(
            content + "/situations/ask-to-wait.xml", "and call back once it's done.</en>", "and call back.</en>")
        var read: Set<String> = []
        let patched = try search(earlier: { path in
            read.insert(path)
            return before[path]
        })
        #expect(patched == (try search()))
        #expect(patched != before.mapValues { String(decoding: $0, as: UTF8.self) })
        #expect(read.count == SearchFolding.Script.allCases.count * (SearchIndex.pieces + SearchKeys.buckets))
    }
}
