/// Builds the files of one synthetic book (see `BookSynth`): the situations first, then the table of contents
/// and the taboos that refer to them.
struct BookBuilder {
    private var maker: TextMaker
    /// Phrases made so far: drives the category and placeholder rotations.
    private var phraseCount = 0

    init(seed: UInt64) {
        maker = TextMaker(seed: seed, forbidden: Catalogue.taboos.map(\.match))
    }

    private var random: SplitMix64 {
        get { maker.random }
        set { maker.random = newValue }
    }

    mutating func build(phrases total: Int) -> [SynthFile] {
        var situations: [(id: String, xml: String, phraseIDs: [String])] = []
        var remaining = total
        while remaining > 0 {
            var count = min(remaining, random.within(15...25))
            if remaining - count < 8 { count = remaining }
            situations.append(situation(index: situations.count, phrases: count))
            remaining -= count
        }
        var chapters: [[String]] = []
        var start = 0
        while start < situations.count {
            var count = min(situations.count - start, random.within(8...12))
            if situations.count - start - count < 4 { count = situations.count - start }
            chapters.append(situations[start..<start + count].map(\.id))
            start += count
        }
        let insteadPool = situations.prefix(20).flatMap(\.phraseIDs)
        var files = [SynthFile(path: "phrasebook.xml", contents: book(chapters: chapters))]
        files += situations.map { SynthFile(path: "situations/\($0.id).xml", contents: $0.xml) }.sorted {
            $0.path < $1.path
        }
        files.append(SynthFile(path: "taboos.xml", contents: taboos(instead: insteadPool)))
        return files
    }

    // MARK: phrasebook.xml

    private mutating func book(chapters: [[String]]) -> String {
        var xml = XMLText()
        xml.open("phrasebook", [("version", "1")], level: 0)
        xml.label("title", [], Catalogue.title, level: 1)
        xml.open("languages", [("source", "zh")], level: 1)
        xml.empty("language", [("code", "zh"), ("tag", "zh-Hans"), ("name", "中文")], level: 2)
        xml.empty("language", [("code", "ko"), ("tag", "ko"), ("name", "한국어")], level: 2)
        xml.empty("language", [("code", "en"), ("tag", "en"), ("name", "English")], level: 2)
        xml.close("languages", level: 1)
        for (group, element, labels) in [
            ("roles", "role", Catalogue.roles), ("channels", "channel", Catalogue.channels),
            ("categories", "category", Catalogue.categories),
        ] {
            xml.open(group, level: 1)
            for label in labels { xml.label(element, [("id", label.id)], label.label, level: 2) }
            xml.close(group, level: 1)
        }
        xml.open("placeholders", level: 1)
        for variable in Catalogue.variables {
            xml.label("variable", [("name", variable.name)], variable.value, level: 2)
        }
        for slot in Catalogue.slots { xml.label("slot", [("name", slot.name)], slot.label, level: 2) }
        xml.close("placeholders", level: 1)
        xml.open("chapters", level: 1)
        for (index, situations) in chapters.enumerated() {
            let theme = Pools.themes[index % Pools.themes.count]
            let number = index / Pools.themes.count + 1
            let title = Triple(
                theme.zh + "（" + ChineseNumber.of(number) + "）", "\(theme.ko) (\(number))", "\(theme.en) (\(number))")
            xml.open("chapter", [("id", "chapter-\(index + 1)")], level: 2)
            xml.texts("title", title, level: 3)
            for id in situations { xml.empty("situation", [("ref", id)], level: 3) }
            xml.close("chapter", level: 2)
        }
        xml.close("chapters", level: 1)
        xml.close("phrasebook", level: 0)
        return xml.text
    }

    // MARK: situations/<id>.xml

    private mutating func situation(index: Int, phrases count: Int) -> (id: String, xml: String, phraseIDs: [String]) {
        let objectIndex = random.below(Pools.objects.count)
        let issueIndex = random.below(Pools.issues.count)
        let object = Pools.objects[objectIndex]
        let issue = Pools.issues[issueIndex]
        let qualifier = random.pick(Pools.qualifiers)
        let id = "\(Pools.objectSlugs[objectIndex])-\(Pools.issueSlugs[issueIndex])-\(index + 1)"
        let title = Triple(
            object.zh + issue.zh + qualifier.zh, object.ko + " " + issue.ko + qualifier.ko,
            issue.en + " " + object.en + qualifier.en)
        _ = maker.accept(title)

        // Roles: two in rotation (so five situations use all ten) and up to two more; sometimes everyone.
        var roles: [Int]? = nil
        if index < 5 || !random.chance(10) {
            var chosen: Set<Int> = [(2 * index) % 10, (2 * index + 1) % 10]
            for _ in 0..<random.below(3) { chosen.insert(random.below(10)) }
            roles = chosen.sorted()
        }
        var channels: [Int]? = nil
        if index < 4 || !random.chance(15) {
            var chosen: Set<Int> = [index % 4]
            if random.chance(40) { chosen.insert(random.below(4)) }
            channels = chosen.sorted()
        }

        var attributes = [("id", id)]
        if let roles { attributes.append(("roles", roles.map { Catalogue.roles[$0].id }.joined(separator: " "))) }
        if let channels {
            attributes.append(("channels", channels.map { Catalogue.channels[$0].id }.joined(separator: " ")))
        }
        var xml = XMLText()
        xml.open("situation", attributes, level: 0)
        xml.texts("title", title, level: 1)
        // Drawn from no random numbers, so the rest of the book is what it was before situations had keywords.
        xml.texts("keywords", Pools.issueKeywords[issueIndex], level: 1, reviewed: false)
        if random.chance(80) { xml.texts("when", maker.when(object), level: 1) }
        for _ in 0..<random.within(1...2) { xml.texts("guideline", maker.advice(), level: 1) }

        var phraseIDs: [String] = []
        var remaining = count
        while remaining > 0 {
            if remaining >= 3, random.chance(50) {
                let steps = min(remaining, random.within(3...7))
                xml.open("steps", level: 1)
                for _ in 0..<steps {
                    phraseIDs.append(
                        phrase(
                            situation: id, number: phraseIDs.count + 1, roles: roles, channels: channels, into: &xml,
                            level: 2))
                }
                xml.close("steps", level: 1)
                remaining -= steps
            } else {
                phraseIDs.append(
                    phrase(
                        situation: id, number: phraseIDs.count + 1, roles: roles, channels: channels, into: &xml,
                        level: 1))
                remaining -= 1
            }
        }
        dialogue(id: id + "-example", title: title, phraseIDs: phraseIDs, into: &xml)
        xml.close("situation", level: 0)
        return (id, xml.text, phraseIDs)
    }

