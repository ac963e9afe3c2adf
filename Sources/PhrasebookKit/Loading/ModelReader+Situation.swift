extension ModelReader {
    /// Reads a situation file's root element.
    mutating func situation(_ root: XMLElement, file: String) -> Situation {
        var blocks: [SituationBlock] = []
        for child in root.children {
            switch child.name {
            case "phrase": blocks.append(.phrase(phrase(child)))
            case "steps": blocks.append(.steps(child.children("phrase").map { phrase($0) }))
            case "dialogue": blocks.append(.dialogue(dialogue(child)))
            default: break
            }
        }
        return Situation(
            id: root.attribute("id")?.value ?? "", file: file, roles: idList("roles", of: root),
            channels: idList("channels", of: root), title: localized(child: "title", of: root),
            keywords: root.child("keywords").map { localized($0) },
            when: root.child("when").map { localized($0) },
            guidelines: root.children("guideline").map { localized($0) },
            blocks: blocks, ignoredChecks: ignored(root), location: root.location)
    }

    private mutating func phrase(_ element: XMLElement) -> Phrase {
        let reserved: Set<String> = ["note", "avoid"]
        let renderings = element.children.filter { !reserved.contains($0.name) }
        return Phrase(
            id: element.attribute("id")?.value ?? "", category: id("category", of: element),
            card: element.attribute("card")?.value == "true", roles: idList("roles", of: element),
            channels: idList("channels", of: element),
            text: localized(
                XMLElement(
                    name: element.name, attributes: [], children: renderings, text: "", location: element.location)),
            notes: element.children("note").map { localized($0) },
            avoids: element.children("avoid").map { avoid($0) },
            ignoredChecks: ignored(element), location: element.location)
    }

    private mutating func avoid(_ element: XMLElement) -> Avoid {
        let renderings = element.children.filter { $0.name != "why" }
        return Avoid(
            text: localized(
                XMLElement(
                    name: element.name, attributes: [], children: renderings, text: "", location: element.location)),
            why: element.child("why").map { localized($0) }, ignoredChecks: ignored(element),
            location: element.location)
    }

    private mutating func dialogue(_ element: XMLElement) -> Dialogue {
        Dialogue(
            id: element.attribute("id")?.value ?? "", title: element.child("title").map { localized($0) },
            items: dialogueItems(element.children.filter { $0.name != "title" }), location: element.location)
    }

    private mutating func dialogueItems(_ elements: [XMLElement]) -> [DialogueItem] {
        elements.compactMap { element -> DialogueItem? in
            switch element.name {
            case "turn":
                let speaker = Speaker(rawValue: element.attribute("speaker")?.value ?? "") ?? .agent
                let content: Turn.Content =
                    if let reference = id("phrase", of: element) { .phrase(reference) } else {
                        .text(localized(element))
                    }
                return .turn(
                    Turn(
                        speaker: speaker, content: content, ignoredChecks: ignored(element), location: element.location)
                )
            case "branch":
                return .branch(
                    element.children("case").map { caseElement in
                        BranchCase(
                            when: localized(child: "when", of: caseElement),
                            items: dialogueItems(caseElement.children.filter { $0.name != "when" }),
                            location: caseElement.location)
                    })
            default:
                return nil
            }
        }
    }
}
