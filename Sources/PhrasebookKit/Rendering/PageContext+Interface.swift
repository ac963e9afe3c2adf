extension PageContext {
    /// `ui`: every interface word by id, one entry per language in display order (`code`, `tag`, `isSource`,
    /// `text`, escaped), for `{{#ui.search}}…{{/ui.search}}`; `uiText`: the word in the interface language (``labels``), escaped,
    /// for attributes and `<option>`s, which hold one language only; `uiAllText`: the word in every language,
    /// escaped, each once, joined by " / " (headings that name a thing in every language, as titles do); `uiLabel`:
    /// `uiText`'s word as a label, followed by the colon of its script (`提示：`, `Note:`); `uiPrefix`: the label
    /// before what follows on its line, a space after an ASCII colon (`Never: `, `禁用：`).
    func interfaceKeys() -> (
        ui: [String: [InterfaceWord]], uiText: [String: String], uiAllText: [String: String],
        uiLabel: [String: String], uiPrefix: [String: String]
    ) {
        let words = book.interface
        let source = book.sourceLanguage
        var ui: [String: [InterfaceWord]] = [:]
        var uiText: [String: String] = [:]
        var uiAllText: [String: String] = [:]
        var uiLabel: [String: String] = [:]
        var uiPrefix: [String: String] = [:]
        for id in InterfaceWords.ids {
            // A language without its own word shows the source's (or English, the last default): in that
            // word's language (`lang`), for the browser's fonts and a screen reader's voice.
            ui[id] = book.languages.map { language in
                let word = words.lookUp(id, in: language.code, source: source)
                let from = word?.language ?? language.code
                let tag = from == language.code ? language.tag : book.languages.first { $0.code == from }?.tag ?? from
                return InterfaceWord(
                    code: language.code, tag: tag, dirAttribute: directions.attribute(tag: tag),
                    isSource: language.code == source, text: style.escape(word?.text ?? ""))
            }
            uiText[id] = style.escape(labels[id])
            uiLabel[id] = style.escape(labels.label(id))
            uiPrefix[id] = style.escape(labels.prefix(id))
            var seen: Set<String> = []
            uiAllText[id] = book.languages.compactMap { language -> String? in
                let word = words.word(id, in: language.code, source: source) ?? ""
                guard !word.isEmpty, seen.insert(word).inserted else { return nil }
                return style.escape(word)
            }.joined(separator: " / ")
        }
        return (ui, uiText, uiAllText, uiLabel, uiPrefix)
    }

    /// The page keys that make `code` the interface language of a page on `page` that shows one (a card sheet
    /// printed for a Korean desk): `ui` with that language's word first in every list (the one a sheet shows),
    /// `uiText`, `uiLabel` and `uiPrefix` in it, `lang`, its tag (with `dirAttribute`, its `dir`), and the book's
    /// title and the view's role named in it first (``titles(firstIn:page:)``).
    func interfaceKeys(firstIn code: String, page: Page) -> [String: Any] {
        let first = InterfaceLabels(book: book, language: code)
        let lang = book.languages.first { $0.code == code }?.tag ?? ""
        return titles(firstIn: code, page: page).merging([
            "ui": interfaceKeys().ui.mapValues { words in
                words.filter { $0.code == code } + words.filter { $0.code != code }
            },
            "uiText": Dictionary(uniqueKeysWithValues: InterfaceWords.ids.map { ($0, style.escape(first[$0])) }),
            "uiLabel": Dictionary(uniqueKeysWithValues: InterfaceWords.ids.map { ($0, style.escape(first.label($0))) }),
            "uiPrefix": Dictionary(
                uniqueKeysWithValues: InterfaceWords.ids.map { ($0, style.escape(first.prefix($0))) }),
            "lang": lang, "dirAttribute": directions.attribute(tag: lang),
        ]) { $1 }
    }

    /// `book` and the view's `role` (when it has one) as on `page`, named in `code`: `titleText` and `labelText` in
    /// that language (the source's words where it has none), `title` and `label` with that language's entry first
    /// (the one a page showing one language shows).
    private func titles(firstIn code: String, page: Page) -> [String: Any] {
        func named(_ text: LocalizedText) -> String {
            let words = plainText(text, in: code)
            return words.isEmpty ? sourceText(text) : words
        }
        func first(_ texts: [LanguageText]) -> [LanguageText] {
            texts.filter { $0.code == code } + texts.filter { $0.code != code }
        }
        let common = common(page)
        var keys: [String: Any] = [
            "book": BookTitle(
                title: first(common.bookWide.book.title), titleText: named(book.title),
                titleAllText: common.bookWide.book.titleAllText)
        ]
        if var role = common.role as? RoleLink, let label = view.role?.label {
            role.label = first(role.label)
            role.labelText = named(label)
            keys["role"] = role
        }
        return keys
    }
}
