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
            "Templates/html/situation.mustache", "Templates/html/assets/search.js/01-load.js", ".gitignore",
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

    @Test("A new book inside the templates it copies is refused at once (it would copy itself without end)")
    func insideTemplates() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.copyItem(atPath: TestPaths.templates, toPath: scratch + "/tpl")
        let before = TestPaths.snapshot(scratch + "/tpl")
        let refused = try PhrasebookCommand.run(["new", scratch + "/tpl/html/mybook", "--templates", scratch + "/tpl"])
        #expect(refused.status == 2 && refused.err.contains("inside the templates to copy"), "\(refused.err)")
        #expect(refused.err.count < 400, "one short line, not a path grown to the system's limit")
        #expect(TestPaths.snapshot(scratch + "/tpl") == before)
    }

    @Test(
        "An empty folder is kept with its mode; a link, or a path without a parent, is refused; links among the templates are copied as what they lead to"
    )
    func placesAndTemplates() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let files = FileManager.default
        try files.createDirectory(atPath: scratch + "/empty", withIntermediateDirectories: true)
        #expect(chmod(scratch + "/empty", 0o2770) == 0)
        let shared = scratch + "/shared"
        try files.copyItem(atPath: TestPaths.repository + "/Templates", toPath: shared)
        // The templates a link to a team's shared ones, with a partial and a folder in them links too.
        let templates = scratch + "/templates"
        try files.createSymbolicLink(atPath: templates, withDestinationPath: shared)
        try files.moveItem(atPath: shared + "/html/foot.mustache", toPath: scratch + "/foot.mustache")
        try files.createSymbolicLink(
            atPath: shared + "/html/foot.mustache", withDestinationPath: scratch + "/foot.mustache")
        try files.moveItem(atPath: shared + "/html/assets", toPath: scratch + "/assets")
        try files.createSymbolicLink(atPath: shared + "/html/assets", withDestinationPath: scratch + "/assets")
        let made = try PhrasebookCommand.run(["new", scratch + "/empty", "--templates", templates])
        #expect(made.status == 0, "\(made.err)")
        let mode = try #require(try files.attributesOfItem(atPath: scratch + "/empty")[.posixPermissions] as? Int)
        #expect(mode & 0o7777 == 0o2770, "the folder is kept, not replaced")
        #expect(
            Self.tree(scratch + "/empty/Templates") == Self.tree(TestPaths.repository + "/Templates"),
            "every template, the linked ones as files and folders")
        let checked = try PhrasebookCommand.run(
            ["check", "--strict", "--content", scratch + "/empty/Content", "--templates", scratch + "/empty/Templates"])
        #expect(checked.status == 0, "\(checked.err)")
        // A FIFO, a link that leads nowhere or back into the templates: refused, naming it, nothing written.
        for (name, make) in [
            ("pipe", { #expect(mkfifo(shared + "/html/pipe", 0o644) == 0) }),
            ("gone", { try files.createSymbolicLink(atPath: shared + "/html/gone", withDestinationPath: "/no/such") }),
            ("loop", { try files.createSymbolicLink(atPath: shared + "/html/loop", withDestinationPath: shared) }),
        ] as [(String, () throws -> Void)] {
            try make()
            let refused = try PhrasebookCommand.run(["new", scratch + "/refused", "--templates", templates])
            #expect(refused.status == 2 && refused.err.contains("html/" + name), "\(refused.err)")
            #expect(!files.fileExists(atPath: scratch + "/refused"), "\(name)")
            try files.removeItem(atPath: shared + "/html/" + name)
        }
        #expect(
            try files.contentsOfDirectory(atPath: scratch).sorted()
                == ["assets", "empty", "foot.mustache", "shared", "templates"], "no staging left")
        // What a killed run left (its process gone) is removed by the next; a running one's is not.
        try TestPaths.write("half", to: scratch + "/.fresh.new-999999/Content/phrasebook.xml")
        try TestPaths.write("busy", to: scratch + "/.fresh.new-1/Content/phrasebook.xml")
        #expect(try PhrasebookCommand.run(["new", scratch + "/fresh", "--templates", templates]).status == 0)
        #expect(!files.fileExists(atPath: scratch + "/.fresh.new-999999"))
        #expect(files.fileExists(atPath: scratch + "/.fresh.new-1"), "pid 1 is running")
        try files.createDirectory(atPath: scratch + "/elsewhere", withIntermediateDirectories: true)
        try files.createSymbolicLink(atPath: scratch + "/link", withDestinationPath: scratch + "/elsewhere")
        let link = try PhrasebookCommand.run(["new", scratch + "/link", "--templates", templates])
        #expect(link.status == 2 && link.err.contains("it is a link"), "\(link.err)")
        #expect(try files.contentsOfDirectory(atPath: scratch + "/elsewhere").isEmpty)
        try files.removeItem(atPath: scratch + "/.fresh.new-1")
        let orphan = try PhrasebookCommand.run(["new", scratch + "/no/such/book", "--templates", templates])
        #expect(orphan.status == 2 && orphan.err.contains("whose parent folder exists"), "\(orphan.err)")
        #expect(!files.fileExists(atPath: scratch + "/no"), "no parent is made")
    }

    @Test("phrasebook new . (or ./) in an empty folder starts the book there; in a folder with files it is refused")
    func currentFolder() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let files = FileManager.default
        let templates = TestPaths.repository + "/Templates"
        for (name, path) in [("dot", "."), ("dot-slash", "./")] {
            let folder = scratch + "/" + name
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let made = try PhrasebookCommand.run(["new", path, "--templates", templates], in: folder)
            #expect(made.status == 0, "\(path): \(made.err)")
            #expect(made.out.contains("next: phrasebook check && "), "no cd into the folder it is in: \(made.out)")
            #expect(files.fileExists(atPath: folder + "/Content/phrasebook.xml"), "\(path)")
            let hidden = try files.contentsOfDirectory(atPath: scratch).filter { $0.hasPrefix(".") }
            #expect(hidden.isEmpty, "no staging folder is left")
            let again = try PhrasebookCommand.run(["new", path, "--templates", templates], in: folder)
            #expect(again.status == 2 && again.err.contains("it is not empty"), "\(path): \(again.err)")
        }
    }

    /// Every file under `folder` (links followed) and its bytes, by path inside it.
    private static func tree(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }
}
