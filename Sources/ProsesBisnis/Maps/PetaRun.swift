import Dispatch
import Foundation
import Spreadsheet

/// `probis peta`: reads and checks every submission under a root (the rules of `check`),
/// analyses each region, and writes the map site into an output folder outside the root.
///
/// Work goes region by region, as in `consolidate`, so that memory holds one region's
/// submissions at a time: files at the root, whose region only their titles tell, are read
/// first and join their region when its turn comes.
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
        let done = WorkCounter()
        let byFolder = Dictionary(grouping: sources.indices, by: { sources[$0].placedRegion })
        let unplaced = check((byFolder[nil] ?? []).map { sources[$0] }, done: done, total: sources.count)
        let pending = Dictionary(grouping: unplaced, by: { $0.submission.region })
        var lines: [PetaSite.RegionLine] = []
        var hasErrors = false
        for name in Set(byFolder.keys.compactMap { $0 }).union(pending.keys).sorted() {
            let checked = check((byFolder[name] ?? []).map { sources[$0] }, done: done, total: sources.count) + (pending[name] ?? [])
            var members = checked.sorted { $0.submission.path < $1.submission.path }
            let (summaries, regions) = RegionAnalysis.analyse(members.map { SubmissionSummary($0) })
            for index in members.indices { members[index].submission.findings = summaries[index].findings }
            hasErrors = hasErrors || CheckReport(root: root, submissions: summaries, regions: regions).hasErrors
            for region in regions.sorted(by: { $0.name < $1.name }) {
                let indices = members.indices.filter { summaries[$0].region == region.name }
                lines.append(try PetaSite.writeRegion(region.name, submissions: indices.map { members[$0].submission },
                                                      summaries: indices.map { summaries[$0] }, regionFindings: region.findings,
                                                      into: out, language: language, jobs: jobs))
            }
        }
        try PetaSite.finish(lines, root: root, into: out, language: language)
        try session.complete()
        return Result(index: (out as NSString).appendingPathComponent("index.html"), regions: lines.count,
                      submissions: sources.count, hasErrors: hasErrors)
    }

    /// Reads and checks `sources` on all cores.
    private func check(_ sources: [SubmissionSource], done: WorkCounter, total: Int) -> [CheckedSubmission] {
        let results = ResultSlots<CheckedSubmission>(count: sources.count)
        let next = WorkCounter()
        let progress = self.progress
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, sources.count))) { _ in
            let loader = SubmissionLoader()
            while let index = next.take(below: sources.count) {
                results.set(index, RuleCatalogue.checkWithStyle(loader.load(sources[index])))
                progress?(done.finish(), total)
            }
        }
        return results.values
    }
}
