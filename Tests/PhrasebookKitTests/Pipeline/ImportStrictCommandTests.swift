import Foundation
import Testing

@testable import PhrasebookKit

@Suite("import --strict: warnings the import would bring fail it, and nothing is written")
struct ImportStrictCommandTests {
    @Test(
        "import --strict refuses texts the checks would warn about: the warnings shown, no file written, exit 1",
        arguments: [[], ["--dry-run"]])
    func warningsRefuseTheImport(flags: [String]) throws {
        let content = try TestPaths.copy(ofFixture: "minimal")
        let scratch = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = scratch + "/ko.xlf"
        #expect(
            try PhrasebookCommand.run([
                "export", "--content", content, "--xliff", "2.0", "--language", "ko", "--output", path,
            ]).status == 0)
        let exported = try String(contentsOfFile: path, encoding: .utf8)
        // Not in polite speech: a korean-speech-level warning, in content that passes --strict.
        try TestPaths.replace("<target>어서 오세요, 이쪽에 앉으세요.</target>", with: "<target>어서 와, 여기 앉아.</target>", in: path)
        let before = TestPaths.snapshot(content)
        let refused = try PhrasebookCommand.run(["import", "--strict", "--content", content, path] + flags)
        #expect(refused.status == 1, "\(refused.out)\(refused.err)")
        #expect(refused.err.contains("counter-welcome.xml:"), "\(refused.err)")
        #expect(refused.err.contains("warning: [korean-speech-level]"), "\(refused.err)")
        let nothing = flags.isEmpty ? "nothing was imported" : "would import nothing"
        #expect(
            refused.err.contains(
                "phrasebook: \(nothing): the content as the import would leave it has warnings (--strict); fix the "
                    + "imported texts in the translation tool and import again"), "\(refused.err)")
        #expect(TestPaths.snapshot(content) == before, "nothing written")
        // Words the checks pass import under --strict.
        try TestPaths.write(
            exported.replacingOccurrences(
                of: "<target>어서 오세요, 이쪽에 앉으세요.</target>", with: "<target>어서 오십시오, 이쪽에 앉으십시오.</target>"),
            to: path)
        let polite = try PhrasebookCommand.run(["import", "--strict", "--content", content, path] + flags)
        #expect(polite.status == 0 && polite.out.contains("ko: 1 "), "\(polite.out)\(polite.err)")
    }
}
