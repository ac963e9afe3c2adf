/// The output formats, described as data: the folder each writes into under `Output/` and in `Templates/`.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case html
    case markdown
    case text

    /// The folder name under the output and templates folders.
    public var folder: String { rawValue }

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
