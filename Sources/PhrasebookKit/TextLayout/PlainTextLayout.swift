import Foundation

/// Lays out resolved texts as plain-text lines at a fixed display width: language-tagged renderings with
/// hanging indents, labelled blocks, headings. Every line it returns fits the width.
struct PlainTextLayout: Sendable {
    let width: Int
    let breaker: LineBreaker
    let measure: DisplayWidth
    let resolver: TextResolver
    let languages: [Language]
    let source: String
    /// The codes of the languages whose texts get a pronunciation guide under them (`--pronunciation`).
    let pronunciations: Set<String>
    let guide: PronunciationGuide
    /// The interface words the layout writes (labels, "translation pending"), in one language.
    let labels: InterfaceLabels
    /// Paragraphs already wrapped by this layout: the whole book's handbook and every role's repeat most of them.
    private let wraps = Memo<WrapKey, [String]>()

    init(
        book: Book, width: Int, ambiguousIsWide: Bool, languages: [Language]? = nil, pronunciations: [String] = [],
        interfaceLanguage: String? = nil
    ) {
        self.width = width
        measure = DisplayWidth(ambiguousIsWide: ambiguousIsWide)
        breaker = LineBreaker(width: width, displayWidth: measure)
        resolver = TextResolver(book: book)
        self.languages = languages ?? book.languages
        source = book.sourceLanguage
        self.pronunciations = Set(pronunciations)
        guide = PronunciationGuide(book: book)
        labels = InterfaceLabels(book: book, language: interfaceLanguage)
    }

    /// What a missing rendering reads as: "(translation pending)" in the interface language.
    var pending: String { labels.parenthesized("translation-pending") }

    /// What follows a stale rendering (reviewed against a source that has changed since): "(the source has
    /// changed: …)" in the interface language.
    var staleMark: String { labels.parenthesized("translation-stale") }

    /// `text` in one language, plain.
    func plain(_ text: LocalizedText, _ language: Language) -> String {
        let resolved = resolver.resolve(text, in: language)
        return resolved.isPending ? pending : resolved.plain
    }

    /// The pronunciation guide of `text` in `language`, plain, when one is asked for and there is one.
    func plainGuide(_ text: LocalizedText, _ language: Language) -> String? {
        guard pronunciations.contains(language.code) else { return nil }
        return guide.guide(text, in: language)?.plain
    }

    /// `text` in `language` wrapped at the layout's width, then its pronunciation guide (when asked for) wrapped
    /// under it: one paragraph of a card.
    func paragraphWithGuide(_ text: LocalizedText, _ language: Language) -> [String] {
        paragraph(plain(text, language)) + (plainGuide(text, language).map { guideParagraph($0) } ?? [])
    }

    /// A pronunciation guide wrapped as ``paragraph(_:indent:prefix:)`` does, but never broken after one of its
    /// hyphens: in Revised Romanization a hyphen is part of the spelling (`bang-eoneuro`), and at a line's end it
    /// would read as a word broken in two (`bang-` / `eoneuro`, joined: `bangeoneuro`).
    func guideParagraph(_ guide: String, indent: Int = 0, prefix: String = "") -> [String] {
        paragraph(guide.replacingOccurrences(of: "-", with: "\u{2011}"), indent: indent, prefix: prefix).map {
            $0.replacingOccurrences(of: "\u{2011}", with: "-")
        }
    }

    /// The source-language text, plain.
    func sourcePlain(_ text: LocalizedText) -> String {
        guard let language = languages.first(where: { $0.code == source }) ?? languages.first else { return "" }
        return plain(text, language)
    }

    /// The fewest columns a paragraph's text keeps beside its indent and prefix. A deeper indent is made
    /// shallower, and a prefix that would leave less room goes on a line of its own, so that narrow widths
    /// stay readable and no line is ever wider than `width`.
    var minimumRoom: Int { max(12, min(20, width / 3)) }

    /// Wraps one paragraph with a first-line prefix and a hanging indent as wide as that prefix.
    func paragraph(_ text: String, indent: Int = 0, prefix: String = "") -> [String] {
        wraps.value(WrapKey(text: text, indent: indent, prefix: prefix)) {
            layOut(text, indent: indent, prefix: prefix)
        }
    }

