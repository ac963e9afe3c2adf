import BookSynth
import Foundation

/// Makes a mutated copy of a content file or a template, reproducibly from a seed: byte-level damage (what a
/// broken editor or a hostile file does), tokens that mean something to XML, Mustache and the checks, and text
/// mutations that keep the XML well-formed so that the checks and the renderers see the result.
struct Mutator {
    var random: SplitMix64

    /// Tokens that exercise the loader's and the checks' special cases.
    static let xmlTokens = [
        "<", ">", "&", "&amp;", "&#x85;", "&#x202E;", "&#0;", "&unknown;", "<!DOCTYPE x>", "<![CDATA[", "]]>",
        "<!--", "-->", "<?pi?>", "\"", "'", "=", " xmlns:q=\"urn:q\"", "<q:ja xmlns:q=\"urn:q\">x</q:ja>",
        " id=\"\"", " card=\"maybe\"", " roles=\"../../x\"", "</phrase>", "<phrase id=\"fuzz\">", "<zh>", "</zh>",
        "<eng>x</eng>", "\n", "\t", "\u{0}", "\u{FEFF}",
    ]
    /// Texts that exercise checks, layout and escaping, written XML-escaped so that the file stays well-formed.
    static let textTokens = [
        "{company}", "{surname}", "{nobody}", "{", "}", "{{name}}", "{{{html}}}", "&lt;script&gt;", "&amp;",
        "↑", "……", "——", "。", "？", "!", "\u{202E}", "&#x85;", "\u{200B}", "\u{301}", "👩‍👩‍👧", "가나다",
        "中文中文中文", "ｗｉｄｅ", String(repeating: "长", count: 300), String(repeating: "word ", count: 200),
        "Supercalifragilisticexpialidocious", "  ", "\n", "[surname]", "〔姓〕", "400-000-0000",
    ]
    /// Mustache tags and damage for templates.
    static let templateTokens = [
        "{{", "}}", "{{{", "}}}", "{{#", "{{/", "{{^", "{{!", "{{>", "{{title}}", "{{bogus}}", "{{{bogus}}}",
        "{{#chapters}}", "{{/chapters}}", "{{^isCard}}", "{{.}}", "{{a.b.c}}", "{{=<% %>=}}", "<", "&",
    ]

    /// ``templateTokens`` and inclusions that close a cycle through template `path` (`html/phrase.mustache`):
    /// the template itself, and each template of its format that includes it (a → b → a), each bare, inside a
    /// section whose value never runs out (`{{#book}}`: every page has it) and inside an inverted section.
    static func templateTokens(for path: String, among templates: [(path: String, bytes: [UInt8])]) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let name = Self.templateName(path)
        let includers = templates.filter { template in
            (template.path as NSString).deletingLastPathComponent == folder
                && ["{{>" + name + "}}", "{{> " + name + " }}"].contains {
                    String(decoding: template.bytes, as: UTF8.self).contains($0)
                }
        }
        let targets = [name] + includers.map { Self.templateName($0.path) }.filter { $0 != name }
        return templateTokens
            + targets.flatMap { target in
                ["{{>\(target)}}", "{{#book}}{{>\(target)}}{{/book}}", "{{^bogus}}{{>\(target)}}{{/bogus}}"]
            }
    }

    private static func templateName(_ path: String) -> String {
        String(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    /// The next number below `bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(random.next() % UInt64(bound))
    }

    /// `bytes` damaged by one to four byte-level or token mutations.
    mutating func damage(_ bytes: [UInt8], tokens: [String]) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<(1 + below(4)) {
            let at = bytes.isEmpty ? 0 : below(bytes.count + 1)
            switch below(7) {
            case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            case 1 where !bytes.isEmpty:
                let end = min(bytes.count, at + 1 + below(64))
                bytes.removeSubrange(min(at, end)..<end)
            case 2 where !bytes.isEmpty:
                let start = below(bytes.count)
                let slice = bytes[start..<min(bytes.count, start + 1 + below(256))]
                bytes.insert(contentsOf: slice, at: at)
            case 3: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            default: bytes.insert(contentsOf: Array(tokens[below(tokens.count)].utf8), at: at)
            }
        }
        return bytes
    }

    /// `bytes` with one to three text tokens inserted just after a `>` that opens text on the same line (the
    /// file stays well-formed as long as it was). Insertions go from the end backwards, so that each position
    /// found is still where it was.
    mutating func enrichText(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let openings = bytes.indices.dropLast().filter { index in
            bytes[index] == UInt8(ascii: ">") && bytes[index + 1] != UInt8(ascii: "\n")
                && bytes[index + 1] != UInt8(ascii: "<")
        }
        guard !openings.isEmpty else { return bytes }
        let chosen = (0..<(1 + below(3))).map { _ in openings[below(openings.count)] + 1 }
        for at in Set(chosen).sorted(by: >) {
            bytes.insert(contentsOf: Array(Self.textTokens[below(Self.textTokens.count)].utf8), at: at)
        }
        return bytes
    }
}
