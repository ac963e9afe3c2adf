import BookSynth
import Foundation
import Mustache
import PhrasebookTestSupport
import Testing

@testable import PhrasebookKit

/// The compiled templates (``CompiledTemplates``) write what swift-mustache writes, byte for byte: for random
/// templates over random data, for the shipped templates over the shipped content (the golden files, recorded
/// with swift-mustache), and a set with a tag the compiler leaves to swift-mustache is rendered by it.
@Suite("Compiled templates")
struct CompiledTemplatesTests {
    /// Random templates and data: the tags, line breaks, indentation and values where the two engines could
    /// differ (standalone lines, partials indented inside sections, `\r\n`, escaping, empty lists and strings).
    struct RandomTemplates {
        var random: SplitMix64

        private static let texts =
            [
                "x", " ", "  ", "\n", "\n", "\t", "\r\n", "ab ", "{", "}", "<&>", "é\n", "\r", "\u{2028}", "\u{0C}",
            ] + joining
        /// Characters that join a brace next to them into one character (an Arabic number sign before it; a
        /// zero-width non-joiner or a combining accent after it): swift-mustache, reading by characters, sees no
        /// brace there, and the compiler leaves such a template to it.
        static let joining = ["\u{0600}", "\u{200C}", "\u{0301}"]
        private static let variables = [
            "{{a}}", "{{{a}}}", "{{& b}}", "{{ obj.text }}", "{{.}}", "{{num}}", "{{flag}}", "{{missing}}",
            "{{obj.inner.a}}", "{{.a}}", "{{text}}", "{{{code}}}", "{{isSource}}", "{{! a note }}",
            "{{!\nlong note\n}}", "{{\u{3000}b\u{00A0}}}",
        ]
        private static let sections = [
            "flag", "off", "list", "strings", "obj", "empty", "a", "missing", "num", "obj.inner", "texts", "isSource",
        ]

        private mutating func pick<T>(_ values: [T]) -> T {
            values[Int(random.next() % UInt64(values.count))]
        }

        private mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

        /// A template of up to `length` pieces; `partials` are the partials it may include.
        mutating func template(length: Int, depth: Int = 0, partials: [String]) -> String {
            var text = ""
            for _ in 0..<Int(random.next() % UInt64(length + 1)) {
                if chance(30) { text += "\n" + String(repeating: " ", count: Int(random.next() % 3)) }
                switch random.next() % 10 {
                case 0, 1, 2: text += pick(Self.texts)
                case 3, 4, 5: text += pick(Self.variables)
                case 6 where !partials.isEmpty: text += "{{>" + pick(partials) + "}}"
                case 7,
                    8 where depth < 3:
                    let name = pick(Self.sections)
                    let sigil = chance(70) ? "#" : "^"
                    let lineBreak = chance(50) ? "\n" : ""
                    text += "{{" + sigil + name + "}}" + lineBreak
                    text += template(length: length / 2 + 1, depth: depth + 1, partials: partials)
                    text += (chance(50) ? "\n" : "") + "{{/" + name + "}}" + lineBreak
                default: text += pick(Self.texts)
                }
            }
            return text
        }

        private mutating func string() -> String {
            pick(["x", "<b>&\"'", "line\nbreak", "", "  ", "tab\t", "é", "\r\n", "a\n\n"])
        }

        private mutating func item() -> [String: Any] {
            var item: [String: Any] = ["a": string(), "text": string()]
            if chance(50) { item["flag"] = chance(50) }
            if chance(30) { item["list"] = [["a": string()]] }
            return item
        }

        /// Data for the templates' names, each present or not.
        mutating func data() -> [String: Any] {
            var data: [String: Any] = [:]
            if chance(80) { data["a"] = string() }
            if chance(80) { data["b"] = string() }
            if chance(80) { data["flag"] = true }
            if chance(80) { data["off"] = false }
            if chance(80) { data["num"] = Int(random.next() % 200) - 100 }
            if chance(80) { data["list"] = (0..<Int(random.next() % 4)).map { _ in item() } }
            if chance(80) { data["strings"] = (0..<Int(random.next() % 4)).map { _ in string() } }
            if chance(80) { data["empty"] = [Any]() }
            if chance(80) {
                // Typed contexts, as the renderer's pages hold them.
                data["texts"] = (0..<Int(random.next() % 3)).map { _ in
                    LanguageText(
                        code: pick(["zh", "en"]), tag: "en", dirAttribute: "", name: "English", isSource: chance(50),
                        isPending: false,
                        isStale: false, text: string(), hasPronunciation: false, pronunciation: "", pronunciationTag: ""
                    )
                }
            }
            if chance(80) {
                data["obj"] = ["text": string(), "inner": ["a": string()], "flag": chance(50)] as [String: Any]
            }
            return data
        }
    }

