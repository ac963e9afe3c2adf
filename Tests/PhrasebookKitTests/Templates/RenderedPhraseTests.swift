import Foundation
import Testing

@testable import PhrasebookKit

/// A step's fragment rendered once for all its numbers (`RenderedPhrase`) shows each number where the template
/// put it, whatever the template does with `number`.
@Suite("Step numbers put in")
struct RenderedPhraseTests {
    @Test("a fragment with the marker once is shown with any number in its place")
    func numbered() throws {
        let text = "<li><span>步骤 " + RenderedPhrase.marker + "</span> ㅎ</li>"
        let phrase = RenderedPhrase(numbered: text)
        let pieces = try #require(phrase.pieces(number: "12"))
        #expect(pieces.joinedText == "<li><span>步骤 12</span> ㅎ</li>")
        #expect(pieces[1] == "12", "the number a piece of its own")
    }

    @Test("a fragment that transforms, repeats or leaves out the number is not cut")
    func notCut() {
        let marker = RenderedPhrase.marker
        let lead = String(marker.unicodeScalars.first!)
        let texts: [String: String] = [
            "uppercased": marker.uppercased(), "lowercased": marker.lowercased(), "capitalized": marker.capitalized,
            "reversed": String(marker.reversed()), "twice": marker + " " + marker, "left out": "<li></li>",
            "a marker's first character beside it": marker + lead, "before it": lead + marker,
        ]
        for (name, text) in texts {
            #expect(RenderedPhrase(numbered: "<li>" + text + "</li>").pieces(number: "3") == nil, "\(name)")
        }
        #expect(RenderedPhrase("<li>" + marker + "</li>").pieces(number: "3") == nil, "rendered for one number")
    }

    /// The step numbers the `hotline-agent` handbook shows (which numbers a procedure's steps afresh for the steps
    /// the role sees), by the shipped templates and by a copy whose phrase template shows `number` as `shown`.
    private static func stepNumbers(shown: String) throws -> (shipped: [String], changed: [String]) {
        let templates = try TestPaths.copyOfTemplates()
        let pipeline = Pipeline(contentFolder: TestPaths.content, templatesFolder: templates, outputFolder: "")
        let book = try #require(try pipeline.check().book)
        func numbers(_ files: [OutputFile]) throws -> [String] {
            let page = try #require(files.first { $0.path == "html/roles/hotline-agent.html" }).contents
            return page.components(separatedBy: "<span class=\"step-number\">").dropFirst().map { step in
                String(step.components(separatedBy: "</span> ")[1].prefix { $0 != "<" })
            }
        }
        let shipped = try numbers(ShippedContent.html.get())
        let file = templates + "/html/phrase.mustache"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("</span> {{number}}</span>"))
        try TestPaths.write(text.replacingOccurrences(of: "{{number}}", with: shown), to: file)
        return (shipped, try numbers(pipeline.render(book, RenderOptions(formats: [.html]))))
    }

    @Test(
        "a user's phrase template that repeats or transforms the number shows each step's own number",
        arguments: ["{{number}}-{{number}}", "{{reversed(number)}}"])
    func userTemplate(shown: String) throws {
        let (shipped, changed) = try Self.stepNumbers(shown: shown)
        #expect(shipped.count > 20)
        #expect(Set(shipped).count < shipped.count, "the handbook numbers its procedures' steps afresh")
        let expected = shipped.map { number in
            shown.hasPrefix("{{reversed") ? String(number.reversed()) : number + "-" + number
        }
        #expect(changed == expected)
    }

    @Test(
        "a role's handbook shows each step's number as a piece of its own between its fragment's pieces",
        arguments: [
            ("html/roles/hotline-agent.html", "<span class=\"step-number\">", "</span> ", "</span>"),
            ("markdown/roles/hotline-agent.md", "\n**", "**", ".**"),
        ])
    func numberIsAPiece(path: String, step: String, before: String, after: String) throws {
        let files = try (path.hasPrefix("html/") ? ShippedContent.html : ShippedContent.markdown).get()
        let handbook = try #require(files.first { $0.path == path })
        let pieces = handbook.pieces.map(\.text)
        let numbers = pieces.indices.dropFirst().dropLast().filter { index in
            !pieces[index].isEmpty && pieces[index].allSatisfy(\.isASCII) && pieces[index].allSatisfy(\.isNumber)
                && pieces[index - 1].hasSuffix(before) && pieces[index + 1].hasPrefix(after)
        }
        let shown = handbook.contents.components(separatedBy: step).dropFirst().filter { text in
            text.drop { $0.isNumber }.hasPrefix(step == "\n**" ? ".**" : "<")
        }
        #expect(shown.count > 50)
        #expect(numbers.count == shown.count, "every step number a piece")
    }
}
