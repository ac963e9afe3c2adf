import Foundation

/// Runs the built `phrasebook` executable, the way a user does.
public enum PhrasebookCommand {
    /// What a run of the command did.
    public struct Result {
        /// The exit status, or the signal number when `killed`.
        public var status: Int32
        /// Whether a signal ended the process.
        public var killed: Bool
        /// Standard output.
        public var out: String
        /// Standard error.
        public var err: String
    }

    /// The path of the built `phrasebook`: next to the test bundle, else in `.build/debug`.
    public static var executable: String { executable("phrasebook") }

    /// The path of the package's built executable `name` (`phrasebook`, `phrasebook-bench`): next to the test
    /// bundle, else in `.build/debug`.
    public static func executable(_ name: String) -> String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent(name).path
        return FileManager.default.fileExists(atPath: beside) ? beside : TestPaths.repository + "/.build/debug/" + name
    }

    /// Runs `phrasebook` (or the package's executable `program`; next to the test bundle, else in `.build/debug`)
    /// with `arguments`, and `environment` added to the test's own, in `directory` when given.
    public static func run(
        _ arguments: [String], program: String = "phrasebook", environment: [String: String] = [:],
        in directory: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable(program))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let (out, err) = try ProcessStart.serialized {
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            return (out, err)
        }
        // Standard error is read on another thread while standard output is read here: read one after the
        // other, a command that fills the error pipe (thousands of diagnostics) would wait forever.
        let errorRead = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: errorRead) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
            out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }
}
