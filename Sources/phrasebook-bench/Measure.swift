import Foundation

/// Wall-clock timing, medians and peak memory for the benchmark.
enum Measure {
    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Runs `body` and returns its result with the seconds it took and the CPU seconds the process spent
    /// meanwhile (user and system, every thread): on a machine shared with other work, the CPU time of the same
    /// code moves less than its wall time.
    static func timeWithCPU<T>(_ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double) {
        let before = cpuSeconds()
        let (result, wall) = try time(body)
        return (result, wall, cpuSeconds() - before)
    }

    /// The CPU time the process has used so far, user and system, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            let who = RUSAGE_SELF.rawValue
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return .nan }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The median of `values` (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The process's peak resident set size in bytes (`VmHWM` of /proc/self/status); 0 when unavailable.
    static func peakResidentBytes() -> Int {
        statusField("VmHWM:")
    }

    /// The current resident set size in bytes (`VmRSS`).
    static func residentBytes() -> Int {
        statusField("VmRSS:")
    }

    /// Resets the peak (`VmHWM`) to the current resident size, so the next reading is the peak of what runs
    /// in between (Linux: writing 5 to /proc/self/clear_refs). False when the kernel refuses.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    private static func statusField(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes =
                line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
                ?? 0
            return kilobytes * 1024
        }
        return 0
    }

    /// Runs `executable` with `arguments`, output discarded; returns the wall time and the exit status.
    static func run(_ executable: String, _ arguments: [String]) throws -> (seconds: Double, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let (_, seconds) = try time {
            try process.run()
            process.waitUntilExit()
        }
        return (seconds, process.terminationStatus)
    }
}
