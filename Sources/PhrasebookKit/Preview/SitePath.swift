import Foundation

/// Maps a request path to a file of the site, refusing anything outside it: `..` segments (also when
/// percent-encoded), NUL bytes, and symbolic links whose target lies outside the site's folder.
public enum SitePath {
    /// The file that `requestPath` (the URL's path, still percent-encoded, without query) names under `root`,
    /// or `nil` when it is outside the site or is not a regular file (a folder named without its final `/` too,
    /// since the pages' relative links would not work from there). A path ending in `/` means its `index.html`.
    public static func resolve(_ requestPath: String, in root: String) -> String? {
        relative(requestPath).flatMap { file($0, in: root) }
    }

    /// The path in the site that `requestPath` names (`situations/x.html`, decoded; `index.html` for a path
    /// ending in `/`), or `nil` when it has `..` or `.` segments or a NUL byte, plain or percent-encoded.
    public static func relative(_ requestPath: String) -> String? {
        guard let decoded = requestPath.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        if decoded.hasSuffix("/") || segments.isEmpty { segments.append("index.html") }
        return segments.joined(separator: "/")
    }

    /// The regular file at `relative` (a path in the site, as ``relative(_:)`` gives) under `root`, or `nil`
    /// when it is missing, a folder, or a link that leads out of the site.
    public static func file(_ relative: String, in root: String) -> String? {
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let candidate = URL(fileURLWithPath: realRoot + "/" + relative)
        let real = candidate.resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot + "/") else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue ? nil : real
    }

    /// The media type of a site file, from its extension.
    public static func mediaType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json", "map": "application/json"
        case "webmanifest": "application/manifest+json"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "avif": "image/avif"
        case "ico": "image/vnd.microsoft.icon"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "ttf": "font/ttf"
        case "otf": "font/otf"
        case "pdf": "application/pdf"
        case "wasm": "application/wasm"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
