import Dispatch
import Foundation

/// The `check` pipeline from root folder to report: the batch (`SubmissionBatch`) with a
/// consumer that keeps each submission's summary and each region's findings.
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
        var summaries: [SubmissionSummary] = []
        var regions: [CheckReport.Region] = []
        var batch = SubmissionBatch(sources: sources, jobs: jobs, progress: progress)
        batch.keepsTables = false
        try batch.run { region in
            summaries += region.members.map(\.summary)
            regions += region.reports
        }
        // The report lists submissions in path order and regions in name order, whichever
        // order the batch handed them in.
        return CheckReport(root: root, submissions: summaries.sorted { $0.path < $1.path },
                           regions: regions.sorted { $0.name < $1.name })
    }
}
