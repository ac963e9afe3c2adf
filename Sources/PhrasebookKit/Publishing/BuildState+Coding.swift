import Foundation

// The build state records every file a build read and wrote (2,065 at 10,000 phrases) and every diagnostic it
// reported (2,631 notes for the shipped content), and is decoded at the start of every command-line build and
// encoded at the end of every build. Foundation's JSON coders take an object key by key, so each record is kept
// as one string (a file) or one array (a diagnostic) instead: a fraction of the time. The fields of a file are
// separated by tabs, its path last (a path may hold a tab; the split stops before it).

extension BuildState.Input: Codable {
    /// `"<status>\t<digest>\t<path>"`; the status `-` when there was none.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode("\(status?.text ?? "-")\t\(digest)\t\(path)")
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let fields = try BuildState.fields(3, of: container)
        let status = fields[0] == "-" ? nil : try BuildState.status(fields[0], in: container)
        self.init(path: String(fields[2]), status: status, digest: String(fields[1]))
    }
}

extension BuildState.Output: Codable {
    /// `"<status>\t<digest>\t<inputs>\t<path>"`; the inputs `-` when there were none.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode("\(status.text)\t\(digest)\t\(inputs ?? "-")\t\(path)")
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let fields = try BuildState.fields(4, of: container)
        self.init(
            path: String(fields[3]), status: try BuildState.status(fields[0], in: container),
            digest: String(fields[1]), inputs: fields[2] == "-" ? nil : String(fields[2]))
    }
}

extension BuildState.Report: Codable {
    /// `[severity, code, file, line, column, message]`.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(severity)
        try container.encode(code)
        try container.encode(file)
        try container.encode(line)
        try container.encode(column)
        try container.encode(message)
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        severity = try container.decode(Severity.self)
        code = try container.decode(String.self)
        file = try container.decode(String.self)
        line = try container.decode(Int.self)
        column = try container.decode(Int.self)
        message = try container.decode(String.self)
    }
}

extension BuildState {
    /// The `count` tab-separated fields of the string in `container` (the last one may hold tabs).
    fileprivate static func fields(_ count: Int, of container: any SingleValueDecodingContainer) throws
        -> [Substring]
    {
        let text = try container.decode(String.self)
        // Split as bytes: splitting by characters was most of the decoding.
        let fields = text.utf8.split(
            separator: UInt8(ascii: "\t"), maxSplits: count - 1, omittingEmptySubsequences: false
        )
        .map(Substring.init)
        guard fields.count == count else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not \(count) fields between tabs: \(text)")
        }
        return fields
    }

    /// The file status `text` names (``FileStatus/text``).
    fileprivate static func status(_ text: Substring, in container: any SingleValueDecodingContainer) throws
        -> FileStatus
    {
        guard let status = FileStatus(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a file status (size, times, inode): \(text)")
        }
        return status
    }
}
