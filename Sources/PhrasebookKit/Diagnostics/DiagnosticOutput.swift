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

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
        }
    }

    /// `diagnostics` in this form, with a trailing newline; the text form ends with the summary line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return (diagnostics.map(\.formatted) + [diagnostics.summary]).joined(separator: "\n") + "\n"
        case .json:
            return Self.encoded(
                diagnostics.map(Entry.init), formatting: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        }
    }

    /// What a command that could not run (exit status 2) prints on standard output in the JSON form: an array
    /// of one error, `command-failed`, with `message`, an empty file and line and column 0, so that a tool
    /// reading the array is not left without one. (The text form prints nothing there: the message goes to
    /// standard error.)
    public static func jsonFailure(_ message: String) -> String {
        json.format([.commandFailed(message)])
    }

    /// `diagnostics` as a JSON array on one line (with its newline): what `phrasebook serve --diagnostics json`
    /// prints after each build, so that a tool reading its standard output takes one line per build.
    public static func jsonLine(_ diagnostics: [Diagnostic]) -> String {
        encoded(diagnostics.map(Entry.init), formatting: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// `entries` as a JSON array in `formatting`, control characters escaped, and a newline.
    private static func encoded(_ entries: [Entry], formatting: JSONEncoder.OutputFormatting) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self).escapingControlCharactersInJSON + "\n"
    }
}
