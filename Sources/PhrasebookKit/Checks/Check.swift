/// A code a check can report, with its default severity and one line on what it catches (the catalogue).
struct CheckRule: Sendable, Hashable {
    /// The stable kebab-case code.
    var code: String
    /// The severity it is reported with.
    var severity: Severity
    /// What it catches, in one line.
    var summary: String

    /// Creates a rule.
    init(_ code: String, _ severity: Severity, _ summary: String) {
        self.code = code
        self.severity = severity
        self.summary = summary
    }
}

/// One rule family the content is checked against. A check reads the book and reports; it never changes it.
protocol Check: Sendable {
    /// The codes this check reports.
    var rules: [CheckRule] { get }
    /// Whether the check is a text check: it reports on each text of `CheckContext.sites` by itself, pointing into
    /// that text's own file, from the text and what the book declares outside its situation files only (languages,
    /// placeholders, glossary, taboos, review history); anything else it reports depends on those declarations
    /// only. Its findings in a situation file whose bytes did not change are then the earlier ones
    /// (``EarlierCheck``). `false` unless a check says so.
    var looksAtOneTextAtATime: Bool { get }
    /// Whether the check takes much longer than the others on a large book: it is then handed to a core first
    /// (``Checker``), so that it does not run alone at the end while the other cores wait. `false` unless a check
    /// says so.
    var runsLong: Bool { get }
    /// Reports every problem of its kind in the book.
    func run(_ context: CheckContext, _ report: inout DiagnosticReport)
}

extension Check {
    var looksAtOneTextAtATime: Bool { false }
    var runsLong: Bool { false }
}

/// Collects the diagnostics of a check run, with the severity each code has in the catalogue.
struct DiagnosticReport {
    private(set) var diagnostics: [Diagnostic] = []
    let severities: [String: Severity]

    /// Reports `code` at `location`, unless one of `silencedBy` names it.
    mutating func add(_ code: String, _ message: String, at location: SourceLocation, silencedBy: Set<String> = []) {
        let severity = severities[code] ?? .error
        diagnostics.append(Diagnostic(severity, code, message, at: location, silencedBy: silencedBy))
    }

    /// Reports `found`, diagnostics another report of these severities made.
    mutating func append(_ found: [Diagnostic]) {
        diagnostics += found
    }
}
