/// Staff address customers as `您` in Chinese. A `你` (or `你们`) in a phrase or an agent's line is reported;
/// customer lines, "don't say" examples, taboos and guidance for staff are not checked. 你 in a word that
/// addresses nobody (迷你, "mini", as in product names) is not reported.
struct InformalAddressCheck: Check {
    /// Words with 你 in them that address nobody.
    static let notAddress = ["迷你"]

    let rules = [
        CheckRule("informal-address", .warning, "a Chinese staff phrase addresses the customer as 你 instead of 您")
    ]

    let looksAtOneTextAtATime = true

    func run(_ context: CheckContext, _ report: inout DiagnosticReport) {
        let chinese = Set(context.book.languages.filter(Punctuation.isChinese).map(\.code))
        for site in context.sites where site.isStaffSpeech {
            for rendering in site.text.renderings where chinese.contains(rendering.language) {
                var literal = Punctuation.literal(rendering.text, placeholder: "")
                guard literal.containsLiteral("你") else { continue }
                for word in Self.notAddress { literal = literal.replacingOccurrences(of: word, with: "") }
                guard literal.containsLiteral("你") else { continue }
                let word = literal.containsLiteral("你们") ? "你们" : "你"
                report.add(
                    "informal-address",
                    "the \(rendering.language) text of \(site.subject) says \(word) to the customer; use 您 (for "
                        + "several people 各位 or 大家), or add check-ignore=\"informal-address\" if it quotes someone",
                    at: rendering.location, silencedBy: site.silenced(for: rendering))
            }
        }
    }
}
