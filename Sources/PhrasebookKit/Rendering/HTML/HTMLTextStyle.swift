/// HTML: everything escaped; slots as labelled blanks, the rising-tone cue as a styled cue, the words of another
/// of the book's languages marked with its `lang` (``ForeignWords``), and so is a placeholder's value or label
/// borrowed from the source language (`<span lang="zh-Hans">XX公司</span>` in a Japanese text whose variable has no
/// Japanese value), with its `dir` in a book with a language written right to left (``DirectionAttributes``).
///
/// A slot is `<span class="slot" data-plain="[label]">label</span>`: the page shows a blank carrying its label,
/// and the copy button copies `data-plain` (the label in brackets, as in the plain text). The cue is an image-like
/// span with an accessible name in the text's own language (the interface word `rising-tone`: 升调, 올림 억양,
/// rising tone), so screen readers say that instead of "up arrow".
struct HTMLTextStyle: TextStyle {
    /// The cue's accessible name by language code, escaped.
    private let cueNames: [String: String]
    /// The name for a language the book does not declare (a pronunciation guide's): the source language's.
    private let sourceCueName: String
    /// Marks the words of another of the book's languages inside a text.
    private let foreignWords: ForeignWords
    /// The `dir` attribute beside each `lang` this style writes.
    private let directions: DirectionAttributes

    init(book: Book) {
        let source = book.sourceLanguage
        let word = { (code: String) in
            MarkupEscaping.escape(book.interface.word("rising-tone", in: code, source: source) ?? "")
        }
        cueNames = Dictionary(uniqueKeysWithValues: book.languages.map { ($0.code, word($0.code)) })
        sourceCueName = word(source)
        directions = DirectionAttributes(book: book)
        foreignWords = ForeignWords(book: book, directions: directions)
    }

    func format(_ text: ResolvedText) -> String {
        format(text, markingForeignWords: true)
    }

    /// A title or a label: its words of another language are not marked, since templates put labels into
    /// attributes (`data-label-en="…"`), where a `span` would end the value.
    func formatLabel(_ text: ResolvedText) -> String {
        format(text, markingForeignWords: false)
    }

    private func format(_ text: ResolvedText, markingForeignWords marking: Bool) -> String {
        let cueName = cueNames[text.language.code] ?? sourceCueName
        return text.pieces.map { piece in
            switch piece {
            case .text(let words):
                marking ? foreignWords.mark(escape(words), language: text.language.code) : escape(words)
            case .borrowed(let words, let language):
                marking
                    ? "<span\(languageAttributes(language))>"
                        + foreignWords.mark(escape(words), language: language.code) + "</span>"
                    : escape(words)
            case .slot(let label, let language):
                "<span class=\"slot\" data-plain=\"\(escape(SlotBrackets.wrap(label)))\""
                    + (language.map(languageAttributes) ?? "") + ">\(escape(label))</span>"
            case .cue:
                "<span class=\"cue\" role=\"img\" aria-label=\"\(cueName)\" title=\"\(cueName)\">↑</span>"
            }
        }.joined()
    }

    /// ` lang="…"` with its `dir` where the book needs one: an element's attributes naming `language`.
    private func languageAttributes(_ language: Language) -> String {
        " lang=\"\(language.tag)\"" + directions.attribute(tag: language.tag)
    }

    func escape(_ string: String) -> String {
        MarkupEscaping.escape(string)
    }
}