    private mutating func phrase(
        situation: String, number: Int, roles: [Int]?, channels: [Int]?, into xml: inout XMLText, level: Int
    ) -> String {
        let id = "\(situation)-\(number)"
        let index = phraseCount
        phraseCount += 1
        let category = index < Catalogue.categories.count ? index : random.below(Catalogue.categories.count)
        let placeholders = TextMaker.Placeholder.allCases
        let placeholder = index % 7 == 3 ? placeholders[(index / 7) % placeholders.count] : nil

        var attributes = [("id", id), ("category", Catalogue.categories[category].id)]
        if random.chance(8) { attributes.append(("card", "true")) }
        if random.chance(10) {
            let pool = roles ?? Array(0..<10)
            if pool.count >= 2 {
                var narrowed: Set<Int> = []
                for _ in 0..<random.within(1...(pool.count - 1)) { narrowed.insert(random.pick(pool)) }
                attributes.append(("roles", narrowed.sorted().map { Catalogue.roles[$0].id }.joined(separator: " ")))
            }
        }
        if let channels, channels.count >= 2, random.chance(20) {
            attributes.append(("channels", Catalogue.channels[random.pick(channels)].id))
        }
        let text = maker.phrase(placeholder: placeholder)
        xml.open("phrase", attributes, level: level)
        xml.renderings(text, level: level + 1)
        let notes = random.chance(35) ? (random.chance(25) ? 2 : 1) : 0
        for _ in 0..<notes { xml.texts("note", maker.advice(), level: level + 1) }
        if random.chance(25) {
            xml.open("avoid", level: level + 1)
            xml.renderings(maker.avoid(), level: level + 2)
            if random.chance(90) { xml.texts("why", maker.reason(), level: level + 2) }
            xml.close("avoid", level: level + 1)
        }
        xml.close("phrase", level: level)
        return id
    }

    // MARK: Dialogues

    private mutating func dialogue(id: String, title: Triple, phraseIDs: [String], into xml: inout XMLText) {
        let dialogueTitle = Triple("应对示例：" + title.zh, "응대 예시: " + title.ko, "Example: " + title.en)
        _ = maker.accept(dialogueTitle)
        xml.open("dialogue", [("id", id)], level: 1)
        xml.texts("title", dialogueTitle, level: 2)
        xml.empty("turn", [("speaker", "agent"), ("phrase", phraseIDs[0])], level: 2)
        xml.texts("turn", maker.customerLine(), [("speaker", "customer")], level: 2)
        xml.empty("turn", [("speaker", "agent"), ("phrase", random.pick(phraseIDs))], level: 2)
        branch(phraseIDs: phraseIDs, depth: 0, into: &xml, level: 2)
        xml.close("dialogue", level: 1)
    }

    private mutating func branch(phraseIDs: [String], depth: Int, into xml: inout XMLText, level: Int) {
        xml.open("branch", level: level)
        var used: Set<Triple> = []
        for _ in 0..<random.within(2...3) {
            let condition = maker.branchCase()
            guard used.insert(condition).inserted else { continue }
            xml.open("case", level: level + 1)
            xml.texts("when", condition, level: level + 2)
            if random.chance(60) {
                xml.texts("turn", maker.customerLine(), [("speaker", "customer")], level: level + 2)
            }
            if random.chance(70) {
                xml.empty("turn", [("speaker", "agent"), ("phrase", random.pick(phraseIDs))], level: level + 2)
            } else {
                xml.texts("turn", maker.agentLine(), [("speaker", "agent")], level: level + 2)
            }
            if depth == 0, random.chance(10) { branch(phraseIDs: phraseIDs, depth: 1, into: &xml, level: level + 2) }
            xml.close("case", level: level + 1)
        }
        xml.close("branch", level: level)
    }

    // MARK: taboos.xml

    private mutating func taboos(instead pool: [String]) -> String {
        var xml = XMLText()
        xml.open("taboos", level: 0)
        for taboo in Catalogue.taboos {
            xml.open("taboo", [("id", taboo.id)], level: 1)
            xml.renderings(taboo.text, level: 2)
            xml.texts("why", taboo.why, level: 2)
            xml.line("<match>\(XMLText.escape(taboo.match))</match>", level: 2)
            var instead: [String] = []
            for _ in 0..<random.within(1...2) {
                let id = random.pick(pool)
                if !instead.contains(id) { instead.append(id) }
            }
            for id in instead { xml.empty("instead", [("phrase", id)], level: 2) }
            xml.close("taboo", level: 1)
        }
        xml.close("taboos", level: 0)
        return xml.text
    }
}
