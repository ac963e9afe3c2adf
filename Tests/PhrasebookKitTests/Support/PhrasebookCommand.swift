import Foundation

/// The built `phrasebook` executable, run as a user would.
enum PhrasebookCommand {
    /// Runs the executable (next to the test bundle) and returns its status and output.
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var executable = bundle.appendingPathComponent("phrasebook")
        if !FileManager.default.fileExists(atPath: executable.path) {
            executable = URL(fileURLWithPath: TestPaths.repository + "/.build/debug/phrasebook")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}
