import Foundation
import PhrasebookKit

/// The same book as a Hugo site, to time Hugo (Debian's `hugo`) on an equivalent site in the same run: one
/// Markdown page per situation (title, when, guidelines, every phrase with its notes and "don't say" texts, in every
/// language) in a section per chapter, a `roles` taxonomy whose term pages show every situation of a role in full
/// (as the role handbooks do), and a home page listing the chapters. Texts are written as the content has them.
public struct HugoSite {
    let book: Book

    /// A site for `book`.
    public init(book: Book) {
        self.book = book
    }

    /// Writes the site's configuration, layouts and content into `folder` (created; must not exist).
    public func write(to folder: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/layouts/_default", withIntermediateDirectories: true)
        try Self.config.write(toFile: folder + "/hugo.toml", atomically: false, encoding: .utf8)
        for (name, text) in Self.layouts {
            try text.write(toFile: folder + "/layouts/_default/\(name).html", atomically: false, encoding: .utf8)
        }
        let situations = Dictionary(book.situations.map { ($0.id, $0) }) { first, _ in first }
        for (index, chapter) in book.chapters.enumerated() {
            let section = folder + "/content/\(chapter.id)"
            try manager.createDirectory(atPath: section, withIntermediateDirectories: true)
            try page(title: chapter.title, weight: index + 1, body: "")
                .write(toFile: section + "/_index.md", atomically: false, encoding: .utf8)
            for (position, reference) in chapter.situationRefs.enumerated() {
                guard let situation = situations[reference.value] else { continue }
                try page(situation, weight: position + 1)
                    .write(toFile: section + "/\(situation.id).md", atomically: false, encoding: .utf8)
            }
        }
    }

    /// A situation as a Markdown page with front matter (title, weight, roles).
    private func page(_ situation: Situation, weight: Int) -> String {
        var body: [String] = []
        if let when = situation.when { body += ["## When", ""] + lines(when) + [""] }
        if !situation.guidelines.isEmpty {
            body += ["## Guidelines", ""]
            for guideline in situation.guidelines { body += lines(guideline, marker: "- ") + [""] }
        }
        body += ["## Phrases", ""]
        for (number, phrase) in situation.phrases.enumerated() {
            body += ["### \(number + 1). \(phrase.id)", ""] + lines(phrase.text) + [""]
            for note in phrase.notes { body += ["*Note*", ""] + lines(note) + [""] }
            for avoid in phrase.avoids { body += ["*Don't say*", ""] + lines(avoid.text) + [""] }
        }
        let roles = situation.roles?.map(\.value) ?? book.roles.map(\.id)
        return page(title: situation.title, weight: weight, body: body.joined(separator: "\n"), roles: roles)
    }

    private func page(title: LocalizedText, weight: Int, body: String, roles: [String] = []) -> String {
        let shown = book.languages.compactMap { title.text($0.code) }.joined(separator: " · ")
        let roleList = roles.map { "\"\($0)\"" }.joined(separator: ", ")
        return "---\ntitle: \"\(Self.quoted(shown))\"\nweight: \(weight)\nroles: [\(roleList)]\n---\n\n" + body + "\n"
    }

    /// One line per language, each a paragraph.
    private func lines(_ text: LocalizedText, marker: String = "") -> [String] {
        book.languages.compactMap { language in text.text(language.code).map { marker + "**\(language.code)** " + $0 } }
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    private static let config = """
        baseURL = "http://localhost/"
        title = "Phrasebook"
        disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
        [taxonomies]
          role = "roles"
        [markup.goldmark.renderer]
          unsafe = false

        """

    private static let head = """
        <!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
        <nav><a href="{{ "/" | relURL }}">Home</a>{{ range .Site.Sections }} <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
        """

    /// The layouts: a situation page; a chapter or the home page listing its pages; a role's page with every
    /// situation in full.
    private static let layouts = [
        "single": head + "\n<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n",
        "list": head
            + "\n<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n",
        "term": head
            + "\n<main><h1>{{ .Title }}</h1>{{ range .Pages }}<section><h2>{{ .Title }}</h2>{{ .Content }}</section>{{ end }}</main></body></html>\n",
        "terms": head
            + "\n<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n",
    ]
}
