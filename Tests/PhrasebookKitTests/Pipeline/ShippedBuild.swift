import Foundation

@testable import PhrasebookKit

/// A scratch copy of the shipped content, built once into a fresh output folder: where the tests of incremental
/// builds make their edits.
struct ShippedBuild {
    /// The content folder of the copy.
    let content: String
    /// A pipeline from the copy into the output folder.
    let pipeline: Pipeline
    /// What the first build did.
    let first: Pipeline.BuildResult

    /// The copy, built.
    init() throws {
        content = try Self.copyOfContent()
        pipeline = Pipeline(
            contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: TestPaths.scratch() + "/Output")
        first = try pipeline.build(RenderOptions())
    }

    /// A scratch copy of the shipped content, not built: its content folder.
    static func copyOfContent() throws -> String {
        let content = TestPaths.scratch() + "/Content"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        return content
    }

    /// Replaces the first `old` in the file at `path` by `new`; throws when the file does not hold `old` (an
    /// error, not an expectation: it is called outside tests too, to make a shared build).
    static func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let range = text.range(of: old) else {
            throw PhrasebookError.internalFailure("\(path) no longer holds \(old)")
        }
        try TestPaths.write(text.replacingCharacters(in: range, with: new), to: path)
    }
}
