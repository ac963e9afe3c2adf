import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Search keys")
struct SearchKeysTests {
    private func keys(_ script: SearchFolding.Script, _ text: String, _ field: String) -> [String: Int] {
        var found: [String: Int] = [:]
        let number = SearchKeys.fields(script).firstIndex(of: field)!
        for (key, count) in SearchKeys.keys(script, text)[number] {
            found[String(decoding: key.units, as: UTF16.self)] = count
        }
        return found
    }

    @Test("grams are counted as indexOf finds them, from the end of the last")
    func grams() {
        #expect(
            keys(.hangul, "ㅎㅎㅎ 환불", "grams") == ["ㅎ": 3, "ㅎㅎ": 1, "ㅎㅎㅎ": 1, "환": 1, "불": 1, "환불": 1])
        #expect(keys(.hangul, "불만을불만을을", "grams")["불만을"] == 2)
        #expect(keys(.hangul, "하하하하", "grams")["하하하"] == 1)
        #expect(keys(.han, "退款退款a退", "grams") == ["退": 3, "款": 2, "退款": 2, "款退": 1])
    }

    @Test("Hangul classes: initials, open syllables and a syllable followed by an initial's class")
    func hangulClasses() {
        #expect(
            keys(.hangul, "해피콜 ㅎ", "initials") == [
                "ㅎ": 2, "ㅍ": 1, "ㅋ": 1, "ㅎㅍ": 1, "ㅍㅋ": 1, "ㅎㅍㅋ": 1,
            ])
        #expect(keys(.hangul, "하하하하ㅎ", "initials")["ㅎㅎ"] == 2)
        #expect(keys(.hangul, "하하하하ㅎ", "initials")["ㅎㅎㅎ"] == 1)
        #expect(keys(.hangul, "했해", "opens") == ["해": 2])
        #expect(keys(.hangul, "하하하 달걀", "follows") == ["하ㅎ": 1, "달ㄱ": 1])
    }

    @Test("Hangul word starts: the first one to three units of each Korean word, whatever comes before it")
    func hangulWordStarts() {
        #expect(
            keys(.hangul, "전화가 와서 화가 납니다", "starts") == [
                "전": 1, "전화": 1, "전화가": 1, "와": 1, "와서": 1, "화": 1, "화가": 1, "납": 1, "납니": 1, "납니다": 1,
            ])
        #expect(keys(.hangul, "A/S를 (화가)화가", "starts") == ["를": 1, "화": 2, "화가": 2])
        #expect(keys(.hangul, "ㅎ하", "starts") == ["ㅎ": 1, "ㅎ하": 1])
    }

    @Test("a key packs up to three units into a number and keeps longer ones; the same units, the same key")
    func packing() {
        for text in ["", "ㅎ", "환불", "불만을", "refund", "a"] {
            let units = Array(text.utf16)
            var grown = SearchKey()
            for unit in units { grown.append(unit) }
            #expect(SearchKey(units) == grown && grown.units == units && grown.count == units.count, "\(text)")
        }
        #expect(SearchKey(Array("ab".utf16)) != SearchKey(Array("ab\u{0}".utf16)), "the length is part of the key")
        if case .long = SearchKey(Array("refund".utf16)) {} else { Issue.record("a word of six units is long") }
    }

    @Test("a key's file: by its first two units, the second without its final, so that 환불 and 환부 share one")
    func buckets() {
        #expect(SearchKeys.bucket(Array("환불".utf16)) == SearchKeys.bucket(Array("환부".utf16)))
        #expect(SearchKeys.bucket(Array("불만을".utf16)) == SearchKeys.bucket(Array("불만".utf16)))
        #expect(SearchKeys.bucket(Array("ㅎㅍㅋ".utf16)) == SearchKeys.bucket(Array("ㅎㅍ".utf16)))
        #expect(SearchKeys.bucket(Array("refund".utf16)) == SearchKeys.bucket(Array("re".utf16)))
    }

    @Test("words are the longest runs of letters and numbers, as the matcher's \\p{L}\\p{N}")
    func words() {
        #expect(
            keys(.other, "refunds, refund-policy 2x refund", "words") == [
                "refunds": 1, "refund": 2, "policy": 1, "2x": 1,
            ])
        #expect(keys(.other, "cafe\u{301} naïve", "words") == ["cafe": 1, "naïve": 1])
    }

    @Test("postings are gaps and counts, five bits a character")
    func encoding() throws {
        let postings = [(0, 1), (5, 3), (1005, 7)].map { SearchKeys.Posting(id: $0, count: $1) }
        let text = SearchKeys.encode(postings)
        #expect(text == "0h(+2")
        let decoded = try #require(SearchKeys.decode(text))
        #expect(decoded.map(\.id) == [0, 5, 1005] && decoded.map(\.count) == [1, 3, 3])
    }

    @Test("the key files: every key in the file of its bucket, the same files for the same book")
    func files() throws {
        let first = try HTMLSiteFixture()
        let second = try HTMLSiteFixture()
        let folder = first.output + "/html/assets/search"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("-keys-") }
        #expect(names.count == SearchFolding.Script.allCases.count * SearchKeys.buckets)
        var keys = 0
        for name in names {
            let script = try first.raw("assets/search/" + name)
            #expect(script == (try second.raw("assets/search/" + name)), "\(name)")
            let bucket = Int(name.dropLast(3).split(separator: "-").last!)!
            let prefix = "phrasebookSearchLoaded(\"\(name.dropLast(3))\", "
            #expect(script.hasPrefix(prefix) && script.hasSuffix(");\n"))
            let json = script.dropFirst(prefix.count).dropLast(3)
            let fields = try #require(
                JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: String]])
            for (_, table) in fields {
                for key in table.keys {
                    keys += 1
                    #expect(SearchKeys.bucket(Array(key.utf16)) == bucket, "\(key) in \(name)")
                }
            }
        }
        #expect(keys > 100)
    }
    @Test("keys are numbered once each, in the order first seen, short and long alike, past many growths")
    func numbering() {
        var generator = SystemRandomNumberGenerator()
        var numbers = SearchKeyNumbers()
        var reference: [SearchKey: Int] = [:]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...6, using: &generator)
            let units = (0..<length).map { _ in UInt16.random(in: 0xAC00...0xAC40, using: &generator) }
            let key = SearchKey(units)
            let expected = reference[key] ?? reference.count
            reference[key] = expected
            #expect(numbers.number(of: key) == expected, "\(units)")
        }
        #expect(numbers.keys.count == reference.count)
        #expect(numbers.keys.enumerated().allSatisfy { reference[$1] == $0 })
    }

    @Test("the index of many texts gives each key the postings of the texts that have it, counted as for one text")
    func index() {
        let samples = ["환불을 환불", "불만 ㅎㅎ 해피콜", "하하하하", "refund policy refunds", "환부"]
        let texts: [(id: Int, text: String)] = (0..<5000).map { number in
            let text: String = samples[number % samples.count] + String(number % 7)
            return (id: number * 3 + number % 3, text: text)
        }
        for script in [SearchFolding.Script.hangul, .other] {
            var expected = Array(repeating: [SearchKey: SearchKeys.Postings](), count: SearchKeys.fields(script).count)
            for (id, text) in texts {
                for (field, found) in SearchKeys.keys(script, text).enumerated() {
                    for (key, count) in found {
                        expected[field][key, default: []].append(SearchKeys.Posting(id: id, count: count))
                    }
                }
            }
            let index = SearchKeys.index(script, texts)
            #expect(index.count == expected.count)
            for (field, keyed) in index.enumerated() {
                #expect(keyed.keys.count == expected[field].count, "\(script) \(field)")
                #expect(
                    zip(keyed.keys, keyed.postings).allSatisfy { expected[field][$0] == $1 }, "\(script) \(field)")
            }
        }
    }

    @Test("ASCII is told letter or number without the general category, exactly as the category would tell it")
    func asciiFastPath() {
        let letterOrNumber: Set<Unicode.GeneralCategory> = [
            .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber,
        ]
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            let expected = letterOrNumber.contains(scalar.properties.generalCategory)
            #expect(SearchKeys.isWordScalar(scalar) == expected, "U+\(String(value, radix: 16))")
            #expect((SearchFolding.Script(scalar) == .other) == expected, "U+\(String(value, radix: 16))")
        }
        #expect(SearchFolding.Script.of("投诉 환불 refund") == [.han, .hangul, .other])
        #expect(SearchFolding.Script.of("…!") == [.other])
        #expect(SearchFolding.Script.of("환불") == [.hangul])
    }
}
