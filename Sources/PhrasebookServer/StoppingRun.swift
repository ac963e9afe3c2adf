import Logging
import PhrasebookKit
import ServiceLifecycle
import UnixSignals

/// Runs the server's service group until it ends, or until a stop signal came and `grace` has passed without it
/// ending. Hummingbird stops gracefully: it waits for every open connection's request to finish, and a client
/// that never finishes one (an idle socket, half a header) would hold the stop up for ever, so that Ctrl-C did
/// nothing. After the grace the caller goes on (removes the preview folder, exits), and the connections close
/// with the process.
enum StoppingRun {
    static func run(_ service: any Service, signals: [UnixSignal], grace: Duration, logger: Logger) async throws {
        let pending = Locked<CheckedContinuation<Void, any Error>?>(nil)
        let finish: @Sendable (Result<Void, any Error>) -> Void = { result in
            pending.withLock { continuation in
                continuation?.resume(with: result)
                continuation = nil
            }
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [service], gracefulShutdownSignals: signals, logger: logger))
        let observer = Task {
            for await _ in await UnixSignalsSequence(trapping: signals) {
                try? await Task.sleep(for: grace)
                finish(.success(()))
                return
            }
        }
        defer { observer.cancel() }
        try await withCheckedThrowingContinuation { continuation in
            pending.withLock { $0 = continuation }
            Task {
                do {
                    try await group.run()
                    finish(.success(()))
                } catch {
                    finish(.failure(error))
                }
            }
        }
    }
}
