import Foundation

/// The previous build's pages, as a source of situation bodies: a body whose key the ``FragmentIndex`` names is
/// read from its page's bytes, when that page is still as the previous build wrote it (its status in the build
/// state). Any other file of that build is read whole the same way (the search data, `SearchKeys+Patch.swift`).
/// The handbooks' frames (``PageFrame``) are the index's own text, given whatever became of their pages: a
/// frame's key names the tool and everything the frame is made from. Read from any thread; counts the bodies it
/// gave.
final class PreviousPages: Sendable {
    /// The output folder.
    private let folder: String
    /// Where the previous build's bodies sit.
    let index: FragmentIndex
    /// The status of every file the previous build wrote, by path.
    private let written: [String: FileStatus]
    /// The texts of the handbooks' frames, by key.
    private let frames: [String: String]
    /// The pages opened so far (`-1`: not as written, or unreadable), and how many bodies were read.
    private let state = Locked((open: [String: Int32](), taken: 0))

    /// The pages in `folder` that the build recorded in `previous` wrote, with the bodies `index` places in them
    /// (none when another tool, an older or newer phrasebook, which may render a body otherwise, made them), and
    /// the frames it holds.
    init(folder: String, index: FragmentIndex, previous: BuildState?) {
        self.folder = folder
        self.index = index
        let outputs = previous?.tool == BuildState.toolIdentity ? previous?.outputs ?? [] : []
        written = Dictionary(outputs.map { ($0.path, $0.status) }, uniquingKeysWith: { first, _ in first })
        frames = Dictionary(index.frames.values.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The pages in `folder` that the build recorded in `previous` wrote, with their bodies as that build's
    /// `FragmentIndex` in `folder` places them; none without a previous build.
    convenience init(folder: String, previous: BuildState?) {
        self.init(
            folder: folder, index: previous == nil ? FragmentIndex() : FragmentIndex.read(folder: folder),
            previous: previous)
    }

    deinit {
        state.withLock { state in
            for descriptor in state.open.values where descriptor >= 0 { close(descriptor) }
        }
    }

    /// The UTF-8 of the body kept under `key`, read from its page, and its SHA-256 where the index records it;
    /// `nil` when the index has none, its page changed, or the index places it past the page's end.
    func fragment(_ key: String) -> (bytes: [UInt8], digest: String?)? {
        guard let place = index.places[key], let size = written[place.path]?.size,
            place.length <= Int(size) - place.offset
        else { return nil }
        let descriptor = state.withLock { state in
            if let known = state.open[place.path] { return known }
            let opened = Self.open(folder + "/" + place.path, as: written[place.path])
            state.open[place.path] = opened
            return opened
        }
        guard descriptor >= 0 else { return nil }
        var read = 0
        let body = [UInt8](unsafeUninitializedCapacity: place.length) { buffer, count in
            read = pread(descriptor, buffer.baseAddress, place.length, off_t(place.offset))
            count = max(read, 0)
        }
        guard read == place.length else { return nil }
        state.withLock { $0.taken += 1 }
        return (body, place.digest)
    }

    /// The text of the frame kept under `key` (``PageFrame``); `nil` when the index has none.
    func frame(_ key: String) -> String? { frames[key] }

    /// The bytes of the previous build's file at `path` (from the output folder), when it is still as that build
    /// wrote it; else `nil`.
    func file(_ path: String) -> [UInt8]? {
        guard let status = written[path] else { return nil }
        let descriptor = Self.open(folder + "/" + path, as: status)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let size = Int(status.size)
        var bytes = [UInt8](repeating: 0, count: size)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, size, 0) }
        return read == size ? bytes : nil
    }

    /// How many bodies were read so far.
    var taken: Int { state.withLock { $0.taken } }

    /// `path` opened for reading when it is still as written (`status`); else `-1`.
    private static func open(_ path: String, as status: FileStatus?) -> Int32 {
        guard let status else { return -1 }
        let descriptor = Foundation.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return -1 }
        guard let opened = FileStatus.of(descriptor: descriptor), opened.sameOutput(as: status) else {
            close(descriptor)
            return -1
        }
        return descriptor
    }
}
