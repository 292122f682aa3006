import Dispatch
import Foundation
import Spreadsheet

/// `probis peta`: the batch (`SubmissionBatch`: every submission under a root read and checked
/// as `check` does, region by region) with a consumer that draws each region into the map site.
public struct PetaRun {
    public var jobs: Int
    public var language: Language
    /// Write into an existing folder even when it holds files probis did not write.
    public var force = false
    /// Called after each submission, from worker threads: (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, language: Language = .id,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = jobs
        self.language = language
        self.progress = progress
    }

    /// What was written, for the terminal line and the exit status.
    public struct Result: Sendable {
        /// The path of `index.html`.
        public var index: String
        public var regions: Int
        public var submissions: Int
        public var hasErrors: Bool
    }

    public func run(root: String, out: String) throws -> Result {
        // The root is checked before anything is created: a typo makes no empty output folder.
        let sources = try SubmissionSource.discover(root: root)
        try OutputFolder.prepare(root: root, out: out, force: force)
        let session = try OutputSession(folder: out, command: "peta")
        var lines: [PetaSite.RegionLine] = []
        var hasErrors = false
        try SubmissionBatch(sources: sources, jobs: jobs, progress: progress).run { region in
            let summaries = region.members.map(\.summary)
            hasErrors = hasErrors || CheckReport(root: root, submissions: summaries, regions: region.reports).hasErrors
            for report in region.reports.sorted(by: { $0.name < $1.name }) {
                let members = region.members.filter { $0.summary.region == report.name }
                lines.append(try PetaSite.writeRegion(report.name, submissions: members.map(\.submission),
                                                      summaries: members.map(\.summary), regionFindings: report.findings,
                                                      into: out, language: language, jobs: jobs))
            }
        }
        try PetaSite.finish(lines, root: root, into: out, language: language)
        try session.complete()
        return Result(index: (out as NSString).appendingPathComponent("index.html"), regions: lines.count,
                      submissions: sources.count, hasErrors: hasErrors)
    }
}
