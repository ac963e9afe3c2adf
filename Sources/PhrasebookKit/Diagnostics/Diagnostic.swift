/// How bad a problem is. `error` stops a build; `warning` stops it under `--strict`; `note` informs.
public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    /// Orders severities with the worst first: error, warning, note.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found in the content: data to collect and report, never a thrown error.
public struct Diagnostic: Sendable, Hashable {
    /// How bad it is.
    public var severity: Severity
    /// The stable kebab-case code, e.g. `placeholder-mismatch`; listed in Documentation/Checks.md.
    public var code: String
    /// What is wrong and how to fix it.
    public var message: String
    /// The exact place: the rendering, attribute or element concerned.
    public var location: SourceLocation
    /// Codes silenced where the diagnostic points (`check-ignore` on the rendering, phrase or situation).
    var silencedBy: Set<String>

    /// Creates a diagnostic.
    init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.init(severity, code, message, at: location, silencedBy: [])
    }

    init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation, silencedBy: Set<String>)
    {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.silencedBy = silencedBy
    }

    /// What a command or build that could not run reports in the JSON form: one error, `command-failed`, saying
    /// `message`, with an empty file and line and column 0.
    public static func commandFailed(_ message: String) -> Diagnostic {
        Diagnostic(.error, "command-failed", message, at: SourceLocation(file: "", line: 0, column: 0))
    }

    /// Whether a `check-ignore` where it points names its code.
    var isSilenced: Bool { silencedBy.contains(code) }

    /// One line, the way compilers write it: `file:line:col: severity: [code] message`; control characters in
    /// the path and the message are escaped, so the line is always one line and never drives the terminal.
    public var formatted: String {
        "\(location): \(severity.rawValue): [\(code)] \(message)".escapingControlCharacters
    }

    /// Orders diagnostics by file, line, column, then severity and code, for output that is stable.
    static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// How many diagnostics have `severity`.
    public func count(_ severity: Severity) -> Int { self.lazy.filter { $0.severity == severity }.count }

    /// Whether these diagnostics fail a run: any error, or under `strict` any warning too. Notes never fail.
    public func fail(strict: Bool) -> Bool {
        contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// `N errors, N warnings, N notes`.
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return
            "\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.note), "note"))"
    }
}
