import Foundation

/// How diagnostics are printed: one compiler-style line each, or a JSON array for tools. Neither writes a
/// control character raw: the text form escapes them as `\u{85}`, the JSON form as `\u0085`.
public enum DiagnosticOutput: String, Sendable, CaseIterable {
    case text
    case json

    /// `diagnostics` in this form, with a trailing newline; the text form ends with the summary line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return (diagnostics.map(\.formatted) + [diagnostics.summary]).joined(separator: "\n") + "\n"
        case .json:
            struct Entry: Encodable {
                let file: String
                let line: Int
                let column: Int
                let severity: String
                let code: String
                let message: String
            }
            let entries = diagnostics.map {
                Entry(
                    file: $0.location.file, line: $0.location.line, column: $0.location.column,
                    severity: $0.severity.rawValue, code: $0.code, message: $0.message)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self).escapingControlCharactersInJSON + "\n"
        }
    }
}
