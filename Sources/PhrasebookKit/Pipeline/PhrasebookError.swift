/// A failure of the tool itself (not of the content): a missing folder, an unreadable template, a write that
/// failed. Content problems are `Diagnostic`s instead. The command line exits with status 2 on these.
public enum PhrasebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A folder the command needs does not exist.
    case missingFolder(String)
    /// No `phrasebook.xml` where the content folder should be: run outside a project, or a wrong `--content`.
    /// `lookedFor` is the absolute path of the `phrasebook.xml` that was looked for.
    case noContent(folder: String, lookedFor: String)
    /// A file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A template is missing from the templates folder.
    case missingTemplate(path: String)
    /// A template does not parse, or uses a name the renderer does not provide.
    case brokenTemplate(path: String, line: Int, column: Int, reason: String)
    /// Writing the output failed; the previous output is untouched.
    case outputFailed(path: String, reason: String)
    /// Writing an exported file (XLIFF, TBX) or its folder failed. Nothing was written at `path`; `replacing`: a
    /// file was there, and it is as it was.
    case exportFailed(path: String, reason: String, replacing: Bool)
    /// The output folder is not one the tool may write into (the content or templates folder, `/`, the home
    /// folder), or holds something the tool did not make where a build would replace it.
    case refusedOutput(path: String, reason: String)
    /// Another build holds the output folder's lock; `holder` names it (process id, command, start time).
    case outputLocked(path: String, holder: String)
    /// A content file could not be edited (review, import); nothing of the run was written.
    case contentEditFailed(path: String, reason: String)
    /// An option's value is not usable.
    case invalidOption(String)
    /// Something that should not happen; a bug.
    case internalFailure(String)

    /// The message, with control characters in paths and values escaped (`escapingControlCharacters`).
    public var description: String { message.escapingControlCharacters }

    private var message: String {
        switch self {
        case .missingFolder(let path): "folder not found: \(path)"
        case .noContent(let folder, let lookedFor):
            "no phrasebook in '\(folder)': looked for \(lookedFor) and found none; run phrasebook in the project "
                + "folder (the one holding Content/ and Templates/), or name the content folder with --content DIR"
        case .unreadableFile(let path, let reason): "\(path): cannot read: \(reason)"
        case .missingTemplate(let path): "\(path): template not found"
        case .brokenTemplate(let path, let line, let column, let reason):
            "\(path):\(line):\(column): error: [template] \(reason)"
        case .outputFailed(let path, let reason):
            "\(path): cannot write output: \(reason); the previous output is untouched"
        case .exportFailed(let path, let reason, let replacing):
            "\(path): cannot write: \(reason); " + (replacing ? "the file there is as it was" : "no file was written")
        case .refusedOutput(let path, let reason): "\(path): refusing to write the output here: \(reason)"
        case .outputLocked(let path, let holder):
            "\(path): another phrasebook build is writing into this folder (\(holder.isEmpty ? "holder unknown" : holder)); "
                + "wait for it to finish"
        case .contentEditFailed(let path, let reason): "\(path): cannot edit: \(reason)"
        case .invalidOption(let reason): reason
        case .internalFailure(let reason): "internal error: \(reason)"
        }
    }
}

extension PhrasebookError {
    /// A broken template as a diagnostic (code `template`, an error at the template's line and column), for the
    /// JSON form of the diagnostics; `nil` for every other failure.
    public var templateDiagnostic: Diagnostic? {
        guard case .brokenTemplate(let path, let line, let column, let reason) = self else { return nil }
        return Diagnostic(.error, "template", reason, at: SourceLocation(file: path, line: line, column: column))
    }
}
