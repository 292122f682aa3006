import Dispatch
import Foundation

/// The `check` pipeline from root folder to report: the batch (`SubmissionBatch`) with a
/// consumer that hands each region's summaries and findings to the report as it comes, so that
/// a province's check holds one region's findings at a time, not all of them.
public struct CheckRun {
    public var jobs: Int
    /// Called after each submission, from worker threads: (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = jobs
        self.progress = progress
    }

    /// Checks `root` into `report`, region after region (see `CheckReportStream` for the order);
    /// the caller finishes the report, after one root or several.
    public func run(root: String, into report: CheckReportStream) throws {
        let sources = try SubmissionSource.discover(root: root)
        var batch = SubmissionBatch(sources: sources, jobs: jobs, progress: progress)
        batch.keepsTables = false
        try batch.run { region in
            try report.add(region.members.map(\.summary), regions: region.reports)
        }
    }

    /// The whole report in memory: for small batches (tests, `fix`, the web service).
    public func run(root: String) throws -> CheckReport {
        let collector = CheckReportCollector(root: root)
        let report = CheckReportStream([collector])
        try run(root: root, into: report)
        try report.finish()
        return collector.report!
    }
}
