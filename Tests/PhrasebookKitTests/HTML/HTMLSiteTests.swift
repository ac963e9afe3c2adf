import BookSynth
import Foundation
import Testing

@testable import PhrasebookKit

@Suite("The HTML site")
struct HTMLSiteTests {
    private let languageTags = ["zh": "zh-Hans", "ko": "ko", "en": "en"]

    @Test("the fixture builds and publishes")
    func builds() throws {
        let site = try HTMLSiteFixture()
        #expect(site.result.published, "\(site.result.diagnostics.filter { $0.severity == .error })")
        for path in [
            "index.html", "taboos.html", "situations/phone-only.html", "situations/shared.html",
            "roles/hotline-agent.html", "roles/counter-clerk.html", "assets/style.css", "assets/phrasebook.js",
            "search.html", "assets/search.js", "assets/search/core.js", "assets/search/han-0.js",
            "assets/search/other-3.js", "assets/search/entries-phrase-0.js",
        ] {
            #expect(FileManager.default.fileExists(atPath: site.output + "/html/" + path), "missing \(path)")
        }
    }

    @Test("every phrase has an anchor with its id and a visible link to it")
    func anchors() throws {
        let site = try HTMLSiteFixture()
        for (page, ids) in [
            ("situations/phone-only.html", ["phone-hello", "phone-sorry"]),
            ("situations/shared.html", ["shared-any", "shared-counter"]),
        ] {
            let document = try site.page(page)
            for id in ids {
                let phrase = try #require(document.element(id: id), "no anchor \(id) on \(page)")
                #expect(phrase.classes.contains("phrase"))
                let links = phrase.all("a").filter { $0.attributes["href"] == "#\(id)" }
                #expect(links.contains { !$0.text.isEmpty }, "no visible link to #\(id)")
            }
            let all = document.ids
            #expect(Set(all).count == all.count, "duplicate ids on \(page)")
        }
    }

    @Test("steps are numbered and dialogue cases are labelled and nested")
    func stepsAndCases() throws {
        let document = try HTMLSiteFixture().page("situations/shared.html")
        let cases = document.elements.filter { $0.classes.contains("case") }
        // The label is the interface word "case" (one span per language) and the case's path.
        let labels = cases.compactMap { $0.all(class: "case-label").first }
        #expect(labels.map { $0.text.split(separator: " ").last ?? "" } == ["1", "1.1", "2"])
        #expect(labels.allSatisfy { $0.all(class: "ui").first?.all("span").map(\.text) == ["情况", "경우", "Case"] })
        let nested = try #require(cases.first { $0.all(class: "case-label").first?.text.hasSuffix(" 1.1") == true })
        #expect(nested.ancestor(class: "case") != nil)
        let steps = try HTMLSiteFixture().page("situations/phone-only.html").elements.filter {
            $0.classes.contains("step-number")
        }
        #expect(steps.map(\.text) == ["步骤단계Step 1", "步骤단계Step 2"], "the word in every language, then the number")
    }

    @Test("every rendering carries the lang tag of its language, and has a copy button")
    func languages() throws {
        let site = try HTMLSiteFixture()
        for page in site.pages where !page.hasPrefix("cards/") {
            let document = try site.page(page)
            #expect(document.root.attributes["lang"] != nil, "\(page): no lang on html")
            for element in document.elements {
                guard let code = element.attributes["data-lang"] else { continue }
                #expect(element.attributes["lang"] == languageTags[code], "\(page): \(element.name) data-lang=\(code)")
            }
        }
        let document = try site.page("situations/phone-only.html")
        let renderings = document.elements.filter { $0.classes.contains("rendering") }
        #expect(renderings.count == 2 * 3)
        for rendering in renderings {
            #expect(rendering.all("button", class: "copy").count == 1)
            #expect(rendering.all(class: "words").count == 1)
        }
        let slots = document.elements.filter { $0.classes.contains("slot") }
        #expect(Set(slots.map(\.text)) == ["姓", "성", "surname"])
        #expect(Set(slots.compactMap { $0.attributes["data-plain"] }) == ["〔姓〕", "[성]", "[surname]"])
        // The rising-tone cue is named in the language of the text around it.
        let cueNames = ["zh": "升调", "ko": "올림 억양", "en": "rising tone"]
        var cues = 0
        for rendering in renderings {
            for cue in rendering.all(class: "cue") {
                cues += 1
                #expect(cue.attributes["aria-label"] == cueNames[rendering.attributes["data-lang"] ?? ""])
                #expect(cue.attributes["lang"] == nil, "the cue inherits its text's language")
            }
        }
        #expect(cues > 0)
        #expect(!document.root.text.contains("{company}") && document.root.text.contains("XX公司"))
    }

