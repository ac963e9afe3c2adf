import Foundation
import Testing

@Suite("phrasebook new")
struct NewProjectTests {
    @Test("A new project's starter book checks without errors or warnings (--strict) and builds, in its folder")
    func startsABook() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let folder = scratch + "/our-book"
        let made = try PhrasebookCommand.run(
            ["new", folder, "--templates", TestPaths.repository + "/Templates"])
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out.contains("cd \(folder) && phrasebook check"))
        let files = FileManager.default
        for path in [
            "Content/phrasebook.xml", "Content/taboos.xml", "Content/situations/silent-call.xml",
            "Templates/html/situation.mustache", "Templates/html/assets/search.js", ".gitignore",
        ] {
            #expect(files.fileExists(atPath: folder + "/" + path), "\(path)")
        }
        let checked = try PhrasebookCommand.run(["check", "--strict"], in: folder)
        #expect(checked.status == 0 && checked.err.contains("0 errors, 0 warnings"), "\(checked.err)")
        let built = try PhrasebookCommand.run(["build"], in: folder)
        #expect(built.status == 0, "\(built.err)")
        #expect(files.fileExists(atPath: folder + "/Output/html/situations/silent-call.html"))
        #expect(files.fileExists(atPath: folder + "/Output/text/cards/hotline-agent.txt"))
        #expect(try files.contentsOfDirectory(atPath: scratch) == ["our-book"], "no staging folder is left")
    }

    @Test("A folder with something in it is refused and left as it was; templates not found are named")
    func refuses() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try TestPaths.write("mine", to: scratch + "/notes.txt")
        let refused = try PhrasebookCommand.run(["new", scratch, "--templates", TestPaths.repository + "/Templates"])
        #expect(refused.status == 2 && refused.err.contains("it is not empty"), "\(refused.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["notes.txt"])
        let noTemplates = try PhrasebookCommand.run(["new", scratch + "/book", "--templates", scratch + "/none"])
        #expect(noTemplates.status == 2 && noTemplates.err.contains("--templates DIR"), "\(noTemplates.err)")
        #expect(!FileManager.default.fileExists(atPath: scratch + "/book"))
    }
}
