import Foundation
import Testing

@testable import PhrasebookKit

/// The build state keeps each file's status as one string; a state it cannot read (another form, a damaged
/// file) is no state: the build starts from nothing and writes a readable one.
@Suite("The build state's file statuses are kept as one string each")
struct BuildStateCodingTests {
    @Test("A status is written as its size, times and inode, and read back the same")
    func statusRoundTrip() throws {
        let file = TestPaths.scratch() + "/file.txt"
        try TestPaths.write("some bytes", to: file)
        let status = try #require(FileStatus.of(file))
        let data = try JSONEncoder().encode([status])
        #expect(
            String(decoding: data, as: UTF8.self)
                == "[\"\(status.size) \(status.modified) \(status.changed) \(status.inode)\"]")
        #expect(try JSONDecoder().decode([FileStatus].self, from: data) == [status])
    }

    @Test(
        "A status that is not four numbers is not read",
        arguments: ["\"1 2 3\"", "\"1 2 3 4 5\"", "\"1 2 x 4\"", "\"1  2 3 4\"", "\"1 2 3 -4\"", "{\"size\": 1}"])
    func badStatus(_ json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([FileStatus].self, from: Data("[\(json)]".utf8))
        }
    }

    @Test("A build state of another form is not read; the build renders everything and leaves a readable state")
    func otherForm() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        let pipeline = Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        _ = try pipeline.build(RenderOptions(formats: [.text]))
        let path = output + "/" + BuildState.name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // The form before this one: each status an object of four keys.
        let older = try NSRegularExpression(pattern: "\"status\":\"(\\d+) (\\d+) (\\d+) (\\d+)\"")
            .stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text),
                withTemplate: "\"status\":{\"changed\":$3,\"inode\":$4,\"modified\":$2,\"size\":$1}")
        #expect(older != text)
        try FileManager.default.removeItem(atPath: path)
        try TestPaths.write(older, to: path)
        #expect(BuildState.read(folder: output) == nil)

        let again = try pipeline.build(RenderOptions(formats: [.text]))
        #expect(!again.upToDate && again.published)
        #expect(BuildState.read(folder: output) != nil)
        #expect(try pipeline.build(RenderOptions(formats: [.text])).upToDate)
    }
}
