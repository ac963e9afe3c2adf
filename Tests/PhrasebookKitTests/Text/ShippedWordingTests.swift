import Testing

@testable import PhrasebookKit

/// The shipped content keeps the seeds' canonical wording, the language review's corrections and the scenarios the
/// content pass added (Documentation/Sources.md, "Canonical wording"). These fail when a phrase is paraphrased,
/// renamed or dropped.
@Suite("Shipped content: canonical wording and scenarios")
struct ShippedWordingTests {
    /// Seed passages staff are trained on, and the phrase, avoid or taboo of the book that holds each verbatim.
    static let canonical: [(passage: String, id: String, zh: String)] = [
        ("001 silent call v1, first prompt", "silent-call-how-can-i-help", "您好！请问有什么可以帮助您？"),
        ("001 silent call v1, closing", "silent-call-no-sound", "对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！"),
        ("001 thirty phrases (8)", "courtesy-phrases-nice-to-meet-you", "认识您很高兴。"),
        ("001 thirty phrases (9)", "courtesy-phrases-what-do-you-need", "请问，您需要些什么？"),
        ("001 thirty phrases (13)", "courtesy-phrases-please-help", "拜托您了。"),
        ("001 thirty phrases (14)", "courtesy-phrases-excuse-me", "劳驾您。"),
        ("001 thirty phrases (16)", "courtesy-phrases-guidance", "请多指教。"),
        ("001 thirty phrases (17)", "courtesy-phrases-look-after-us", "请您多关照。"),
        ("001 apologies (5)", "courtesy-phrases-pity", "很遗憾。"),
        ("001 common phrases (7)", "courtesy-phrases-moment", "请稍候。"),
        ("001 common phrases (8)", "courtesy-phrases-thanks-for-pointing-out", "感谢您的提醒。"),
        ("001 thirty phrases (24)", "suggestion-matters", "您提的意见对我们很重要，谢谢您。"),
        ("001 polite refusal (1)", "refuse-politely-cannot-help", "非常抱歉，不好意思，我没有办法帮您解决。"),
        ("001 polite refusal (4)", "refuse-politely-not-at-the-moment", "暂时不能满足您的要求，希望您能理解。"),
        ("001 honesty", "check-and-call-back-cannot-answer-yet", "对不起，我目前还无法回答您的问题，但我会尽快咨询相关部门并尽快给您答复。"),
        ("001 thanks (5)", "closing-call-hope-solved-soon", "感谢您的耐心等待，祝您早日解决问题。"),
        ("001 l. 691", "ask-to-wait-anxious", "{surname}先生/女士，我理解您的心情，您别急，我马上帮您处理，好吗↑？"),
        ("004 l. 124", "did-not-understand-explain-again", "可能是之前的信息没有说明清楚，我来为您解释一下。"),
        ("001 taboo list (5)", "taboo-so-what", "我就这态度，怎么着"),
        ("001 taboo list (6)", "taboo-told-you-already", "告诉你了还问。"),
        ("001 forbidden phrase (8)", "taboo-wei-wei", "喂！喂！说话呀？"),
        ("001 taboo list (14), broken off", "taboo-closing-time", "快下班了，怎么……"),
    ]

    /// The Chinese text of every phrase, avoid-holding phrase and taboo of the book, by id.
    static func sources(of book: Book) -> [String: String] {
        var found: [String: String] = [:]
        for situation in book.situations {
            for phrase in situation.phrases { found[phrase.id] = phrase.text.text("zh") }
        }
        for taboo in book.taboos { found[taboo.id] = taboo.text.text("zh") }
        return found
    }

    @Test("Every canonical seed phrase is a phrase or taboo of the book, word for word")
    func canonicalPhrasesVerbatim() throws {
        let sources = Self.sources(of: try ShippedContent.book.get())
        for entry in Self.canonical {
            #expect(sources[entry.id] == entry.zh, "\(entry.passage): \(entry.id)")
        }
    }

    @Test("The surname slot asks Korean speakers for the full name (성함), so no phrase says surname + 고객님")
    func koreanSurnameSlotIsFullName() throws {
        let book = try ShippedContent.book.get()
        let slot = book.placeholders.first { $0.name == "surname" }
        #expect(slot?.kind == .slot)
        #expect(slot?.text.text("ko") == "성함")
    }

    @Test("Korean and English callers are never asked to speak the standard language or Mandarin")
    func dialectPhrasesAdaptedForKoreanAndEnglish() throws {
        let book = try ShippedContent.book.get()
        let dialect = try #require(book.situations.first { $0.id == "dialect" })
        for phrase in dialect.phrases {
            #expect(phrase.text.text("ko")?.contains("표준어") == false, "\(phrase.id)")
            #expect(phrase.text.text("en")?.contains("Mandarin") == false, "\(phrase.id)")
        }
    }

    @Test(
        "The missing scenarios are situations in their chapters, each with a pocket-card phrase",
        arguments: [
            ("sales", "pre-sale-enquiry"), ("sales", "order-status"), ("callbacks", "care-call"),
            ("callbacks", "renewal-reminder"), ("difficult-callers", "forwarded-complaint"),
            ("counter", "guiding-visitors"), ("counter", "long-queue"), ("counter", "recommend-service"),
            ("opening", "courtesy-phrases"),
        ])
    func scenarioInChapterWithCard(chapter: String, situation: String) throws {
        let book = try ShippedContent.book.get()
        let listed = book.chapters.first { $0.id == chapter }?.situationRefs.map(\.value) ?? []
        #expect(listed.contains(situation))
        let found = try #require(book.situations.first { $0.id == situation })
        #expect(found.phrases.contains { $0.card })
    }
}
