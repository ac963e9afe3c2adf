/// Every number written in digits in the source appears in each rendering: a phone number, a time, a count or a
/// step number that got lost or changed in translation. Full-width digits (`３`) and circled numbers (`⑥`) count
/// as the number they show; a small number an English or Korean rendering spells out ("two or three", "an hour",
/// "두세 번") counts as the number it says (``SpelledNumbers``). A note: a rendering may rightly say a number
/// another way.
struct NumberCheck: Check {
    let rules = [
        CheckRule("number-mismatch", .note, "a number written in digits in the source is missing from a rendering")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let english = Set(context.book.languages.filter(Punctuation.isEnglish).map(\.code))
        let korean = Set(context.book.languages.filter(Punctuation.isKorean).map(\.code))
        for site in context.sites {
            guard let source = site.text.text(context.source) else { continue }
            let expected = Self.numbers(in: source)
            guard !expected.isEmpty else { continue }
            for rendering in site.text.renderings where rendering.language != context.source {
                guard !rendering.text.isEmpty else { continue }
                let found = Self.numbers(in: rendering.text)
                var missing: [String] = []
                var remaining = found
                for number in expected {
                    if let index = remaining.firstIndex(of: number) {
                        remaining.remove(at: index)
                    } else {
                        missing.append(number)
                    }
                }
                guard !missing.isEmpty else { continue }
                for number in SpelledNumbers.numbers(
                    in: rendering.text, isEnglish: english.contains(rendering.language),
                    isKorean: korean.contains(rendering.language))
                {
                    if let index = missing.firstIndex(of: number) { missing.remove(at: index) }
                }
                guard !missing.isEmpty else { continue }
                report.add(
                    "number-mismatch",
                    "the \(rendering.language) rendering of \(site.subject) lacks the number"
                        + "\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) (the source has "
                        + "\(expected.joined(separator: ", "))); check it says the same, or "
                        + "add check-ignore=\"number-mismatch\" when it spells the number out",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }

    /// The runs of digits in `text` outside placeholders, full-width and circled digits read as ASCII.
    static func numbers(in text: String) -> [String] {
        var numbers: [String] = []
        for segment in PlaceholderText(text).segments {
            guard case .literal(let literal) = segment else { continue }
            var current = ""
            for scalar in literal.unicodeScalars {
                if let digit = digit(scalar) {
                    current += digit
                } else if !current.isEmpty {
                    numbers.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { numbers.append(current) }
        }
        return numbers
    }

    private static func digit(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x30...0x39: String(scalar)
        case 0xFF10...0xFF19: String(scalar.value - 0xFF10)
        case 0x2460...0x2473: String(scalar.value - 0x2460 + 1)
        default: nil
        }
    }
}
