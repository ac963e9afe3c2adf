import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Search data as JSON")
struct SearchDataTests {
    @Test("JSON strings escape quotes, backslashes, control characters and '<', and keep other text as it is")
    func quoting() throws {
        let samples = [
            "", "plain", "您好↑，请问", "say \"hi\"", #"back\slash"#, "</script><!--", "tab\tnew\nline\r",
            "\u{01}\u{08}\u{0C}\u{1F}", "한국어 / English",
            // A prepended mark, a combining one and a joiner before what is escaped: no character lost around it.
            "\u{0600}<x", "e\u{301}\"", "\u{200D}\\", "\u{FFFF}\u{1F600}<\u{FFFF}", "<", "\"\"",
        ]
        for sample in samples {
            let quoted = JSONText.quoted(sample)
            #expect(!quoted.utf8.contains(UInt8(ascii: "<")))
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            #expect(decoded == [sample])
        }
        #expect(JSONText.quoted("a<b") == #""a\u003cb""#)
        #expect(JSONText.quoted("\"\\\n\r\t\u{08}\u{0C}") == #""\"\\\n\r\t\b\f""#)
        #expect(JSONText.quoted("退款\u{0600}<ㅎ") == "\"退款\u{0600}\\u003cㅎ\"")
        #expect(JSONText.quoted("\u{1F}") == #""\u001f""#)
        #expect(JSONText.array(["x", "y"]) == #"["x","y"]"#)
    }

    @Test("The core names the kinds of the entries on a situation's page, which search.js reads a situation by")
    func situationKinds() throws {
        let index = try SearchIndex.ofShippedBook()
        #expect(
            index.situationKinds == [
                "avoid", "case", "guideline", "keywords", "note", "phrase", "title", "turn", "when", "why",
            ])
        var core = ""
        try index.write(earlier: nil) { file in if file.path.hasSuffix("/core.js") { core = file.contents } }
        #expect(core.contains(#""situationKinds":["avoid","case","guideline","keywords","note","phrase","#))
    }
}
