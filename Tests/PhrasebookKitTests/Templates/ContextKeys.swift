import Foundation

@testable import PhrasebookKit

/// The keys the renderers give the templates, gathered from the contexts they render with.
enum ContextKeys {
    /// Keys whose own keys are interface word ids, not template keys: `{{#ui.search}}`.
    static let interfaceWordMaps: Set<String> = ["ui", "uiText", "uiAllText", "uiLabel", "uiPrefix"]

    /// Every key of `value` and of the values below it.
    static func names(in value: Any) -> Set<String> {
        var names: Set<String> = []
        collect(value, into: &names)
        return names
    }

    private static func collect(_ value: Any, into names: inout Set<String>) {
        if let dictionary = value as? [String: Any] {
            for (key, member) in dictionary {
                names.insert(key)
                if interfaceWordMaps.contains(key), let words = member as? [String: Any] {
                    for word in words.values { collect(word, into: &names) }
                } else {
                    collect(member, into: &names)
                }
            }
        } else if let typed = value as? any TemplateContext {
            collect(typed.members, into: &names)
        } else if let array = value as? [Any] {
            for element in array { collect(element, into: &names) }
        }
    }

    /// The keys each format's renderer gives its templates (pages, fragments and the keys they share) when it
    /// renders `book`, every role included.
    static func provided(by format: OutputFormat, rendering book: Book) throws -> Set<String> {
        let found = Locked<Set<String>>([])
        var templates = try TemplateSet(folder: TestPaths.templates + "/" + format.folder, required: [])
        templates.observer = { _, context, shared in
            let names = names(in: context).union(names(in: shared))
            found.withLock { $0.formUnion(names) }
        }
        let renderer: any Renderer =
            switch format {
            case .html: HTMLRenderer(templates: templates, assets: .none)
            case .markdown: MarkdownRenderer(templates: templates)
            case .text: TextRenderer(templates: templates)
            }
        try renderer.render(RenderJob(book: book, options: RenderOptions()), into: DiscardedFiles())
        return found.withLock { $0 }
    }
}
