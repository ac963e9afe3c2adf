extension PageContext {
    /// The glossary page's entries, in glossary order: each term's `id`, `titleAllText` (its preferred form in
    /// every language, each once, joined by " / ", escaped; the id when it has none), `languages` (every declared language in
    /// display order with `code`, `tag`, `dirAttribute`, `name`, `isSource`, `hasForms`, `forms` — each `text`, `isPreferred`
    /// (the first form), and, in a language with a romanizer, `hasPronunciation`, `pronunciation` (the form in
    /// Latin letters, when it is not in them already) and `pronunciationTag` — `hasForbidden` and `forbidden`, each
    /// `text`), `hasNote` and `note` (texts).
    func glossary() -> [[String: Any]] {
        book.glossary.map { term -> [String: Any] in
            var preferred: [String] = []
            for language in book.languages {
                if let form = term.forms(language.code).first, !preferred.contains(form) { preferred.append(form) }
            }
            return [
                "id": term.id,
                "titleAllText": preferred.isEmpty ? term.id : preferred.map(style.escape).joined(separator: " / "),
                "languages": book.languages.map { language -> [String: Any] in
                    let forms = term.forms(language.code)
                    let forbidden = term.forbidden(language.code)
                    let romanizer = Romanizers.romanizer(for: language.code)
                    return [
                        "code": language.code, "tag": language.tag,
                        "dirAttribute": directions.attribute(tag: language.tag),
                        "name": style.escape(language.name),
                        "isSource": language.code == book.sourceLanguage, "hasForms": !forms.isEmpty,
                        "forms": forms.enumerated().map { index, form -> [String: Any] in
                            // A form in Latin letters already (A/S) needs no guide.
                            let guide = romanizer.map { $0.romanizeWords(form) }.flatMap { $0 == form ? nil : $0 }
                            return [
                                "text": style.escape(form), "isPreferred": index == 0, "hasPronunciation": guide != nil,
                                "pronunciation": guide.map(style.escape) ?? "",
                                "pronunciationTag": romanizer?.tag ?? "",
                            ]
                        },
                        "hasForbidden": !forbidden.isEmpty,
                        "forbidden": forbidden.enumerated().map { index, text in
                            ["text": style.escape(text), "isFirst": index == 0]
                        },
                    ]
                },
                "hasNote": term.note != nil, "note": term.note.map(texts) ?? [],
            ]
        }
    }
}
