import Foundation
import Hummingbird
import Logging
import NIOCore

/// `probis serve`: a web page over the consolidation pipeline, on Hummingbird.
public enum ProbisServer {
    /// Runs until SIGINT or SIGTERM. `ready` receives the address and the port bound (the one
    /// the system chose when `options.port` is 0).
    public static func run(_ options: ServerOptions, ready: @escaping @Sendable (String, Int) -> Void) async throws {
        try options.validate()
        let store = try JobStore(options: options)
        await store.sweep()
        let routes = Routes(options: options, store: store)
        var logger = Logger(label: "probis")
        logger.logLevel = .warning
        let app = Application(
            router: routes.router(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "probis"),
            onServerRunning: { channel in ready(options.host, channel.localAddress?.port ?? options.port) },
            logger: logger)
        // Old jobs go while the server runs, not only when it starts.
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 3_600 * 1_000_000_000)
                await store.sweep()
            }
        }
        defer { sweeper.cancel() }
        try await app.runService()
    }

    /// Runs the server from synchronous code (the CLI), blocking the calling thread.
    public static func runBlocking(_ options: ServerOptions, ready: @escaping @Sendable (String, Int) -> Void) throws {
        let outcome = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await run(options, ready: ready) } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    private final class ResultBox: @unchecked Sendable {
        var error: Error?
    }
}
