/// A failure of the tool itself (not of the content): a missing folder, an unreadable template, a write that
/// failed. Content problems are `Diagnostic`s instead. The command line exits with status 2 on these.
public enum PhrasebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A folder the command needs does not exist.
    case missingFolder(String)
    /// A file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A template is missing from the templates folder.
    case missingTemplate(path: String)
    /// A template does not parse, or uses a name the renderer does not provide.
    case brokenTemplate(path: String, line: Int, column: Int, reason: String)
    /// Writing the output failed; the previous output is untouched.
    case outputFailed(path: String, reason: String)
    /// A content file could not be edited (review, import); nothing of the run was written.
    case contentEditFailed(path: String, reason: String)
    /// An option's value is not usable.
    case invalidOption(String)
    /// Something that should not happen; a bug.
    case internalFailure(String)

    public var description: String {
        switch self {
        case .missingFolder(let path): "folder not found: \(path)"
        case .unreadableFile(let path, let reason): "\(path): cannot read: \(reason)"
        case .missingTemplate(let path): "\(path): template not found"
        case .brokenTemplate(let path, let line, let column, let reason):
            "\(path):\(line):\(column): template error: \(reason)"
        case .outputFailed(let path, let reason):
            "\(path): cannot write output: \(reason); the previous output is untouched"
        case .contentEditFailed(let path, let reason): "\(path): cannot edit: \(reason)"
        case .invalidOption(let reason): reason
        case .internalFailure(let reason): "internal error: \(reason)"
        }
    }
}
