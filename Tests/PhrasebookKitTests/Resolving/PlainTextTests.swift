import BookSynth
import Testing

@testable import PhrasebookKit

/// The plain text of a text (what the search data and the navigation show) is taken without resolving it where
/// resolving changes nothing, and is always what resolving would make.
struct PlainTextTests {
    @Test("the plain text of every text of the shipped book, in every language, is its resolved text's")
    func shippedTexts() throws {
        let book = try ShippedContent.book.get()
        let resolver = TextResolver(book: book)
        var texts: [LocalizedText] = book.placeholders.map(\.text)
        for situation in book.situations {
            texts.append(situation.title)
            if let when = situation.when { texts.append(when) }
            texts += situation.guidelines
            for phrase in situation.phrases {
                texts.append(phrase.text)
                texts += phrase.notes
                texts += phrase.avoids.map(\.text)
            }
        }
        #expect(texts.count > 300)
        for text in texts {
            for language in book.languages {
                #expect(resolver.plain(text, in: language) == resolver.resolve(text, in: language).plain)
            }
        }
    }

    @Test("with braces, placeholders, cues, C1 controls and missing renderings, the same as resolving")
    func randomTexts() throws {
        let book = try ShippedContent.book.get()
        let resolver = TextResolver(book: book)
        let names = book.placeholders.map { "{\($0.name)}" }
        #expect(!names.isEmpty)
        let pool = names + ["{", "}", "{{", "}}", "{unknown}", "↑", "\u{85}", "\u{9F}", "退款", "환불", "Refund ", " "]
        var random = SplitMix64(seed: 2026_12_03)
        let location = book.situations[0].title.location
        for _ in 0..<2000 {
            let renderings = book.languages.compactMap { language -> Rendering? in
                guard Int.random(in: 0..<5, using: &random) > 0 else { return nil }
                let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                    pool.randomElement(using: &random)!
                }.joined()
                return Rendering(language: language.code, text: text, location: location)
            }
            let text = LocalizedText(renderings: renderings, location: location)
            for language in book.languages {
                let resolved = resolver.resolve(text, in: language)
                #expect(resolver.plain(text, in: language) == resolved.plain, "\(renderings.map(\.text))")
                #expect(resolved.isPending == resolver.plain(text, in: language).isEmpty || !resolved.isPending)
            }
        }
    }
}
