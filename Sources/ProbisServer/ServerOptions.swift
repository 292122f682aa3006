import Foundation
import Spreadsheet

/// How `probis serve` runs: where it listens, where it keeps jobs, and what it refuses.
public struct ServerOptions: Sendable {
    public var host = "127.0.0.1"
    /// 0 asks the system for a free port; the one bound is printed and passed to `ready`.
    public var port = 8080
    /// Jobs live in `DATA/jobs/<id>/`; nothing is written outside `DATA`.
    public var data: String
    /// The shared secret; required when `host` is not a loopback address.
    public var token: String?
    /// The language of the page when the browser asks for none.
    public var language: Language = .id
    public var limits = UploadLimits()
    /// Finished jobs older than this are deleted (seconds).
    public var retention: TimeInterval = 7 * 24 * 3600
    /// Jobs run at once; the others wait in a queue. One per core.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init(data: String) {
        self.data = data
    }

    /// True for `127.0.0.1` (and all of 127/8), `::1` and `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return lowered == "localhost" || lowered == "::1" || lowered.hasPrefix("127.")
    }

    /// Refuses options that would expose the data: a non-loopback host without a token.
    public func validate() throws(ServerError) {
        if !Self.isLoopback(host), (token ?? "").isEmpty { throw .tokenRequired(host: host) }
        if port < 0 || port > 65_535 { throw .badPort(port) }
    }
}

/// What one upload may be, checked before and while it is unpacked (zip bombs, zip slip).
public struct UploadLimits: Sendable {
    /// The uploaded `.zip` itself.
    public var maxUploadBytes = 256 << 20
    /// Entries in the ZIP's central directory (files and folders).
    public var maxEntries = 5_000
    /// Files written out of the ZIP.
    public var maxFiles = 2_000
    /// All entries inflated together.
    public var maxInflatedBytes = 1 << 30
    /// One entry inflated.
    public var maxEntryBytes = 256 << 20

    public init() {}
}