    private func layOut(_ text: String, indent: Int, prefix: String) -> [String] {
        let limit = max(0, width - minimumRoom)
        let indent = min(max(indent, 0), limit)
        let lead = String(repeating: " ", count: indent)
        let prefixWidth = measure.of(prefix)
        if indent + prefixWidth <= limit {
            let hanging = lead + String(repeating: " ", count: prefixWidth)
            return breaker.wrap(text, firstPrefix: lead + prefix, restPrefix: hanging)
        }
        let label = prefix.trimmingTrailingSpaces
        return breaker.wrap(label, firstPrefix: lead, restPrefix: lead)
            + breaker.wrap(text, firstPrefix: lead, restPrefix: lead)
    }

    /// Every language of `text`, each a paragraph tagged with its code (`zh `, `ko `), the first one optionally
    /// after `marker` (a step number, a bullet, a speaker); later languages are aligned under the first, and a
    /// pronunciation guide (when asked for) under its language's text, aligned with it. A stale rendering is
    /// followed by ``staleMark``. When the marker leaves too little room, it stands on its own line and the
    /// languages go under it.
    func renderings(_ text: LocalizedText, indent: Int, marker: String = "") -> [String] {
        let tagWidth = (languages.map { measure.of($0.code) }.max() ?? 2) + 1
        let markerWidth = measure.of(marker)
        let limit = width - minimumRoom
        if !marker.isEmpty, indent + markerWidth + tagWidth > limit {
            return paragraph(marker.trimmingTrailingSpaces, indent: indent) + renderings(text, indent: indent + 2)
        }
        let indent = max(0, min(indent, limit - markerWidth - tagWidth))
        let stale = text.staleLanguages(source: source)
        var lines: [String] = []
        for (index, language) in languages.enumerated() {
            let tag = language.code.paddedWithSpaces(to: tagWidth)
            let lead = index == 0 ? marker : String(repeating: " ", count: markerWidth)
            let words = plain(text, language) + (stale.contains(language.code) ? " " + staleMark : "")
            lines += paragraph(words, indent: indent, prefix: lead + tag)
            if let guide = plainGuide(text, language) {
                lines += guideParagraph(
                    guide, indent: indent, prefix: String(repeating: " ", count: markerWidth + tagWidth))
            }
        }
        return lines
    }

    /// A heading line (or lines) with an underline of `rule` characters as wide as the longest line.
    func heading(_ text: String, rule: Character) -> [String] {
        let lines = paragraph(text)
        let longest = lines.map { measure.of($0) }.max() ?? 0
        return lines + [String(repeating: rule, count: min(max(longest, 1), width))]
    }

    /// The text's renderings joined with " / " on one logical line, wrapped: for titles.
    func joinedTitle(_ text: LocalizedText) -> String {
        languages.map { plain(text, $0) }.joined(separator: " / ")
    }
}

extension String {
    /// The string followed by spaces up to `count` characters (as it is when it is that long already).
    func paddedWithSpaces(to count: Int) -> String {
        self + String(repeating: " ", count: max(0, count - self.count))
    }

    /// The string without the spaces at its end.
    var trimmingTrailingSpaces: String {
        var trimmed = Substring(self)
        while trimmed.last == " " { trimmed.removeLast() }
        return String(trimmed)
    }
}

/// What a wrapped paragraph depends on, besides its layout's width. The key hashes its texts' UTF-8 bytes once,
/// when it is made (`String`'s own hashing normalizes non-ASCII text first, and a memo lookup hashes a key more
/// than once), and compares them byte for byte.
struct WrapKey: Hashable {
    let text: String
    let indent: Int
    let prefix: String
    private let digest: Int

    init(text: String, indent: Int, prefix: String) {
        self.text = text
        self.indent = indent
        self.prefix = prefix
        WorkCount.add(text.utf8.count)
        var hasher = Hasher()
        hasher.combine(indent)
        Self.combine(text, into: &hasher)
        Self.combine(prefix, into: &hasher)
        digest = hasher.finalize()
    }

    static func == (left: WrapKey, right: WrapKey) -> Bool {
        left.digest == right.digest && left.indent == right.indent && sameBytes(left.text, right.text)
            && sameBytes(left.prefix, right.prefix)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    private static func combine(_ string: String, into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(string.utf8.count)
    }

    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
    }
}
