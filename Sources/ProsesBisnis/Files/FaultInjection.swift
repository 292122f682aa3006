import Foundation

/// Faults the tests ask for through the environment, to prove that a kill or a full disk at a
/// given point loses nothing. Unset (always, for users) they cost one comparison.
///
/// - `PROBIS_FAULT_KILL=<point>[:<n>]`: the process kills itself (SIGKILL, as `kill -9`) the
///   n-th time (default: first) it reaches `point`.
/// - `PROBIS_FAULT_WRITE=<text>`: writing a file whose path contains `text` fails as on a full disk.
public enum FaultInjection {
    public enum KillPoint: String, Sendable {
        /// A file is complete under its temporary name, not yet renamed.
        case beforeRename
        /// A region's submissions are saved in the database, its workbooks not yet written.
        case afterStore
        /// Every region is written, REKAP is about to be closed.
        case beforeRekapClose
        /// Every workbook of `fix` is written, the change log not yet.
        case beforeChangeLog
    }

    private static let kill: (point: String, count: Int)? = {
        guard let value = ProcessInfo.processInfo.environment["PROBIS_FAULT_KILL"], !value.isEmpty else { return nil }
        let parts = value.split(separator: ":", maxSplits: 1)
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }()

    private static let failingWrite: String? = {
        let value = ProcessInfo.processInfo.environment["PROBIS_FAULT_WRITE"]
        return value?.isEmpty == false ? value : nil
    }()

    private static let counter = Counter()

    /// Kills the process when the environment asks for it at this point.
    public static func killIfAsked(_ point: KillPoint, path: String = "") {
        guard let kill, kill.point == point.rawValue else { return }
        if counter.next() >= kill.count { Foundation.kill(getpid(), SIGKILL) }
    }

    /// Throws a full-disk failure when the environment asks for it on this path.
    static func failWriteIfAsked(_ path: String) throws {
        guard let failingWrite, path.contains(failingWrite) else { return }
        throw OutputError.cannotWrite(path, cause: .diskFull)
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
