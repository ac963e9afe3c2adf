import Foundation
import Testing

@testable import PhrasebookKit

@Suite("The preview server's paths stay inside the site")
struct SitePathTests {
    static func site() throws -> String {
        let root = TestPaths.scratch() + "/html"
        try TestPaths.write("<p>home</p>", to: root + "/index.html")
        try TestPaths.write("<p>page</p>", to: root + "/situations/silent-call.html")
        try TestPaths.write("secret", to: root + "/../secret.txt")
        return root
    }

    @Test("Pages and the index of a folder named with its final slash are found")
    func found() throws {
        let root = try Self.site()
        let real = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        #expect(SitePath.resolve("/", in: root) == real + "/index.html")
        #expect(SitePath.resolve("/situations/silent-call.html", in: root) == real + "/situations/silent-call.html")
        #expect(SitePath.resolve("/situations/silent%2Dcall.html", in: root) == real + "/situations/silent-call.html")
        #expect(SitePath.resolve("/situations", in: root) == nil)
        #expect(SitePath.resolve("/missing.html", in: root) == nil)
    }

    @Test(
        "Escapes are refused, plain or percent-encoded",
        arguments: [
            "/../secret.txt", "/situations/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
            "/situations/..%2f..%2fsecret.txt", "/./index.html", "/index.html%00.txt", "/%zz",
        ])
    func escapesRefused(path: String) throws {
        #expect(SitePath.resolve(path, in: try Self.site()) == nil)
    }

    @Test("A symbolic link inside the site that points outside it is not followed")
    func symlinkOut() throws {
        let root = try Self.site()
        try FileManager.default.createSymbolicLink(atPath: root + "/out", withDestinationPath: root + "/..")
        try FileManager.default.createSymbolicLink(atPath: root + "/in", withDestinationPath: root + "/situations")
        #expect(SitePath.resolve("/out/secret.txt", in: root) == nil)
        #expect(SitePath.resolve("/in/silent-call.html", in: root) != nil)
    }

    @Test("Media types by extension")
    func mediaTypes() {
        #expect(SitePath.mediaType(of: "a/b.html") == "text/html; charset=utf-8")
        #expect(SitePath.mediaType(of: "a/b.js") == "text/javascript; charset=utf-8")
        #expect(SitePath.mediaType(of: "a/b.bin") == "application/octet-stream")
        let images = ["jpg": "image/jpeg", "JPEG": "image/jpeg", "gif": "image/gif", "webp": "image/webp"]
        let fonts = ["woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf", "woff2": "font/woff2"]
        let others = ["pdf": "application/pdf", "mjs": "text/javascript; charset=utf-8", "xml": "application/xml"]
        for (ext, type) in images.merging(fonts, uniquingKeysWith: { $1 }).merging(others, uniquingKeysWith: { $1 }) {
            #expect(SitePath.mediaType(of: "assets/x.\(ext)") == type, "\(ext)")
        }
    }
}
