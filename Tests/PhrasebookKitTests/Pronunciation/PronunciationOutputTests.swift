import Foundation
import Testing

@testable import PhrasebookKit

/// The pronunciation guide in every output: end to end, content folder in, files out.
@Suite("Pronunciation guides in the outputs")
struct PronunciationOutputTests {
    /// A book with one card phrase that uses a slot and a variable, one phrase whose `pron` overrides the rules,
    /// and a dialogue turn of its own.
    static let fixture = ContentFixture(situations: [
        "s": ContentFixture.situation(
            "s",
            body: """
                <phrase id="s-thanks" card="true"><zh>{surname}先生，感谢您致电{company}。</zh><ko>{surname} 고객님, {company}에 연락 주셔서 감사합니다.</ko><en>Mr {surname}, thank you for calling {company}.</en>
                  <note><zh>语气要亲切。</zh><ko>친절하게 말합니다.</ko><en>Say it warmly.</en></note></phrase>
                <phrase id="s-menu"><zh>请看菜单。</zh><ko pron="menyu-reul bwa juseyo.">메뉴를 봐 주세요.</ko><en>Please see the menu.</en></phrase>
                <dialogue id="s-d"><turn speaker="customer"><zh>好的。</zh><ko>좋아요.</ko><en>Fine.</en></turn></dialogue>
                """)
    ])

    static func render(_ options: RenderOptions) throws -> [String: String] {
        try fixture.withFolder { folder in
            let pipeline = Pipeline(
                contentFolder: folder, templatesFolder: TestPaths.repository + "/Templates",
                outputFolder: folder + "/Output")
            let book = try #require(try pipeline.check().book)
            return Dictionary(
                uniqueKeysWithValues: try pipeline.render(book, options).map { ($0.path, $0.contents) })
        }
    }

    @Test("--pronunciation ko puts the guide under each Korean text of the text handbook, aligned with it")
    func textHandbook() throws {
        let files = try Self.render(RenderOptions(formats: [.text], pronunciations: ["ko"]))
        let lines = try #require(files["text/handbook.txt"]).split(separator: "\n").map(String.init)
        let korean = try #require(lines.firstIndex { $0.contains("ko [성] 고객님, XX사에 연락") })
        let guide = lines[korean + 1]
        #expect(guide.trimmingCharacters(in: .whitespaces) == "[성] gogaengnim, XXsae yeollak jusyeoseo gamsahamnida.")
        let column = try #require(lines[korean].range(of: "[성]")).lowerBound.utf16Offset(in: lines[korean])
        #expect(guide.prefix(column).allSatisfy { $0 == " " } && guide.dropFirst(column).hasPrefix("[성]"))
        // Notes, turns and the override get theirs too.
        #expect(lines.contains { $0.hasSuffix(" chinjeolhage malhamnida.") })
        #expect(lines.contains { $0.hasSuffix(" joayo.") })
        #expect(lines.contains { $0.hasSuffix(" menyu-reul bwa juseyo.") })
        #expect(!lines.contains { $0.hasSuffix(" menyureul bwa juseyo.") })
    }

    @Test("Without --pronunciation the text outputs have no guide")
    func textWithoutOption() throws {
        let files = try Self.render(RenderOptions(formats: [.text]))
        #expect(files.values.allSatisfy { !$0.contains("gamsahamnida") })
    }

    @Test("--pronunciation ko puts the guide under the Korean line of the text pocket cards")
    func textCards() throws {
        let files = try Self.render(RenderOptions(formats: [.text], cardWidth: 32, pronunciations: ["ko"]))
        let card = try #require(files["text/cards/hotline-agent.txt"])
        let lines = card.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let korean = try #require(lines.firstIndex { $0.hasPrefix("[성] 고객님") })
        let guide = try #require(lines.firstIndex { $0.hasPrefix("[성] gogaengnim") })
        let english = try #require(lines.firstIndex { $0.hasPrefix("Mr [surname]") })
        #expect(korean < guide && guide < english)
        #expect(lines.joined(separator: " ").contains("gamsahamnida."))
    }

