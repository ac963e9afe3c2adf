/// A code a check can report, with its default severity and one line on what it catches (the catalogue).
public struct CheckRule: Sendable, Hashable {
    /// The stable kebab-case code.
    public var code: String
    /// The severity it is reported with.
    public var severity: Severity
    /// What it catches, in one line.
    public var summary: String

    /// Creates a rule.
    public init(_ code: String, _ severity: Severity, _ summary: String) {
        self.code = code
        self.severity = severity
        self.summary = summary
    }
}

/// One rule family the content is checked against. A check reads the book and reports; it never changes it.
protocol Check: Sendable {
    /// The codes this check reports.
    var rules: [CheckRule] { get }
    /// Reports every problem of its kind in the book.
    func run(_ context: CheckContext, _ report: inout DiagnosticReport)
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
}
