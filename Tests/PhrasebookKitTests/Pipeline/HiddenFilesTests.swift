import Foundation
import Testing

@testable import PhrasebookKit

/// Files an editor or another system leaves beside the ones it edits (Emacs's lock link `.#silent-call.xml`, a
/// macOS `._` file, vim's `.style.css.swp`) are not the book's: a build reads and publishes none of them.
@Suite("Hidden files in the content and templates folders")
struct HiddenFilesTests {
    @Test("an editor's lock, swap and metadata files are left out of the content, the templates and the assets")
    func leftOut() throws {
        let folder = TestPaths.scratch()
        let content = folder + "/Content"
        let templates = folder + "/Templates"
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content)
        try FileManager.default.copyItem(atPath: TestPaths.templates, toPath: templates)
        let manager = FileManager.default
        // Emacs's lock: a dangling link named after the file it locks.
        try manager.createSymbolicLink(
            atPath: content + "/situations/.#silent-call.xml", withDestinationPath: "lead@pc.4242:1733460000")
        try manager.createSymbolicLink(
            atPath: templates + "/html/.#situation.mustache", withDestinationPath: "lead@pc.4242:1733460000")
        // macOS's AppleDouble file: binary, not XML.
        try Data([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00])
            .write(to: URL(fileURLWithPath: content + "/situations/._silent-call.xml"))
        try Data("swap".utf8).write(to: URL(fileURLWithPath: templates + "/html/assets/.style.css.swp"))
        let output = folder + "/Output"
        let result = try Pipeline(contentFolder: content, templatesFolder: templates, outputFolder: output)
            .build(RenderOptions())
        #expect(result.published)
        #expect(result.diagnostics.filter { $0.severity != .note }.map(\.formatted) == [])
        let files = TestPaths.snapshot(output).keys
        #expect(files.contains("html/assets/style.css"))
        #expect(!files.contains { $0.contains("/.") || ($0.hasPrefix(".") && !$0.hasPrefix(".phrasebook")) })
    }
}