    @Test("The HTML site always carries each Korean text's guide, hidden, tagged ko-Latn, with the toggle")
    func htmlSite() throws {
        let files = try Self.render(RenderOptions(formats: [.html]))
        let page = try #require(files["html/situations/s.html"])
        #expect(
            page.contains(
                "<p class=\"pronunciation\" lang=\"ko-Latn\" data-guide-lang=\"ko\" hidden><span class=\"slot\" "
                    + "data-plain=\"[성]\">성</span> gogaengnim, XXsae yeollak jusyeoseo gamsahamnida.</p>"))
        #expect(page.contains("data-guide-lang=\"ko\" hidden>menyu-reul bwa juseyo.</p>"))
        #expect(page.contains("data-guide-lang=\"ko\" hidden>chinjeolhage malhamnida.</p>"))
        #expect(page.contains("data-guide-lang=\"ko\" hidden>joayo.</p>"))
        #expect(page.contains("<input type=\"checkbox\" data-toggle-pronunciation>"))
        #expect(!page.contains("data-guide-lang=\"en\""))
        #expect(!page.contains("data-guide-lang=\"zh\""))
    }

    @Test("The HTML card sheet shows the guide only with --pronunciation ko")
    func htmlCards() throws {
        let plain = try #require(try Self.render(RenderOptions(formats: [.html]))["html/cards/hotline-agent.html"])
        #expect(!plain.contains("class=\"pronunciation\""))
        let guided = try #require(
            try Self.render(RenderOptions(formats: [.html], pronunciations: ["ko"]))["html/cards/hotline-agent.html"])
        #expect(guided.contains("<p class=\"pronunciation\" lang=\"ko-Latn\"><span class=\"slot\""))
        #expect(guided.contains("gogaengnim, XXsae yeollak jusyeoseo gamsahamnida.</p>"))
    }

    @Test("--pronunciation refuses a language without a romanizer and one the book does not declare")
    func refusesUnknownLanguages() throws {
        #expect(throws: PhrasebookError.self) {
            try Self.render(RenderOptions(formats: [.text], pronunciations: ["en"]))
        }
        let noKorean = ContentFixture(
            situations: [:],
            book: ContentFixture.book(situations: []).replacingOccurrences(
                of: "<language code=\"ko\" tag=\"ko\" name=\"한국어\"/>", with: ""))
        let thrown = try noKorean.withFolder { folder in
            let pipeline = Pipeline(
                contentFolder: folder, templatesFolder: TestPaths.repository + "/Templates",
                outputFolder: folder + "/Output")
            let book = try #require(try pipeline.check().book)
            do {
                _ = try pipeline.render(book, RenderOptions(formats: [.text], pronunciations: ["ko"]))
                return ""
            } catch {
                return "\(error)"
            }
        }
        #expect(thrown.contains("no such language"))
    }

    @Test("The shipped content: every Korean phrase text of the text handbook has a guide line under it")
    func shippedHandbook() throws {
        let book = try ShippedContent.book.get()
        let files = try ShippedContent.pipeline.render(book, RenderOptions(formats: [.text], pronunciations: ["ko"]))
        let handbook = try #require(files.first { $0.path == "text/handbook.txt" }).contents
        for phrase in book.situations.flatMap(\.phrases) {
            guard let korean = phrase.text.text("ko"), !korean.contains("{") else { continue }
            let guide = KoreanRomanizer().romanize(korean)
            let firstWord = String(guide.split(separator: " ").first ?? "")
            #expect(handbook.contains(firstWord), "\(phrase.id): \(guide)")
        }
    }

    @Test("A guide is never broken after a hyphen of its spelling (bang-eoneuro), at any width", arguments: [80, 40])
    func noBreakAtHyphen(width: Int) throws {
        let book = try ShippedContent.book.get()
        let files = try ShippedContent.pipeline.render(
            book, RenderOptions(formats: [.text], textWidth: width, pronunciations: ["ko"]))
        let handbook = try #require(files.first { $0.path == "text/handbook.txt" }).contents
        let lines = handbook.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("ng-") }, "the guides have hyphens to keep")
        // The guides' hyphens stand between ng and a vowel: a guide line (lower case) ending in ng- before one
        // starting with a vowel.
        let broken = zip(lines, lines.dropFirst()).filter { line, next in
            line.hasSuffix("ng-") && !line.contains(where: \.isUppercase)
                && "aeiouwy".contains(next.drop { $0 == " " }.first ?? "x")
        }
        #expect(broken.isEmpty, "\(broken.prefix(3))")
        #expect(lines.allSatisfy { DisplayWidth().of($0) <= width })
    }
}
