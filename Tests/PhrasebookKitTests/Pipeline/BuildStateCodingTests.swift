import Foundation
import Testing

@testable import PhrasebookKit

/// The build state keeps each file it read or wrote as one string, and each diagnostic as one array; a state it
/// cannot read (another form, a damaged file) is no state: the build starts from nothing and writes a readable one.
@Suite("The build state's files are kept as one string each, its diagnostics as arrays")
struct BuildStateCodingTests {
    @Test("A status is written as its size, times and inode, and read back the same")
    func statusRoundTrip() throws {
        let file = TestPaths.scratch() + "/file.txt"
        try TestPaths.write("some bytes", to: file)
        let status = try #require(FileStatus.of(file))
        #expect(status.text == "\(status.size) \(status.modified) \(status.changed) \(status.inode)")
        #expect(FileStatus(text: status.text[...]) == status)
    }

    @Test(
        "A status that is not four numbers is not read",
        arguments: ["1 2 3", "1 2 3 4 5", "1 2 x 4", "1  2 3 4", "1 2 3 -4", "{\"size\": 1}", ""])
    func badStatus(_ text: String) {
        #expect(FileStatus(text: text[...]) == nil)
    }

    /// A state with the awkward cases: a path with a tab, a newline and Korean, a file listed but not read, a
    /// page without inputs, a message with a tab and a newline.
    private func awkwardState() throws -> BuildState {
        let file = TestPaths.scratch() + "/file.txt"
        try TestPaths.write("some bytes", to: file)
        let status = try #require(FileStatus.of(file))
        return BuildState(
            tool: "4 1 2", content: "Content", templates: "Templates", options: RenderOptions(), started: 7,
            inputs: [
                BuildState.Input(path: "Content/situations/a\tb\n환불.xml", status: status, digest: "ab12"),
                BuildState.Input(path: "Content/new.xml", status: nil, digest: ""),
            ],
            outputs: [
                BuildState.Output(path: "html/a\tb.html", status: status, digest: "unstamped:cd34", inputs: "ef56"),
                BuildState.Output(path: "html/-", status: status, digest: "-", inputs: nil),
            ],
            reports: [
                BuildState.Report(
                    severity: .warning, code: "white-space", message: "a tab\there,\na new line", file: "x\ty.xml",
                    line: 3, column: 14)
            ])
    }

    @Test("Files are kept as one string each, their path last, and diagnostics as arrays; read back the same")
    func stateRoundTrip() throws {
        let state = try awkwardState()
        let data = try JSONEncoder().encode(state)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let status = try #require(state.outputs.first?.status.text)
        #expect(
            json["inputs"] as? [String]
                == ["\(status)\tab12\tContent/situations/a\tb\n환불.xml", "-\t\tContent/new.xml"])
        #expect(
            json["outputs"] as? [String] == [
                "\(status)\tunstamped:cd34\tef56\thtml/a\tb.html", "\(status)\t-\t-\thtml/-",
            ])
        let report = try #require((json["reports"] as? [[Any]])?.first)
        #expect(report.count == 6 && report[0] as? String == "warning" && report[3] as? Int == 3)
        #expect(try JSONDecoder().decode(BuildState.self, from: data) == state)
    }

    @Test(
        "A file or diagnostic of another form is not read",
        arguments: [
            "{\"inputs\": [\"1 2 3 4\\tab\"]}", "{\"inputs\": [\"1 2 3\\tab\\tpath\"]}",
            "{\"outputs\": [\"1 2 3 4\\td\\tpath\"]}", "{\"outputs\": [\"-\\td\\t-\\tpath\"]}",
            "{\"outputs\": [{\"path\": \"p\"}]}", "{\"reports\": [[\"warning\", \"code\", \"file\", 1, 2]]}",
            "{\"reports\": [[\"grave\", \"code\", \"file\", 1, 2, \"message\"]]}",
        ])
    func badParts(_ change: String) throws {
        var json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(try awkwardState())) as? [String: Any])
        let replacement = try #require(
            try JSONSerialization.jsonObject(with: Data(change.utf8)) as? [String: Any])
        json.merge(replacement) { _, new in new }
        let data = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(BuildState.self, from: data) }
    }

    @Test("A build state of another form is not read; the build renders everything and leaves a readable state")
    func otherForm() throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let output = TestPaths.scratch() + "/Output"
        let pipeline = Pipeline(contentFolder: content, templatesFolder: TestPaths.templates, outputFolder: output)
        _ = try pipeline.build(RenderOptions(formats: [.text]))
        let path = output + "/" + BuildState.name
        let written = try #require(FileManager.default.contents(atPath: path))
        var json = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        // The form before this one: each file an object of its path, status (an object of four keys) and digest.
        let inputs = try #require(json["inputs"] as? [String])
        json["inputs"] = inputs.map { line -> [String: Any] in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            let status = fields[0].split(separator: " ").compactMap { Int($0) }
            return [
                "path": fields[2], "digest": fields[1],
                "status": ["size": status[0], "modified": status[1], "changed": status[2], "inode": status[3]],
            ]
        }
        try FileManager.default.removeItem(atPath: path)
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        #expect(BuildState.read(folder: output) == nil)

        let again = try pipeline.build(RenderOptions(formats: [.text]))
        #expect(!again.upToDate && again.published)
        #expect(BuildState.read(folder: output) != nil)
        #expect(try pipeline.build(RenderOptions(formats: [.text])).upToDate)
    }
}