    @Test("Random templates over random data: as swift-mustache writes them, and so with an empty name taken out")
    func randomTemplatesMatchSwiftMustache() throws {
        var generator = RandomTemplates(random: SplitMix64(seed: 2026_12_05))
        var compared = 0
        var leftToSwiftMustache = 0
        for round in 0..<4500 {
            let partialQ = generator.template(length: 4, partials: [])
            let partialP = generator.template(length: 6, partials: ["q"])
            let main = generator.template(length: 12, partials: ["p", "q"])
            let texts = [("main", main), ("p", partialP), ("q", partialQ)]
            var library = MustacheLibrary()
            do {
                for (name, text) in texts { library.register(try MustacheTemplate(string: text), named: name) }
            } catch {
                continue  // a piece of text and a tag can make a tag swift-mustache refuses, `{{{a}}`
            }
            guard let compiled = try? CompiledTemplates(texts) else {
                // Left to swift-mustache, which then renders it: only a brace joined with its neighbour is.
                let joined = texts.contains { _, text in RandomTemplates.joining.contains { text.contains($0) } }
                #expect(joined, "round \(round): \(texts)")
                leftToSwiftMustache += 1
                continue
            }
            let data = generator.data()
            let expected = library.render(data, withTemplate: "main")
            let rendered = compiled.render("main", root: data)
            #expect(rendered == expected, "round \(round): \(texts) \(data)")
            if rendered != expected { return }
            // A name empty wherever it is looked up (only the root has `b`) taken out: the same output.
            var blank = data
            blank["b"] = ""
            #expect(
                compiled.withoutVariables(["b"]).render("main", root: blank) == compiled.render("main", root: blank),
                "round \(round): \(texts)")
            compared += 1
        }
        #expect(compared > 2000)
        #expect(leftToSwiftMustache > 0)
    }

    @Test("A brace joined with the character next to it is no brace to swift-mustache: such a template is left to it")
    func joinedBracesAreLeftToSwiftMustache() throws {
        // An Arabic end-of-ayah sign before a number tag; a zero-width non-joiner (Persian) after a comment.
        for text in ["\u{06DD}{{n}}\n", "{{! note }}\u{200C}{{n}}\n", "{{!a}}\u{301}b}}"] {
            #expect((try? CompiledTemplates([("page", text)])) == nil, "\(text.debugDescription)")
            try TestPaths.withScratch { folder in
                try TestPaths.write(text, to: folder + "/page.mustache")
                let expected = try MustacheTemplate(string: text).render(["n": "7"])
                #expect(try TemplateSet(folder: folder, required: ["page"]).render("page", ["n": "7"]) == expected)
            }
        }
    }

    @Test("The compiler names the template, the tag's place and what it is when it leaves a set to swift-mustache")
    func notCompiledSaysWhereAndWhat() throws {
        let cases: [(text: String, offset: Int, what: String)] = [
            ("a\n{{<frame}}{{/frame}}", 2, "template inheritance"),
            ("é {{uppercased(name)}}", 3, "a transform"),
            ("{{! c }}{{>*dynamic}}", 8, "a dynamic partial"),
            ("{{! c }}\u{200C}{{n}}", 0, "a brace joined"),
            ("\u{06DD}{{n}}", 2, "a brace joined"),
        ]
        for (text, offset, what) in cases {
            let error = #expect(throws: CompiledTemplates.NotCompiled.self) {
                try CompiledTemplates([("other", "{{n}}"), ("page", text)])
            }
            #expect(error?.template == "page" && error?.offset == offset, "\(text.debugDescription)")
            #expect(error?.what.hasPrefix(what) == true, "\(text.debugDescription): \(error?.what ?? "")")
        }
    }

    @Test("A recursive template's note points at the tag as written, not inside its nesting guard")
    func notCompiledNoteInARecursiveTemplate() throws {
        try TestPaths.withScratch { folder in
            try TestPaths.write("{{#items}}{{>page}}{{/items}}\n  {{$x}}{{/x}}\n", to: folder + "/page.mustache")
            let set = try TemplateSet(folder: folder, required: ["page"])
            let note = try #require(set.notCompiled)
            #expect(note.location == SourceLocation(file: folder + "/page.mustache", line: 2, column: 3))
            #expect(note.code == TemplateSet.notCompiledCode && note.severity == .note)
        }
        try TestPaths.withScratch { folder in
            try TestPaths.write("{{#items}}{{name}}{{/items}}\n", to: folder + "/page.mustache")
            #expect(try TemplateSet(folder: folder, required: ["page"]).notCompiled == nil)
        }
    }

    @Test("A template set with a tag the compiler leaves to swift-mustache is rendered by swift-mustache")
    func inheritanceIsRenderedBySwiftMustache() throws {
        let texts = [
            ("page", "{{<frame}}{{$title}}Mine{{/title}}{{/frame}}"),
            ("frame", "<h1>{{$title}}Theirs{{/title}}</h1>\n"),
        ]
        #expect((try? CompiledTemplates(texts)) == nil)
        #expect((try? CompiledTemplates([("page", "{{uppercased(name)}}")])) == nil)
        #expect((try? CompiledTemplates([("page", "{{>*dynamic}}")])) == nil)
        try TestPaths.withScratch { folder in
            for (name, text) in texts { try TestPaths.write(text, to: folder + "/" + name + ".mustache") }
            let set = try TemplateSet(folder: folder, required: ["page"])
            #expect(try set.render("page", [:]) == "<h1>Mine</h1>\n")
        }
    }
}
