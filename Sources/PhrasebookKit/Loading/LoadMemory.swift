import Foundation

/// What a process that loads the same content again and again (`phrasebook serve`, on every save) keeps from one
/// load to the next: each situation file's model, under the SHA-256 of the bytes it was read from, and the last
/// check's diagnostics, under the book's content hash. A file whose bytes did not change is then neither parsed,
/// validated nor read into the model again, a book whose files did not change is not checked again (serve
/// loads and checks each save twice: to render the open pages ahead, then to build), and the text checks of a
/// changed book look only at the situation files that changed (``EarlierCheck``).
public final class LoadMemory: Sendable {
    /// One situation file as the last load read it.
    struct Kept: Sendable {
        /// The SHA-256 of the bytes read.
        var digest: String
        /// What parsing and validating the file reported.
        var diagnostics: [Diagnostic]
        /// The situation read from it.
        var situation: Situation
        /// The `check-ignore` codes met in it, in the order the reader met them.
        var checkIgnores: [Located<String>]
    }

    private let files = Locked<[String: Kept]>([:])
    private let checked = Locked<(contentHash: String, check: EarlierCheck)?>(nil)

    /// An empty memory: the first load with it reads everything.
    public init() {}

    /// The situation file at `path` as the last load read it, when its bytes are still those (`digest`).
    func kept(_ path: String, digest: String) -> Kept? {
        files.withLock { $0[path] }.flatMap { $0.digest == digest ? $0 : nil }
    }

    /// Keeps `kept` (by path) as the situation files of the last load, forgetting any others.
    func keep(_ kept: [String: Kept]) {
        files.withLock { $0 = kept }
    }

    /// The diagnostics of the last check, when it checked the book whose content hash is `contentHash`.
    func diagnostics(contentHash: String) -> [Diagnostic]? {
        checked.withLock { $0 }.flatMap { $0.contentHash == contentHash ? $0.check.diagnostics : nil }
    }

    /// The last check, whatever book it checked: the next check of a changed book takes its text checks' findings
    /// in the files that did not change.
    var lastCheck: EarlierCheck? { checked.withLock { $0?.check } }

    /// Keeps `diagnostics` as the check of `book`.
    func keep(_ diagnostics: [Diagnostic], of book: Book) {
        checked.withLock { $0 = (book.contentHash, EarlierCheck(digests: book.fileDigests, diagnostics: diagnostics)) }
    }
}
