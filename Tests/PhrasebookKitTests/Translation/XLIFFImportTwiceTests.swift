import Foundation
import Testing

@testable import PhrasebookKit

/// `phrasebook import` of a file the content already holds: the second import of the same file, as a translator
/// sends it twice, writes nothing and says so.
@Suite("XLIFF import: the same file twice")
struct XLIFFImportTwiceTests {
    @Test("the second import of a file changes nothing, touches no file and says there was nothing to import")
    func secondImportIsANoOp() throws {
        let folder = try XLIFFExportTests.states().write()
        defer { ContentFixture.remove(folder) }
        let scratch = TestPaths.scratch()
        let path = scratch + "/en.xlf"
        let exported = try XLIFFExport(book: try ReviewTests.load(folder), language: "en", version: .version1)
        try TestPaths.write(
            exported.document.replacingOccurrences(of: ">Thanks.<", with: ">Thank you.<")
                .replacingOccurrences(
                    of: "<target state=\"needs-translation\"></target>", with: "<target>Goodbye.</target>"),
            to: path)
        let first = try PhrasebookCommand.run(["import", "--content", folder, path])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.hasPrefix("en: 2 changed, 0 marked reviewed"), "\(first.out)")
        #expect(!first.out.contains("nothing to import"))

        let before = TestPaths.snapshot(folder)
        let times = try modificationTimes(folder)
        for dryRun in [true, false] {
            let again = try PhrasebookCommand.run(
                ["import", "--content", folder, path] + (dryRun ? ["--dry-run"] : []))
            #expect(again.status == 0, "\(again.err)")
            let lines = again.out.components(separatedBy: "\n")
            #expect(lines.first?.hasPrefix("en: 0 \(dryRun ? "would change" : "changed"), 0 marked reviewed, ") == true)
            #expect(lines.first?.hasSuffix(" unchanged, 0 without target") == true, "\(again.out)")
            #expect(
                lines.dropFirst().first
                    == "phrasebook: nothing to import: every target is what the content says (imported already?)"
                    + (dryRun ? "" : "; no file was written"))
            #expect(again.err.isEmpty, "\(again.err)")
            #expect(TestPaths.snapshot(folder) == before)
            #expect(try modificationTimes(folder) == times)
        }
    }

    /// The modification time of every file below `folder`, by relative path.
    private func modificationTimes(_ folder: String) throws -> [String: Date] {
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return try names.reduce(into: [:]) { times, name in
            times[name] =
                try FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.modificationDate] as? Date
        }
    }
}
