import Foundation

/// The incremental side of `Pipeline.build`: deciding that the output is up to date, and recording what a build
/// read and wrote (`BuildState`).
extension Pipeline {
    /// The result of a build that finds the output up to date, or `nil` when it must render: the output folder's
    /// state names this tool, these folders and options, the same inputs (`BuildInputs.unchanged`) and files
    /// still as written. Decided under the output folder's lock (its file left as it is: a build that finds nothing
    /// to do, or fails its checks, changes nothing there), after any interrupted build is undone; anything
    /// a build would refuse (a locked folder, a file the tool did not make) is left to the build to report.
    func upToDate(_ options: RenderOptions, strict: Bool, inputs: BuildInputs) -> BuildResult? {
        guard FileSystem.kind(outputFolder + "/" + BuildState.name) == .file,
            let lock = try? Publisher(folder: outputFolder).acquire(options.formats, naming: false)
        else { return nil }
        defer { withExtendedLifetime(lock) {} }
        guard let state = BuildState.read(folder: outputFolder), matches(state, options),
            inputs.unchanged(since: state), intact(state.outputs)
        else { return nil }
        let diagnostics = state.diagnostics
        guard !diagnostics.fail(strict: strict) else {
            return BuildResult(diagnostics: diagnostics, files: [], published: false)
        }
        let files = state.outputs.map {
            PublishedFile(path: $0.path, bytes: Int($0.status.size), kept: true, rendered: false)
        }
        return BuildResult(diagnostics: diagnostics, files: files, published: true, upToDate: true)
    }

    /// The formats whose folders the previous build (`previous`, read under the lock) left exactly as this build
    /// would make them: the same tool, folders and options, no content file changed (nor added or removed), none
    /// of the format's templates and assets changed, and every file of the format still as written. A change that
    /// cannot be told to belong to one format counts as a change of the content.
    func reusable(_ options: RenderOptions, inputs: BuildInputs, previous: BuildState?) -> [OutputFormat] {
        guard let previous, matches(previous, options) else { return [] }
        let folders = options.formats.map { (format: $0, prefix: templatesFolder + "/" + $0.folder + "/") }
        let content = contentFolder.hasSuffix("/") ? contentFolder : contentFolder + "/"
        var changed: Set<OutputFormat> = []
        for path in inputs.changes(since: previous) {
            guard !path.hasPrefix(content), let owner = folders.first(where: { path.hasPrefix($0.prefix) }) else {
                return []
            }
            changed.insert(owner.format)
        }
        return options.formats.filter { format in
            !changed.contains(format) && intact(previous.outputs.filter { $0.path.hasPrefix(format.folder + "/") })
        }
    }

    /// Whether `state` was recorded by this tool, for these folders and options.
    func matches(_ state: BuildState, _ options: RenderOptions) -> Bool {
        state.tool == BuildState.toolIdentity && state.options == options && state.content == contentFolder
            && state.templates == templatesFolder
    }

    /// Whether every file of `outputs` is in the output folder as written (size, modification time, inode).
    private func intact(_ outputs: [BuildState.Output]) -> Bool {
        outputs.allSatisfy { output in
            FileStatus.of(outputFolder + "/" + output.path)?.sameOutput(as: output.status) ?? false
        }
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