    @Test("a role's handbook holds only that role's situations, phrases and navigation")
    func roleFiltering() throws {
        let site = try HTMLSiteFixture()
        let visible = [
            "hotline-agent": ["phone-hello", "phone-sorry", "shared-any"],
            "counter-clerk": ["shared-any", "shared-counter"],
        ]
        let hidden = [
            "hotline-agent": ["shared-counter"], "counter-clerk": ["phone-hello", "phone-sorry", "phone-only"],
        ]
        for (role, ids) in visible {
            let document = try site.page("roles/\(role).html")
            let phrases = document.elements.filter { $0.classes.contains("phrase") }.compactMap { $0.attributes["id"] }
            #expect(Set(phrases) == Set(ids), "\(role)")
            for id in hidden[role] ?? [] { #expect(document.element(id: id) == nil, "\(role) shows \(id)") }
            let nav = try #require(document.elements.first { $0.name == "nav" })
            let situationLinks = nav.all(class: "nav-situations").flatMap { $0.all("a") }.compactMap {
                $0.attributes["href"]
            }
            let expected = role == "hotline-agent" ? ["#phone-only", "#shared"] : ["#shared"]
            #expect(situationLinks == expected, "\(role) nav")
            let roleField = document.all(tag: "input").first { $0.attributes["name"] == "role" }
            #expect(roleField?.attributes["value"] == role, "\(role): the search box searches the role's phrases")
        }
    }

    @Test("the search data indexes every kind of text in every language, with links, pages and narrowed roles")
    func searchData() throws {
        let site = try HTMLSiteFixture()
        let data = try site.searchData()
        let all = try #require(data["entries"] as? [[String: Any]])
        func entries(_ kind: String) -> [[String: Any]] { all.filter { $0["kind"] as? String == kind } }
        let hello = try #require(
            entries("phrase").first { $0["href"] as? String == "situations/phone-only.html#phone-hello" })
        #expect((hello["texts"] as? [String])?.last == "Hello, this is XX Company. Am I speaking to Mr [surname]?")
        #expect(hello["roles"] as? [String] == ["hotline-agent"])
        #expect(hello["category"] as? Int != nil)
        let counter = try #require(
            entries("phrase").first { ($0["href"] as? String)?.hasSuffix("#shared-counter") == true })
        #expect(counter["roles"] as? [String] == ["counter-clerk"])
        let any = try #require(entries("phrase").first { ($0["href"] as? String)?.hasSuffix("#shared-any") == true })
        #expect(any["roles"] == nil, "a phrase for everyone names no roles")
        for (kind, english, href) in [
            ("title", nil, "situations/phone-only.html#phone-only"),
            ("keywords", "walk-in, visitor", "situations/shared.html#shared"),
            ("when", "When the call connects.", "situations/phone-only.html#phone-only-when"),
            ("guideline", "Keep smiling.", "situations/phone-only.html#phone-only-guideline-1"),
            ("note", "Let your voice rise.", "situations/phone-only.html#phone-hello"),
            ("why", "Rude & curt.", "situations/phone-only.html#phone-sorry"),
            // A dialogue's turns and cases link to their own anchors: turns counted through the cases, every turn
            // counted (turn 1 quotes a phrase), cases by their path.
            ("turn", "Hi.", "situations/shared.html#shared-example-turn-2"),
            ("turn", "How long?", "situations/shared.html#shared-example-turn-4"),
            ("case", "The customer has an errand", "situations/shared.html#shared-example-case-1"),
            ("case", "A long queue", "situations/shared.html#shared-example-case-1-1"),
        ] as [(String, String?, String)] {
            let found = entries(kind).filter { $0["href"] as? String == href }
            #expect(!found.isEmpty, "no \(kind) entry linking \(href)")
            if let english {
                #expect(found.contains { ($0["texts"] as? [String])?.last == english }, "\(kind): \(english)")
                #expect(found.allSatisfy { ($0["texts"] as? [String])?.count == 3 })
            }
        }
        // A situation's keywords, in the languages that have them, right after its title.
        let keywords = try #require(entries("keywords").first)
        #expect(keywords["texts"] as? [String] == ["进店，来访", "", "walk-in, visitor"])
        #expect(entries("keywords").count == 1, "only the situation with keywords has them")
        let index = try #require(all.firstIndex { $0["kind"] as? String == "keywords" })
        #expect(all[index - 1]["href"] as? String == "situations/shared.html#shared")
        #expect(all[index - 1]["kind"] as? String == "title")
        // In the page's order: a case before its own turns, turn 1 (a phrase) found through the phrase's entry.
        let lines = all.filter { ["turn", "case"].contains($0["kind"] as? String) }.compactMap { entry in
            (entry["href"] as? String)?.replacingOccurrences(of: "situations/shared.html#shared-example-", with: "")
        }
        #expect(lines == ["turn-2", "case-1", "turn-3", "case-1-1", "turn-4", "case-2", "turn-5"], "\(lines)")
        #expect(!entries("taboo").isEmpty && !entries("chapter").isEmpty)
        #expect(
            entries("role").compactMap { $0["href"] as? String } == [
                "roles/hotline-agent.html", "roles/counter-clerk.html",
            ])
        let pages = try #require(data["pages"] as? [[String: Any]])
        let page = try #require(hello["page"] as? Int)
        #expect(pages[page]["href"] as? String == "situations/phone-only.html")
        let languages = try #require(data["languages"] as? [[String: Any]])
        #expect(languages.compactMap { $0["tag"] as? String } == ["zh-Hans", "ko", "en"])
        #expect(
            (data["roles"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [
                "hotline-agent", "counter-clerk",
            ])
    }

    @Test("the search data's texts are folded and split by script; each text is under every script it has")
    func searchParts() throws {
        let site = try HTMLSiteFixture()
        let data = try site.searchData()
        let all = try #require(data["entries"] as? [[String: Any]])
        let folded = try #require(data["folded"] as? [Int: (text: String, scripts: [String])])
        let languages = (data["languages"] as? [Any] ?? []).count
        var texts = 0
        for (index, entry) in all.enumerated() {
            for (language, text) in (entry["texts"] as? [String] ?? []).enumerated() where !text.isEmpty {
                let found = try #require(folded[index * languages + language], "text \(index).\(language) not indexed")
                #expect(found.text == SearchFolding.fold(text))
                #expect(Set(found.scripts) == Set(SearchFolding.Script.of(found.text).map(\.rawValue)), "\(text)")
                texts += 1
            }
        }
        #expect(folded.count == texts, "only the texts of the entries, once each")
        let hello = try #require(folded.values.first { $0.text.hasPrefix("hello, this is xx company") })
        #expect(hello.scripts == ["other"])
        let chinese = try #require(folded.values.first { $0.text.contains("这里是xx公司") })
        #expect(Set(chinese.scripts) == ["han", "other"], "XX is Latin: a Latin query finds it too")
    }

    @Test(
        "folding: full-width ASCII to ASCII, one-unit lower case, traditional Chinese to simplified, curly apostrophes straight; unit for unit"
    )
    func folding() {
        #expect(SearchFolding.fold("退貨 投訴 請稍後") == "退货 投诉 请稍后")
        #expect(SearchFolding.fold("乾 著 后") == "乾 著 后", "a character that is its own simplified variant stays")
        #expect(SearchFolding.table.contains("貨货"))
        #expect(SearchFolding.fold("ＲＥＦＵＮＤ Refunds") == "refund refunds")
        #expect(SearchFolding.fold("ΟΔΟΣ") == "οδοσ", "no context rule: the final sigma is σ like any other")
        #expect(SearchFolding.fold("İstanbul") == "İstanbul", "İ lowers to two code units: kept")
        #expect(SearchFolding.fold("환불 退款 ㅎ ＃１") == "환불 退款 ㅎ #1")
        #expect(SearchFolding.fold("Can’t ‘I’M’ weʼll can't") == "can't 'i'm' we'll can't", "apostrophes are one")
        for text in ["ÀÉÎ ẞ 𐐀 Ǆ", "ＡＢＣ１２３"] {
            #expect(SearchFolding.fold(text).utf16.count == text.utf16.count)
        }
        #expect(SearchFolding.table.utf16.count % 2 == 0 && SearchFolding.table.contains("Aa"))
    }

    @Test(
        "folding by scalars gives what folding each UTF-16 code unit gives, for every scalar and mixed texts, and their parts"
    )
    func foldingByScalarsIsFoldingByUnits() {
        func byUnits(_ text: String) -> String {
            String(decoding: text.utf16.map { SearchFolding.units[Int($0)] }, as: UTF16.self)
        }
        let every: [Unicode.Scalar] = (UInt32(0)...0x10FFFF).compactMap { value in Unicode.Scalar(value) }
            .filter { $0.value <= 0xFFFF || $0.value % 97 == 0 }
        for scalar in every {
            let text = String(scalar)
            #expect(SearchFolding.fold(text) == byUnits(text), "U+\(String(scalar.value, radix: 16))")
        }
        let pool = Array("aZ09 ,.-ＡＺａ１＃ΟΔΣσİẞǄ𐐀𐐨ÀÉ환불ㅎ退款客户\u{1F600}Ω\u{023A}")
        var random = SplitMix64(seed: 2026_12_02)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...12, using: &random)
            let text = String((0..<length).map { _ in pool.randomElement(using: &random)! })
            #expect(SearchFolding.fold(text) == byUnits(text), "\(text)")
            // The parts: those of the folded text's scalars, `other` when none has one.
            var parts = Set(byUnits(text).unicodeScalars.compactMap(SearchFolding.Script.init))
            if parts.isEmpty { parts = [.other] }
            #expect(SearchFolding.Script.of(text) == parts, "\(text)")
        }
    }

    @Test("content with markup, ampersands, quotes and script URLs appears as text")
    func escaping() throws {
        let site = try HTMLSiteFixture()
        for page in ["situations/phone-only.html", "roles/hotline-agent.html", "taboos.html"] {
            let document = try site.page(page)
            #expect(document.root.text.contains(HTMLSiteFixture.hostile), "\(page): hostile text not shown as text")
            let scripts = document.all(tag: "script")
            #expect(scripts.allSatisfy { $0.attributes["src"] != nil && $0.text.isEmpty }, "\(page): inline script")
            for element in document.elements {
                for (name, value) in element.attributes {
                    #expect(!value.lowercased().contains("javascript:"), "\(page): \(name)=\(value)")
                    #expect(!name.lowercased().hasPrefix("on"), "\(page): event handler \(name)")
                }
            }
            let raw = try site.raw(page)
            #expect(!raw.contains("<script>alert"), "\(page)")
            #expect(raw.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"), "\(page)")
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: site.output + "/html/assets/search") {
            let search = try site.raw("assets/search/" + file)
            #expect(!search.contains("<script>"), "\(file): search data must not carry a literal tag")
        }
    }

    @Test("every link and resource is relative and points at a file and anchor that exist")
    func relativeLinks() throws {
        let site = try HTMLSiteFixture()
        var idsByPage: [String: Set<String>] = [:]
        for page in site.pages { idsByPage[page] = Set(try site.page(page).ids) }
        for page in site.pages {
            let document = try site.page(page)
            let folder = (page as NSString).deletingLastPathComponent
            for element in document.elements {
                for attribute in ["href", "src"] {
                    guard let link = element.attributes[attribute] else { continue }
                    #expect(!link.hasPrefix("/") && !link.contains(":"), "\(page): \(attribute)=\(link)")
                    let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
                        String.init)
                    let target =
                        parts[0].isEmpty ? page : Self.normalize(folder.isEmpty ? parts[0] : folder + "/" + parts[0])
                    #expect(FileManager.default.fileExists(atPath: site.output + "/html/" + target), "\(page): \(link)")
                    if parts.count == 2, target.hasSuffix(".html"), !parts[1].isEmpty {
                        #expect(idsByPage[target]?.contains(parts[1]) == true, "\(page): \(link): no such anchor")
                    }
                }
            }
        }
    }

    @Test("every page has landmarks, a skip link, one screen style sheet, one print style sheet and one script")
    func landmarks() throws {
        let site = try HTMLSiteFixture()
        for page in site.pages where !page.hasPrefix("cards/") {
            let document = try site.page(page)
            #expect(document.all(tag: "main").count == 1, "\(page)")
            #expect(document.element(id: "main")?.name == "main", "\(page)")
            let navs = document.all(tag: "nav")
            #expect(navs.contains { $0.classes.contains("site-nav") }, "\(page)")
            #expect(
                Set(navs.compactMap { $0.attributes["aria-label"] }).count == navs.count, "\(page): navs named apart")
            #expect(document.all(tag: "header").contains { $0.classes.contains("site-header") }, "\(page)")
            #expect(document.all(tag: "a").first?.attributes["href"] == "#main", "\(page): skip link first")
            let sheets = document.all(tag: "link").filter { $0.attributes["rel"] == "stylesheet" }
            #expect(
                sheets.compactMap { $0.attributes["href"] }.map { $0.hasSuffix("assets/style.css") } == [true, false],
                "\(page)")
            #expect(sheets.last?.attributes["href"]?.hasSuffix("assets/print.css") == true, "\(page)")
            #expect(sheets.last?.attributes["media"] == "print", "\(page)")
            let scripts = document.all(tag: "script").compactMap { $0.attributes["src"] }
            #expect(scripts.filter { $0.hasSuffix("assets/phrasebook.js") }.count == 1, "\(page)")
            #expect(document.elements.contains { $0.name == "form" && $0.attributes["role"] == "search" }, "\(page)")
            #expect(document.all(tag: "input").contains { $0.attributes["data-toggle-lang"] == "ko" }, "\(page)")
        }
    }

    @Test("the home page lists chapters, situations, roles with their handbooks and cards, and the taboos")
    func home() throws {
        let document = try HTMLSiteFixture().page("index.html")
        let main = try #require(document.element(id: "main"))
        let hrefs = main.all("a").compactMap { $0.attributes["href"] }
        for expected in [
            "roles/hotline-agent.html", "cards/hotline-agent.html", "roles/counter-clerk.html",
            "cards/counter-clerk.html", "taboos.html", "situations/phone-only.html", "situations/shared.html",
        ] {
            #expect(hrefs.contains(expected), "home lacks \(expected)")
        }
    }

    @Test("the taboo page shows each taboo, why, and links to what to say instead")
    func taboos() throws {
        let document = try HTMLSiteFixture().page("taboos.html")
        let taboo = try #require(document.element(id: "taboo-wait"))
        #expect(taboo.text.contains("你等着吧。") && taboo.text.contains("기다리시든가요.") && taboo.text.contains("Cold."))
        #expect(taboo.all("a").contains { $0.attributes["href"] == "situations/phone-only.html#phone-sorry" })
        #expect(taboo.text.contains("Never say") && taboo.text.contains("Say instead") && taboo.text.contains("Why"))
    }

    private static func normalize(_ path: String) -> String {
        var parts: [String] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}

extension HTMLDocument {
    /// Every element named `tag`.
    func all(tag: String) -> [Element] { elements.filter { $0.name == tag } }
}
