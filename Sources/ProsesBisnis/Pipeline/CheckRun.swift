import Dispatch
import Foundation

/// The `check` pipeline from root folder to report: discover submissions, read and recognise
/// each (in parallel, one reader per worker), run the rules, then the region-wide analysis.
public struct CheckRun {
    public var jobs: Int
    /// Called after each submission, from worker threads: (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = jobs
        self.progress = progress
    }

    public func run(root: String) throws -> CheckReport {
        let sources = try SubmissionSource.discover(root: root)
        let (submissions, regions) = RegionAnalysis.analyse(checkAll(sources))
        return CheckReport(root: root, submissions: submissions, regions: regions)
    }

    private func checkAll(_ sources: [SubmissionSource]) -> [SubmissionSummary] {
        let results = ResultSlots<SubmissionSummary>(count: sources.count)
        let next = WorkCounter()
        let workers = max(1, min(jobs, sources.count))
        let progress = self.progress
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let loader = SubmissionLoader()
            while let index = next.take(below: sources.count) {
                let submission = loader.load(sources[index])
                results.set(index, SubmissionSummary(RuleCatalogue.checkWithStyle(submission)))
                progress?(next.finish(), sources.count)
            }
        }
        return results.values
    }
}

/// A submission after the rules, with the code style they inferred.
public struct CheckedSubmission: Sendable {
    public var submission: Submission
    public var codeStyle: String?
    /// The comparison key of each code text the rules parsed, so later steps need not parse again.
    var codeKeys: [String: String] = [:]
}

/// Results written by index from parallel workers.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}

/// Hands out work indices and counts finished items, across threads.
public final class WorkCounter: @unchecked Sendable {
    private var nextIndex = 0
    private var finished = 0
    private let lock = NSLock()

    public init() {}

    /// The next index below `limit`, or nil when all have been handed out.
    public func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < limit else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// Counts one more finished item and returns the count.
    public func finish() -> Int {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        return finished
    }
}
