/// The text report a lead reads every day: diagnostics at or above a severity in full, and one line per code
/// for the rest, with the count and how to list them.
public struct DiagnosticDigest: Sendable {
    /// The diagnostics printed in full.
    public let shown: [Diagnostic]
    /// The codes below the threshold, with their severity and count, sorted by severity then code.
    let summarized: [(severity: Severity, code: String, count: Int)]
    private let all: [Diagnostic]

    /// Splits `diagnostics` at `minimum`: `.warning` shows errors and warnings and summarizes notes.
    public init(_ diagnostics: [Diagnostic], minimum: Severity) {
        all = diagnostics
        shown = diagnostics.filter { $0.severity <= minimum }
        var counts: [String: (Severity, Int)] = [:]
        for diagnostic in diagnostics where diagnostic.severity > minimum {
            counts[diagnostic.code, default: (diagnostic.severity, 0)].1 += 1
        }
        summarized = counts.map { (severity: $0.value.0, code: $0.key, count: $0.value.1) }
            .sorted { ($0.severity, $0.code) < ($1.severity, $1.code) }
    }

    /// The report's lines: the shown diagnostics, a line per summarized code, then the totals.
    public var lines: [String] {
        shown.map(\.formatted)
            + summarized.map { entry in
                let rule = Checker.rules.first { $0.code == entry.code }
                let listing = entry.severity == .note ? "--notes" : "--min-severity \(entry.severity.rawValue)"
                return "\(entry.severity.rawValue): [\(entry.code)] \(entry.count) × "
                    + (rule.map { "\($0.summary); " } ?? "") + "list them: phrasebook check \(listing)"
            } + [all.summary]
    }
}
