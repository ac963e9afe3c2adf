import ArgumentParser
import Foundation
import PhrasebookKit
import PhrasebookServer

/// `phrasebook serve`: a live preview of the HTML site while the content or templates are edited.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the HTML site: build it, serve it, rebuild and reload the open pages on every save.",
        usage: "phrasebook serve [--host <address>] [--port <n>] [<options>]",
        discussion: """
            Builds the HTML site into a preview folder of its own (never the output
            folder), serves it over HTTP on 127.0.0.1 and watches the content and
            templates folders (on Linux a save is noticed as the system reports it;
            elsewhere they are looked at every 50 ms). Each save rebuilds the site and
            every open page it changed reloads itself (a page the edit does not show
            stays as it is, where it was scrolled): the open pages are rendered and
            reloaded first, as soon as the content passes its checks, then the rest of
            the site is built (a page opened meanwhile waits for it). Only what an edit touched is
            rendered again. When an edit does not build, the terminal and an overlay on
            the page show the diagnostics (file:line:col, as phrasebook check prints them)
            and the last good site stays served (before any good build, a notice with
            the overlay); saving a fix clears them. Ctrl-C (SIGTERM, SIGHUP) stops the
            server and removes the preview folder, at any moment: during the first
            build once it ends, during a rebuild once that ends (a second Ctrl-C ends
            it at once and leaves the folder: the next serve removes it). A port in use, or a
            host that is not an address of this machine, is refused at once. Paths
            outside the site (.., encoded or not, links out of it) are answered 404,
            and any method but GET and HEAD 405: the preview only reads. With
            --diagnostics json, standard output gets each build's diagnostics (every
            one, as phrasebook check lists them) as a JSON array on one line: one line
            per build, for an editor or script following the server.

            With --navigate-to-changed (as Hugo's server has it), a save of one
            situation's file (or taboos.xml) takes the open pages to that situation's
            page, scrolled to the phrase, guideline or line of a dialogue edited (the
            first place the page's main part differs); a glossary term edited in
            phrasebook.xml takes them to the glossary at that term. Another edit of
            phrasebook.xml (a title, an interface word), of several files at once or
            of templates reloads them where they are.

            Examples:
              phrasebook serve                 (a free port, printed once listening)
              phrasebook serve --port 8000
              phrasebook serve --host 0.0.0.0  (reachable from other machines: take care)
              phrasebook serve --navigate-to-changed
            """
    )

    // Not CommonOptions: serve never writes an output folder, so it takes no --output.
    @OptionGroup var source: ContentOptions

    @OptionGroup var templatesOption: TemplatesOption

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(
        parsing: .unconditional, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "n"))
    var port = 0

    @Flag(
        help: ArgumentHelp(
            "After a save of a situation's file (or taboos.xml, or a glossary term), the open pages go to its "
                + "page, at the element edited, instead of reloading where they are."))
    var navigateToChanged = false

    /// Not an option of serve: taken only to say why (serve builds into a preview folder of its own).
    @Option(help: .hidden)
    var output: String?

    func validate() throws {
        if output != nil {
            throw ValidationError(
                "serve takes no --output: it builds into a preview folder of its own and never writes Output/; "
                    + "to write an output folder, run phrasebook build --output DIR")
        }
        try CommonOptions.refuseEmpty([("--content", source.content), ("--templates", templatesOption.templates)])
        try CommonOptions.requireRange("--port", port, 0...65535)
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
    }

    func run() throws {
        let content = source.content
        let templates = templatesOption.templates
        for folder in [content, templates] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw PhrasebookError.invalidOption("no folder \(folder) (run in a phrasebook project, or name it)")
            }
        }
        do {
            try ListenProbe.check(host: host, port: port)
        } catch {
            throw PhrasebookError.invalidOption("serve: \(error)")
        }
        PreviewServer.catchStopSignals()
        let temporary = FileManager.default.temporaryDirectory.path
        let folder = try PreviewFolder(in: temporary)
        let preview = folder.path
        defer { folder.remove() }
        FileHandleOutput.standardError("preview folder: \(preview) (removed when serve stops)\n")
        for left in PreviewFolder.removeLeftOver(in: temporary) {
            FileHandleOutput.standardError("removed \(left): a serve that did not stop cleanly left it\n")
        }
        let site = PreviewSite(contentFolder: content, templatesFolder: templates, folder: preview)
        let json = source.diagnostics == .json
        let server = PreviewServer(
            site: site, host: host, port: port, watched: [content, templates], strict: source.strict,
            followed: navigateToChanged ? content : nil)
        let outcome = Locked<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run(
                    say: { line in FileHandleOutput.standardError(line + "\n") },
                    diagnosed: { found in
                        // JSON for a tool following the server: one array per build, on one line of its own.
                        if json { FileHandleOutput.standardOutput(DiagnosticOutput.jsonLine(found)) }
                    })
            } catch {
                outcome.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.withLock({ $0 }) { throw PhrasebookError.invalidOption("serve: \(error)") }
    }
}
