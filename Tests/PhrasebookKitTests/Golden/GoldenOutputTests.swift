import Foundation
import Testing

@testable import PhrasebookKit

/// Whole outputs of the `minimal` fixture book, every format, compared byte for byte with the files recorded
/// under `Tests/PhrasebookKitTests/Golden/minimal/` (the style sheets and script that `html/assets/` copies from
/// the templates excepted: they are the templates' own files). A change to any page shows up here as a failing test and, once re-recorded on purpose with
/// `RECORD_GOLDEN=1 swift test --filter GoldenOutput`, as a diff to review in the commit.
@Suite("Golden outputs of the minimal book")
struct GoldenOutputTests {
    static let folder = TestPaths.repository + "/Tests/PhrasebookKitTests/Golden/minimal"
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    static func rendered() throws -> [String: String] {
        let pipeline = Pipeline(
            contentFolder: TestPaths.fixture("minimal"), templatesFolder: TestPaths.templates, outputFolder: "")
        let book = try #require(try pipeline.check().book)
        let files = try pipeline.render(book, RenderOptions())
        let assets = try Assets.read(TestPaths.templates + "/html/assets")
        let copiedAssets = Set(assets.files.map { "html/assets/" + $0.path })
        return Dictionary(
            uniqueKeysWithValues: files.filter { !copiedAssets.contains($0.path) }.map { ($0.path, $0.contents) })
    }

    @Test("Every format's files equal the recorded ones, and no recorded file is missing")
    func outputsEqualRecorded() throws {
        let files = try Self.rendered()
        if Self.recording {
            try? FileManager.default.removeItem(atPath: Self.folder)
            for (path, contents) in files { try TestPaths.write(contents, to: Self.folder + "/" + path) }
        }
        let recorded = TestPaths.snapshot(Self.folder)
        let hint = "re-record on purpose with RECORD_GOLDEN=1 swift test --filter GoldenOutput, and review the diff"
        #expect(Set(recorded.keys) == Set(files.keys), "files made differ from those recorded; \(hint)")
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            #expect(recorded[path] == Data(contents.utf8), "\(path) differs from its golden file; \(hint)")
        }
        #expect(Set(files.keys.map { $0.split(separator: "/")[0] }) == ["html", "markdown", "text"])
    }
}
