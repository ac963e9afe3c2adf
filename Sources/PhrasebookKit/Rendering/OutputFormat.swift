/// The output formats, described as data: the folder each writes into under `Output/` and in `Templates/`.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case html
    case markdown
    case text

    /// The folder name under the output and templates folders.
    public var folder: String { rawValue }

    /// The paths of every file under `templatesFolder` that this format's renderer reads: what an incremental
    /// build checks for changes (`BuildInputs`). Keep in step with `makeRenderer`.
    func inputFiles(templatesFolder: String) throws(PhrasebookError) -> [String] {
        let folder = templatesFolder + "/" + self.folder
        let templates = try TemplateSet.files(in: folder)
        guard self == .html else { return templates }
        return templates + Assets.names(in: folder + "/assets").map { folder + "/assets/" + $0 }
    }

    /// This format's renderer, with its templates (and assets) read from `templatesFolder/<folder>`.
    ///
    /// Adding a format: a case here, its renderer (a type conforming to ``Renderer``, in a folder of its own
    /// under `Rendering/`), its templates under `Templates/<folder>/`, and a line in this switch.
    func makeRenderer(templatesFolder: String) throws(PhrasebookError) -> any Renderer {
        let folder = templatesFolder + "/" + self.folder
        switch self {
        case .html:
            return HTMLRenderer(
                templates: try TemplateSet(folder: folder, required: HTMLRenderer.requiredTemplates),
                assets: try Assets.read(folder + "/assets"))
        case .markdown:
            return MarkdownRenderer(
                templates: try TemplateSet(folder: folder, required: MarkdownRenderer.requiredTemplates))
        case .text:
            return TextRenderer(templates: try TemplateSet(folder: folder, required: TextRenderer.requiredTemplates))
        }
    }
}
