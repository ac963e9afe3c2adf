import Foundation
import Testing

@testable import PhrasebookKit

@Suite("Assets are copied byte for byte")
struct BinaryAssetTests {
    @Test("a PNG and a font in the templates' assets reach html/assets/ unchanged, beside the text assets")
    func binaryAssets() throws {
        let templates = try TestPaths.copyOfTemplates()
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE, 0x80, 0xC0, 0x00])
        let font = Data((0...255).map { UInt8($0) })
        try png.write(to: URL(fileURLWithPath: templates + "/html/assets/logo.png"))
        try FileManager.default.createDirectory(
            atPath: templates + "/html/assets/fonts", withIntermediateDirectories: true)
        try font.write(to: URL(fileURLWithPath: templates + "/html/assets/fonts/face.woff2"))
        let output = TestPaths.scratch() + "/Output"
        let result = try Pipeline(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: templates, outputFolder: output
        ).build(RenderOptions(formats: [.html]))
        #expect(result.published)
        let files = TestPaths.snapshot(output)
        #expect(files["html/assets/logo.png"] == png)
        #expect(files["html/assets/fonts/face.woff2"] == font)
        #expect(
            files["html/assets/style.css"] == FileManager.default.contents(atPath: templates + "/html/assets/style.css")
        )
        #expect(result.files.first { $0.path == "html/assets/logo.png" }?.bytes == png.count)
    }
}
