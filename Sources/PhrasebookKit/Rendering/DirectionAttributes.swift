/// The `dir` attribute the HTML pages give each element they mark with a language's `lang` (Templates.md,
/// `dirAttribute`). In a book that publishes a language written right to left, every such element says its
/// direction, ` dir="rtl"` or ` dir="ltr"` by its tag (``WritingDirection``): a text is set apart from the text
/// around it and runs its own way, the source's words shown in an Arabic rendering's place left to right, an Arabic
/// title among Chinese ones right to left. In a book of left-to-right languages only, nothing.
struct DirectionAttributes: Sendable {
    /// The attribute by tag, for the book's languages; `nil` when the book has no language written right to left.
    private let byTag: [String: String]?

    /// The attributes for `book`'s languages (the ones it publishes).
    init(book: Book) {
        let tags = Set(book.languages.map(\.tag))
        byTag =
            tags.contains { WritingDirection(tag: $0) == .rightToLeft }
            ? Dictionary(uniqueKeysWithValues: tags.map { ($0, Self.attribute(WritingDirection(tag: $0))) }) : nil
    }

    /// Whether the attributes are written: the book has a language written right to left.
    var areWritten: Bool { byTag != nil }

    /// The attribute, with its leading space, for an element marked `lang="tag"`; `""` in a book without a
    /// right-to-left language.
    func attribute(tag: String) -> String {
        guard let byTag else { return "" }
        return byTag[tag] ?? Self.attribute(WritingDirection(tag: tag))
    }

    /// The languages' `dir` as the scripts' data says it (`,"dir":"rtl"`, after `code`): the scripts give the
    /// spans they make the same attribute; `""` in a book without a right-to-left language.
    func jsonField(tag: String) -> String {
        byTag == nil ? "" : ",\"dir\":\"\(WritingDirection(tag: tag).rawValue)\""
    }

    private static func attribute(_ direction: WritingDirection) -> String {
        " dir=\"\(direction.rawValue)\""
    }
}
