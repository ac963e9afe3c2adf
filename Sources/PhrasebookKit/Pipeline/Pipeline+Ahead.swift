/// Rendering some pages ahead of a build: what `phrasebook serve` shows the open pages while the rest of the site
/// is still being written.
extension Pipeline {
    /// The files at `paths` (paths in the output folder, `html/situations/x.html`) and the HTML assets,
    /// rendered in memory as the next `build(options, strict:memory:)` will write them: `nil` when that build
    /// has nothing to do (the output is up to date) or will not publish (the content does not pass, the
    /// templates do not parse). Reads fragments from `memory` without changing what it keeps; writes nothing.
    func renderAhead(_ paths: Set<String>, _ options: RenderOptions, strict: Bool, memory: RenderMemory?)
        -> [OutputFile]?
    {
        if let inputs = try? BuildInputs.scan(
            content: contentFolder, templates: templatesFolder, formats: options.formats),
            upToDate(options, strict: strict, inputs: inputs) != nil
        {
            return nil
        }
        guard let (book, diagnostics) = try? loadAndCheck(memory: memory?.loads), let book,
            !diagnostics.fail(strict: strict), let renderers = try? makeRenderers(options)
        else { return nil }
        let files = CollectedFiles()
        do {
            try render(book, options, with: renderers, into: files, memory: memory, only: paths)
        } catch {
            return nil
        }
        return files.files.filter { paths.contains($0.path) || $0.path.hasPrefix("html/assets/") }
    }
}
