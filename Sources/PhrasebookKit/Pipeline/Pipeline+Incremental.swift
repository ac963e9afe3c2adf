import Foundation

/// The incremental side of `Pipeline.build`: deciding that the output is up to date, and recording what a build
/// read and wrote (`BuildState`).
extension Pipeline {
    /// The result of a build that finds the output up to date, or `nil` when it must render: the output folder's
    /// state names this tool, these folders and options, the same inputs (`BuildInputs.unchanged`) and files
    /// still as written. Decided under the output folder's lock, after any interrupted build is undone; anything
    /// a build would refuse (a locked folder, a file the tool did not make) is left to the build to report.
    func upToDate(_ options: RenderOptions, strict: Bool, inputs: BuildInputs) -> BuildResult? {
        guard FileSystem.kind(outputFolder + "/" + BuildState.name) == .file,
            let lock = try? Publisher(folder: outputFolder).acquire(options.formats)
        else { return nil }
        defer { withExtendedLifetime(lock) {} }
        guard let state = BuildState.read(folder: outputFolder), state.tool == BuildState.toolIdentity,
            state.options == options, state.content == contentFolder, state.templates == templatesFolder,
            inputs.unchanged(since: state),
            state.outputs.allSatisfy({ output in
                FileStatus.of(outputFolder + "/" + output.path)?.sameOutput(as: output.status) ?? false
            })
        else { return nil }
        let diagnostics = state.diagnostics
        guard !diagnostics.fail(strict: strict) else {
            return BuildResult(diagnostics: diagnostics, files: [], published: false)
        }
        let files = state.outputs.map { PublishedFile(path: $0.path, bytes: Int($0.status.size), kept: true) }
        return BuildResult(diagnostics: diagnostics, files: files, published: true, upToDate: true)
    }

    /// The state of a build that read `inputs` (joined with the hashes of the bytes the loader and `renderers`
    /// read), wrote what `staging` holds and reported `reported`.
    func state(
        _ options: RenderOptions, inputs: BuildInputs, book: Book, renderers: [any Renderer], _ staging: Staging,
        _ reported: [Diagnostic]
    ) -> BuildState {
        let digests = renderers.reduce(into: book.fileDigests) { digests, renderer in
            digests.merge(renderer.inputs) { first, _ in first }
        }
        return BuildState(
            tool: BuildState.toolIdentity, content: contentFolder, templates: templatesFolder, options: options,
            started: inputs.started, inputs: inputs.recorded(digests: digests), outputs: staging.outputs,
            reports: BuildState.reports(reported))
    }
}
