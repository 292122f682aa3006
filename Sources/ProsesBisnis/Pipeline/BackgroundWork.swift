import Dispatch
import Foundation

/// The writing side of consolidation, run beside the reading side: the database on one serial
/// queue (one SQLite connection, one thread), REKAP on another (its rows must stay in region
/// order), the workbooks of a region on a concurrent queue, and what is left for the end on
/// one more serial queue. At most `regionsInFlight`
/// regions are being written, so memory stays bounded while both cores stay busy.
final class BackgroundWork: @unchecked Sendable {
    let storeQueue = DispatchQueue(label: "probis.consolidate.store")
    let rekapQueue = DispatchQueue(label: "probis.consolidate.rekap")
    let writers = DispatchQueue(label: "probis.consolidate.writers", attributes: .concurrent)
    /// One thread for the work left beside REKAP's close, so that the close keeps a core.
    let tailQueue = DispatchQueue(label: "probis.consolidate.tail")
    private var inFlight: [DispatchGroup] = []
    /// Three regions of ~40 workbooks each stay well under the memory target (500 MB for a
    /// province) while the reading side never waits for the writing side without need.
    static let regionsInFlight = 3
    private var failure: Error?
    private var syncStarted = false
    private let lock = NSLock()

    /// Records the first failure of any background task.
    func fail(_ error: Error) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// Throws the first failure recorded so far.
    func check() throws {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
    }

    /// Runs `body` on `queue` within `group`, recording a thrown error.
    func run(on queue: DispatchQueue, in group: DispatchGroup, _ body: @escaping @Sendable () throws -> Void) {
        queue.async(group: group) { [self] in
            // After a failure the run is over: queued work would only fail again (and
            // libxlsxwriter print its own lines for each on a full disk).
            do { try check(); try body() } catch { fail(error) }
        }
    }

    /// Runs `body` on `queue` outside any region's group: `finish` waits for it all the same.
    func run(on queue: DispatchQueue, _ body: @escaping @Sendable () throws -> Void) {
        run(on: queue, in: DispatchGroup(), body)
    }

    /// Starts `syncfs` of the output's file system once, on a thread of its own. The first of
    /// the run's last two long tasks to end (REKAP's close, the held-back workbooks) calls it,
    /// so that the pages still dirty (a gigabyte or more with the map site) are written while
    /// the other task runs, not after it with both cores waiting. The run's own sync still
    /// follows and reports any error.
    func startSyncing(_ folder: String) {
        lock.lock()
        let first = !syncStarted
        syncStarted = true
        lock.unlock()
        guard first else { return }
        Thread.detachNewThread { try? AtomicFile.syncFileSystem(containing: folder) }
    }

    /// Records a region's writing, first waiting for the oldest when too many are in flight.
    func regionStarted(_ group: DispatchGroup) {
        if inFlight.count >= Self.regionsInFlight { inFlight.removeFirst().wait() }
        inFlight.append(group)
    }

    /// Waits for everything, then throws the first failure.
    func finish() throws {
        inFlight.forEach { $0.wait() }
        storeQueue.sync {}
        rekapQueue.sync {}
        writers.sync(flags: .barrier) {}
        tailQueue.sync {}
        try check()
    }
}

/// Hands a value that is only ever used by one thread at a time to a background task.
struct Handed<Value>: @unchecked Sendable {
    let value: Value
}
