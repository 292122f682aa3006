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
