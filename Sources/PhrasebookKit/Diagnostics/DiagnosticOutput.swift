import Foundation

/// How diagnostics are printed: one compiler-style line each, or a JSON array for tools. Neither writes a
/// control character raw: the text form escapes them as `\u{85}`, the JSON form as `\u0085`.
public enum DiagnosticOutput: String, Sendable, CaseIterable {
    case text
    case json

    /// One diagnostic as the JSON form writes it.
    private struct Entry: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let code: String
        let message: String
    }

    /// `diagnostics` in this form, with a trailing newline; the text form ends with the summary line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return (diagnostics.map(\.formatted) + [diagnostics.summary]).joined(separator: "\n") + "\n"
        case .json:
            return Self.encoded(
                diagnostics.map {
                    Entry(
                        file: $0.location.file, line: $0.location.line, column: $0.location.column,
                        severity: $0.severity.rawValue, code: $0.code, message: $0.message)
                })
        }
    }

    /// What a command that could not run (exit status 2) prints on standard output in the JSON form: an array
    /// of one error, `command-failed`, with `message`, an empty file and line and column 0, so that a tool
    /// reading the array is not left without one. (The text form prints nothing there: the message goes to
    /// standard error.)
    public static func jsonFailure(_ message: String) -> String {
        encoded([Entry(file: "", line: 0, column: 0, severity: "error", code: "command-failed", message: message)])
    }

    /// `entries` as a pretty-printed JSON array with sorted keys, control characters escaped, and a newline.
    private static func encoded(_ entries: [Entry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self).escapingControlCharactersInJSON + "\n"
    }
}
