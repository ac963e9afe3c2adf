import Foundation

/// Reads and parses files on every core. Each worker compiles its own schema: libxml2's validation state is
/// not shared between threads.
enum ParallelParser {
    struct Parsed: Sendable {
        var root: XMLElement?
        var diagnostics: [Diagnostic]
        /// The SHA-256 of the bytes parsed, so an edit can tell the file has not changed since.
        var digest: String
        /// The file as `memory` kept it from a load of the same bytes: then it was not parsed (`root` is `nil`).
        var kept: LoadMemory.Kept? = nil
        /// The situation read from a file the caller named a situation file, whose root is `<situation>`: read
        /// where it was parsed, so its element tree is let go there (`root` is `nil`).
        var read: LoadMemory.Kept? = nil
        /// The situation read, as far as it goes, from a situation file the schema refused (``RefusedSituation``).
        var refused: RefusedSituation? = nil
    }

    /// Parses `files`, except those `memory` keeps with the same bytes; the results are in the same order as the
    /// paths. The files at `situations` whose root is `<situation>` are read into situations (``ModelReader``)
    /// on the worker that parsed them. A file `replaced` holds is parsed from the bytes there, not read.
    static func parse(
        _ files: [String], memory: LoadMemory? = nil, situations: Range<Int> = 0..<0,
        replaced: [String: [UInt8]] = [:]
    ) throws(PhrasebookError) -> [Parsed] {
        let results = ResultSlots<Parsed, PhrasebookError>(count: files.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count / 4 + 1))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let schema: RelaxNGSchema
            do throws(PhrasebookError) {
                schema = try RelaxNGSchema()
            } catch {
                results.fail(error)
                return
            }
            let parser = XMLFileParser(schema: schema)
            while let index = results.claim() {
                let file = files[index]
                // A file beyond the limit is refused before it is read into memory.
                switch replaced[file].map(ContentFileBytes.Read.bytes)
                    ?? ContentFileBytes.read(file, limit: LoaderLimits.fileBytes)
                {
                case .tooLarge(let size):
                    let location = SourceLocation(file: file, line: 1, column: 1)
                    results.set(
                        index,
                        Parsed(root: nil, diagnostics: [LoaderLimits.fileTooLarge(size, at: location)], digest: ""))
                case .bytes(let bytes):
                    let digest = FileDigest.of(bytes)
                    if let kept = memory?.kept(file, digest: digest) {
                        results.set(index, Parsed(root: nil, diagnostics: kept.diagnostics, digest: digest, kept: kept))
                        continue
                    }
                    let (root, diagnostics, refused) = parser.parse(bytes, file: file)
                    if situations.contains(index), let refused, refused.name == "situation" {
                        var reader = ModelReader()
                        let situation = RefusedSituation(
                            situation: reader.situation(refused, file: file), schemaErrors: diagnostics)
                        results.set(index, Parsed(diagnostics: diagnostics, digest: digest, refused: situation))
                        continue
                    }
                    guard situations.contains(index), let root, root.name == "situation" else {
                        results.set(index, Parsed(root: root, diagnostics: diagnostics, digest: digest))
                        continue
                    }
                    var reader = ModelReader()
                    let situation = reader.situation(root, file: file)
                    let read = LoadMemory.Kept(
                        digest: digest, diagnostics: diagnostics, situation: situation,
                        checkIgnores: reader.checkIgnores)
                    results.set(index, Parsed(root: nil, diagnostics: diagnostics, digest: digest, read: read))
                case .unreadable(let reason):
                    let location = SourceLocation(file: file, line: 1, column: 1)
                    results.set(
                        index,
                        Parsed(
                            root: nil, diagnostics: [Diagnostic(.error, "unreadable-file", reason, at: location)],
                            digest: ""))
                }
            }
        }
        return try results.collect()
    }
}
