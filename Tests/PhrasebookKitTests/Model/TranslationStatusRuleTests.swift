import Testing

@testable import PhrasebookKit

@Suite("A rendering's translation status: one rule for the check, the stats and review")
struct TranslationStatusRuleTests {
    static let here = SourceLocation(file: "t.xml", line: 1, column: 1)

    static func text(zh: String?, ko: String?, hash: String? = nil) -> LocalizedText {
        var renderings: [Rendering] = []
        if let zh { renderings.append(Rendering(language: "zh", text: zh, location: here)) }
        if let ko { renderings.append(Rendering(language: "ko", text: ko, sourceHash: hash, location: here)) }
        return LocalizedText(renderings: renderings, location: here)
    }

    @Test("missing, unreviewed, stale and reviewed, each with the hashes a reviewer needs")
    func states() {
        let current = SourceHash.of("您好。")
        #expect(Self.text(zh: "您好。", ko: nil).status(of: "ko", source: "zh") == .missing)
        #expect(Self.text(zh: "您好。", ko: "").status(of: "ko", source: "zh") == .missing)
        #expect(Self.text(zh: "您好。", ko: "안녕하세요.").status(of: "ko", source: "zh") == .unreviewed(current: current))
        #expect(
            Self.text(zh: "您好。", ko: "안녕하세요.", hash: "00000000").status(of: "ko", source: "zh")
                == .stale(reviewed: "00000000", current: current))
        #expect(
            Self.text(zh: "您好。", ko: "안녕하세요.", hash: current.uppercased()).status(of: "ko", source: "zh") == .reviewed)
    }

    @Test("With no source text there is nothing to review against: neither stale nor unreviewed, in check and stats")
    func emptySource() throws {
        #expect(Self.text(zh: "", ko: "안녕하세요.", hash: "00000000").status(of: "ko", source: "zh") == .noSource)
        #expect(Self.text(zh: nil, ko: "안녕하세요.").status(of: "ko", source: "zh") == .noSource)
        // The stats count exactly what the check reports, for every language and state of the shipped book.
        let book = try ShippedContent.book.get()
        let diagnostics = Checker().check(try ContentLoader(folder: TestPaths.content).load())
        let all = try #require(Stats(book: book).rows.first { $0.scope == "all texts" })
        for (code, counts) in all.languages {
            let of = { (name: String) in
                diagnostics.filter { $0.code == name && $0.message.contains("the \(code) rendering") }.count
            }
            #expect(counts.unreviewed == of("unreviewed-rendering"), "\(code)")
            #expect(counts.stale == of("stale-rendering"), "\(code)")
        }
    }
}
