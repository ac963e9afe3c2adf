import BookSynth
import Foundation

@testable import PhrasebookKit

/// Random edits of a scratch copy of the shipped content and templates, the kinds a lead makes: a phrase's text,
/// a phrase's id (with every reference to it), a phrase's roles, a situation's roles (which every page's navigation
/// marks), the text of a phrase another situation's dialogue
/// quotes, a situation's title (which other pages' navigation shows), whether a phrase goes on the pocket cards,
/// the text of a phrase the taboo list quotes, a role's name in `phrasebook.xml`, a template or asset, a
/// situation added or removed. Every edit keeps the content free of errors (an edit that would not is undone and
/// another drawn), so that both builds it is tested with publish. Seeded: the same seed gives the same edits.
struct RandomContentEdit {
    /// The kinds of edit.
    enum Kind: String, CaseIterable {
        case phraseText, phraseID, phraseRoles, situationRoles, quotedPhrase, situationTitle, card, tabooQuote
        case roleName, template, addSituation, removeSituation, nothing
    }

    let content: String
    let templates: String
    var generator: SplitMix64

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }

    /// One element of `items`.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// The kinds of edit in a seeded order, each once.
    mutating func shuffledKinds() -> [Kind] {
        var kinds = Kind.allCases
        for index in kinds.indices.reversed() where index > 0 { kinds.swapAt(index, below(index + 1)) }
        return kinds
    }

    /// Makes one edit of kind `first` (or, when none of that kind keeps the content free of errors, of another
    /// kind) that leaves the content without errors; what it did, in words.
    mutating func apply(_ first: Kind) throws -> String {
        for attempt in 0..<20 {
            let before = TestPaths.snapshot(content)
            let kind = attempt < 3 ? first : pick(Kind.allCases)
            guard let done = try apply(kind: kind) else { continue }
            let loaded = try ContentLoader(folder: content).load()
            if !Checker().check(loaded).fail(strict: false) { return "\(kind.rawValue): \(done)" }
            try restore(content, to: before)
        }
        return "nothing: no edit kept the content free of errors"
    }

    private mutating func apply(kind: Kind) throws -> String? {
        let situations = try FileManager.default.contentsOfDirectory(atPath: content + "/situations").sorted()
        let file = content + "/situations/" + pick(situations)
        var text = try String(contentsOfFile: file, encoding: .utf8)
        switch kind {
        case .phraseText:
            let texts = Self.ranges(of: #"<en>[^<{]* [^<]*</en>"#, in: text)
            guard !texts.isEmpty else { return nil }
            let range = pick(texts)
            let edited = text[range].replacingOccurrences(of: " ", with: " really ", options: [], range: nil)
            text.replaceSubrange(range, with: edited)
        case .phraseID:
            let ids = Self.captures(of: #"<phrase id="([^"]+)""#, in: text)
            guard !ids.isEmpty else { return nil }
            let id = pick(ids)
            try rename([id], to: { $0 + "-renamed" })
            return "\(id) → \(id)-renamed"
        case .phraseRoles:
            let tags = Self.ranges(of: #"<phrase id="[^"]+"[^>]*>"#, in: text)
            let situationRoles = Self.captures(of: #"<situation [^>]*roles="([^"]+)""#, in: text).first ?? ""
            guard !tags.isEmpty, let role = situationRoles.split(separator: " ").first else { return nil }
            let range = pick(tags)
            let tag = String(text[range])
            let roles = Self.captures(of: #"roles="([^"]+)""#, in: tag).first
            let edited =
                roles.map { roles in
                    let kept = roles.split(separator: " ").dropLast().joined(separator: " ")
                    return tag.replacingOccurrences(
                        of: " roles=\"\(roles)\"", with: kept.isEmpty ? "" : " roles=\"\(kept)\"")
                } ?? tag.replacingOccurrences(of: ">", with: " roles=\"\(role)\">")
            text.replaceSubrange(range, with: edited)
        case .situationRoles:
            guard let range = Self.ranges(of: #"<situation [^>]*roles="[^"]+ [^"]+""#, in: text).first else {
                return nil
            }
            let tag = String(text[range])
            guard let roles = Self.captures(of: #"roles="([^"]+)""#, in: tag).first else { return nil }
            let kept = roles.split(separator: " ").dropLast().joined(separator: " ")
            text.replaceSubrange(
                range, with: tag.replacingOccurrences(of: "roles=\"\(roles)\"", with: "roles=\"\(kept)\""))
        case .quotedPhrase:
            let quoted = Self.captures(of: #"<turn [^>]*phrase="([^"]+)""#, in: text)
            guard !quoted.isEmpty else { return nil }
            let id = pick(quoted)
            guard try appendToPhrase(id, " Thank you.", in: situations, except: file) else { return nil }
            return "\(id), quoted in \((file as NSString).lastPathComponent)"
        case .situationTitle:
            guard let range = Self.ranges(of: #"(?<=<title>)(.|\n)*?</en>"#, in: text).first else { return nil }
            text.replaceSubrange(range, with: text[range].replacingOccurrences(of: "</en>", with: " (new)</en>"))
        case .card:
            let tags = Self.ranges(of: #"<phrase id="[^"]+"[^>]*>"#, in: text)
            guard !tags.isEmpty else { return nil }
            let range = pick(tags)
            let tag = String(text[range])
            text.replaceSubrange(
                range,
                with: tag.contains(#" card="true""#)
                    ? tag.replacingOccurrences(of: #" card="true""#, with: "")
                    : tag.replacingOccurrences(of: "<phrase ", with: #"<phrase card="true" "#))
        case .tabooQuote:
            let quoted = Self.captures(
                of: #"<instead phrase="([^"]+)""#,
                in: try String(contentsOfFile: content + "/taboos.xml", encoding: .utf8))
            guard !quoted.isEmpty else { return nil }
            let id = pick(quoted)
            guard try appendToPhrase(id, " Right away.", in: situations) else { return nil }
            return "\(id), quoted by the taboo list"
        case .roleName:
            let names = Self.ranges(
                of: #"<role id="[^"]+">(.|\n)*?</en>"#,
                in: try String(
                    contentsOfFile: content + "/phrasebook.xml", encoding: .utf8))
            guard !names.isEmpty else { return nil }
            let chosen = below(names.count)
            try edit(content + "/phrasebook.xml") { book in
                let range = Self.ranges(of: #"<role id="[^"]+">(.|\n)*?</en>"#, in: book)[chosen]
                return book.replacingCharacters(
                    in: range, with: book[range].replacingOccurrences(of: "</en>", with: " (edited)</en>"))
            }
            return "role \(chosen + 1)"
        case .template:
            let names = (FileManager.default.enumerator(atPath: templates)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".css") }.sorted()
            let name = pick(names)
            let addition = name.hasSuffix(".css") ? "\n/* edited */\n" : "edited \(below(1000))\n"
            try (String(contentsOfFile: templates + "/" + name, encoding: .utf8) + addition).write(
                toFile: templates + "/" + name, atomically: false, encoding: .utf8)
            return name
        case .addSituation:
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let copy = content + "/situations/\(id)-copy.xml"
            guard !FileManager.default.fileExists(atPath: copy) else { return nil }
            let ids = Self.captures(of: #" id="([^"]+)""#, in: text)
            try text.write(toFile: copy, atomically: false, encoding: .utf8)
            try rename(ids, to: { $0 + "-copy" }, in: [copy])
            try edit(content + "/phrasebook.xml") {
                $0.replacingOccurrences(
                    of: "<situation ref=\"\(id)\"/>", with: "<situation ref=\"\(id)\"/><situation ref=\"\(id)-copy\"/>")
            }
            return "\(id)-copy"
        case .removeSituation:
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            try FileManager.default.removeItem(atPath: file)
            try edit(content + "/phrasebook.xml") {
                $0.replacingOccurrences(of: "<situation ref=\"\(id)\"/>", with: "")
            }
            return id
        case .nothing:
            return "no change"
        }
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return (file as NSString).lastPathComponent
    }

    /// Adds `words` to the end of the English text of phrase `id`, in the first of the situation files `names`
    /// (other than `except`) that holds it; whether one did.
    private func appendToPhrase(_ id: String, _ words: String, in names: [String], except: String? = nil) throws
        -> Bool
    {
        for name in names {
            let path = content + "/situations/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard path != except,
                let phrase = Self.ranges(of: #"<phrase id="\#(id)"[^>]*>(.|\n)*?</phrase>"#, in: text).first
            else { continue }
            let edited = text[phrase].replacingOccurrences(of: "</en>", with: words + "</en>")
            try edit(path) { $0.replacingCharacters(in: phrase, with: edited) }
            return true
        }
        return false
    }

    /// Renames every id of `ids` wherever it stands alone in an attribute value (`id="x"`, `ref="x"`,
    /// `phrases="x y"`), in `files` or in every content file.
    private func rename(_ ids: [String], to new: (String) -> String, in files: [String]? = nil) throws {
        let targets =
            files ?? (TestPaths.snapshot(content).keys.filter { $0.hasSuffix(".xml") }.map { content + "/" + $0 })
        for path in targets {
            try edit(path) { text in
                ids.reduce(text) { text, id in
                    text.replacingOccurrences(
                        of: #"(?<=["\s])"# + NSRegularExpression.escapedPattern(for: id) + #"(?=["\s])"#,
                        with: new(id), options: .regularExpression)
                }
            }
        }
    }

    private func edit(_ path: String, _ change: (String) -> String) throws {
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(
            toFile: path, atomically: false, encoding: .utf8)
    }

    /// Puts `folder` back to `snapshot`: files it did not hold removed, every file written as it was.
    private func restore(_ folder: String, to snapshot: [String: Data]) throws {
        for name in TestPaths.snapshot(folder).keys where snapshot[name] == nil {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        for (name, data) in snapshot where FileManager.default.contents(atPath: folder + "/" + name) != data {
            try data.write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    private static func ranges(of pattern: String, in text: String) -> [Range<String.Index>] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text)
        }
    }

    private static func captures(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
