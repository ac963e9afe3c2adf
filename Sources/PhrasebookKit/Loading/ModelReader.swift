/// Reads the model out of validated `XMLElement` trees. The schema has already vouched for the structure, so
/// the reader only turns elements into values; anything it cannot use is left to the checks.
struct ModelReader {
    /// Every `check-ignore` code met, with the attribute's place, for the unknown-code check.
    private(set) var checkIgnores: [Located<String>] = []

    /// Counts `codes` as met here: those of a file read by an earlier load (`LoadMemory`).
    mutating func met(_ codes: [Located<String>]) {
        checkIgnores += codes
    }

    mutating func localized(_ element: XMLElement) -> LocalizedText {
        let renderings = element.children.map { child in
            Rendering(
                language: child.name, text: WhiteSpace.fold(child.text), raw: child.text,
                sourceHash: child.attribute("source-hash")?.value, ignoredChecks: ignored(child),
                pronunciation: child.attribute("pron").map { Located(WhiteSpace.fold($0.value), at: $0.location) },
                location: child.location)
        }
        return LocalizedText(renderings: renderings, location: element.location)
    }

    /// The localized text of the child `name`, or an empty text at the parent's place.
    mutating func localized(child name: String, of element: XMLElement) -> LocalizedText {
        element.child(name).map { localized($0) } ?? LocalizedText(renderings: [], location: element.location)
    }

    /// The codes of a `check-ignore` attribute.
    mutating func ignored(_ element: XMLElement) -> Set<String> {
        guard let attribute = element.attribute("check-ignore") else { return [] }
        let codes = attribute.value.split(whereSeparator: \.isWhitespace).map(String.init)
        checkIgnores += codes.map { Located($0, at: attribute.location) }
        return Set(codes)
    }

    /// A space-separated id list attribute, or `nil` when absent.
    func idList(_ name: String, of element: XMLElement) -> [Located<String>]? {
        guard let attribute = element.attribute(name) else { return nil }
        return attribute.value.split(whereSeparator: \.isWhitespace).map { Located(String($0), at: attribute.location) }
    }

    /// A single id attribute with its place.
    func id(_ name: String, of element: XMLElement) -> Located<String>? {
        element.attribute(name).map { Located($0.value, at: $0.location) }
    }

    // MARK: phrasebook.xml

    mutating func book(_ root: XMLElement, situations: [Situation], taboos: [Taboo]) -> Book {
        let languagesElement = root.child("languages")
        let languages = (languagesElement?.children("language") ?? []).map { element in
            Language(
                code: element.attribute("code")?.value ?? "", tag: element.attribute("tag")?.value ?? "",
                name: element.attribute("name")?.value ?? "", location: element.location,
                isDraft: element.attribute("draft")?.value == "true")
        }
        let placeholders = (root.child("placeholders")?.children ?? []).map { element in
            Placeholder(
                name: element.attribute("name")?.value ?? "", kind: element.name == "slot" ? .slot : .variable,
                text: localized(element), location: element.location)
        }
        let chapters = (root.child("chapters")?.children("chapter") ?? []).map { element in
            Chapter(
                id: element.attribute("id")?.value ?? "", title: localized(child: "title", of: element),
                situationRefs: element.children("situation").compactMap { id("ref", of: $0) },
                location: element.location)
        }
        var book = Book(
            title: localized(child: "title", of: root),
            sourceLanguage: languagesElement?.attribute("source")?.value ?? "",
            languages: languages, roles: labels(root.child("roles")), channels: labels(root.child("channels")),
            categories: labels(root.child("categories")), placeholders: placeholders, chapters: chapters,
            situations: situations, taboos: taboos, location: root.location)
        book.interface = InterfaceWords(
            declarations: (root.child("interface")?.children("word") ?? []).map { word in
                InterfaceWords.Declaration(
                    id: id("id", of: word) ?? Located("", at: word.location), text: localized(word))
            })
        book.glossary = (root.child("glossary")?.children("term") ?? []).map { term($0) }
        book.synonyms = (root.child("synonyms")?.children("same") ?? []).map { element in
            SynonymGroup(words: localized(element), ignoredChecks: ignored(element), location: element.location)
        }
        book.sourceLanguageLocation = languagesElement?.attribute("source")?.location
        return book
    }

    /// A `<term>`: its forms are the language elements; `forbidden` and `note` are read apart.
    private mutating func term(_ element: XMLElement) -> Term {
        let reserved: Set<String> = ["forbidden", "note"]
        let forms = LocalizedText(
            renderings: localized(element).renderings.filter { !reserved.contains($0.language) },
            location: element.location)
        return Term(
            id: element.attribute("id")?.value ?? "", forms: forms,
            forbidden: element.children("forbidden").flatMap { localized($0).renderings },
            note: element.child("note").map { localized($0) }, ignoredChecks: ignored(element),
            location: element.location)
    }

    private mutating func labels(_ element: XMLElement?) -> [Label] {
        (element?.children ?? []).map { child in
            Label(id: child.attribute("id")?.value ?? "", label: localized(child), location: child.location)
        }
    }

    // MARK: taboos.xml

    mutating func taboos(_ root: XMLElement) -> [Taboo] {
        root.children("taboo").map { element in
            let reserved: Set<String> = ["why", "match", "instead"]
            let text = LocalizedText(
                renderings: localized(element).renderings.filter { !reserved.contains($0.language) },
                location: element.location)
            return Taboo(
                id: element.attribute("id")?.value ?? "", text: text, why: element.child("why").map { localized($0) },
                matches: element.children("match").map { Located(WhiteSpace.fold($0.text), at: $0.location) },
                instead: element.children("instead").compactMap { id("phrase", of: $0) },
                ignoredChecks: ignored(element), location: element.location)
        }
    }
}
