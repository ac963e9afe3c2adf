import Foundation
import Testing

@testable import PhrasebookKit

/// The output's ownership checks list its folders by what the folder records of each entry, never following a
/// link: files, folders, and anything else (a link, a pipe) as such.
@Suite("A folder's entries and what each is")
struct FolderEntriesTests {
    @Test("Files, folders, links and pipes are told apart, sorted by name; a link to a folder is not listed through")
    func kinds() throws {
        let folder = TestPaths.scratch() + "/listed"
        try FileManager.default.createDirectory(atPath: folder + "/b-folder", withIntermediateDirectories: true)
        try TestPaths.write("text", to: folder + "/c-file.html")
        try TestPaths.write("text", to: folder + "/한국어.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/a-link", withDestinationPath: "b-folder")
        #expect(mkfifo(folder + "/d-pipe", 0o600) == 0)

        let entries = FileSystem.entries(in: folder)
        #expect(entries.map(\.name) == ["a-link", "b-folder", "c-file.html", "d-pipe", "한국어.txt"])
        #expect(entries.map(\.kind) == [.other, .folder, .file, .other, .file])
        #expect(entries.map(\.name) == FileSystem.names(in: folder))
        #expect(entries.map(\.kind) == entries.map { FileSystem.kind(folder + "/" + $0.name) })

        #expect(FileSystem.entries(in: folder + "/a-link").isEmpty, "a link to a folder")
        #expect(FileSystem.entries(in: folder + "/c-file.html").isEmpty, "a file")
        #expect(FileSystem.entries(in: folder + "/missing").isEmpty)
        #expect(FileSystem.entries(in: folder + "/b-folder").isEmpty, "an empty folder")
    }

    @Test("A file that cannot be read is named with the reason of the step that failed: opening it, or reading it")
    func unreadable() throws {
        let folder = TestPaths.scratch() + "/unreadable"
        try FileManager.default.createDirectory(atPath: folder + "/a-folder", withIntermediateDirectories: true)
        try TestPaths.write("text", to: folder + "/file.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/a-link", withDestinationPath: "file.txt")
        #expect(try FileSystem.contents(of: folder + "/file.txt") == Data("text".utf8))
        for (name, reason) in [
            ("missing", "No such file or directory"), ("a-folder", "Is a directory"),
            ("a-link", "Too many levels of symbolic links"),
        ] {
            #expect(throws: PhrasebookError.unreadableFile(path: folder + "/" + name, reason: reason)) {
                try FileSystem.contents(of: folder + "/" + name)
            }
            #expect(FileSystem.read(folder + "/" + name) == nil)
        }
    }

    @Test("The manifest's listing of a format folder holds every file and folder below it, and refuses a link")
    func listing() throws {
        let folder = TestPaths.scratch() + "/html"
        try FileManager.default.createDirectory(atPath: folder + "/roles", withIntermediateDirectories: true)
        try TestPaths.write("text", to: folder + "/index.html")
        try TestPaths.write("text", to: folder + "/roles/counter-clerk.html")
        #expect(
            try OutputManifest.listing(of: folder, as: "html/")
                == ["html/", "html/index.html", "html/roles/", "html/roles/counter-clerk.html"])
        try FileManager.default.createSymbolicLink(atPath: folder + "/roles/z", withDestinationPath: "/etc")
        #expect(throws: PhrasebookError.self) { try OutputManifest.listing(of: folder, as: "html/") }
    }
}
