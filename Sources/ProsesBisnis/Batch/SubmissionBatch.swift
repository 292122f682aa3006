import Dispatch
import Foundation

/// The one batch loop of every command that reads submissions (`check`, `consolidate`, `peta`,
/// `fix`): group the discovered sources by region, read and check each region's submissions on
/// all cores, run the region rules over them, and hand the region, its findings attached where
/// they belong, to the command's consumer — regions in name order, one at a time, so memory
/// holds one region's submissions. Files whose folder names no region (at the root, or in a
/// folder such as `Email/`) learn theirs from their titles: they are read first and join their
/// region when its turn comes.
public struct SubmissionBatch: Sendable {
    public let sources: [SubmissionSource]
    public var jobs: Int
    /// Called after each submission, from any thread: (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(sources: [SubmissionSource], jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.sources = sources
        self.jobs = jobs
        self.progress = progress
    }

    /// One submission of a region, checked, and what the command keeps beside it.
    public struct Member<Extra: Sendable>: Sendable {
        public var source: SubmissionSource
        /// The checked submission, the region's findings about it included.
        public var checked: CheckedSubmission
        /// Its summary after the region rules (a copy of another submission counts nothing).
        public var summary: SubmissionSummary
        public var extra: Extra

        public var submission: Submission { checked.submission }
    }

    /// A region handed to the consumer: its members in path order and the region's own findings.
    public struct Region<Extra: Sendable>: Sendable {
        /// The region the sources were grouped under.
        public var name: String
        public var members: [Member<Extra>]
        /// The region rules' findings about the region as a whole; more than one region when
        /// files of a folder name other regions in their titles.
        public var reports: [CheckReport.Region]
    }

    /// How a submission comes in: `reuse` is asked first, in order on the calling thread (a
    /// copy kept from an earlier run: consolidate's database); else `read` runs on any core with
    /// the worker's own loader and returns the checked submission.
    public func run<Extra: Sendable>(
        reuse: (SubmissionSource) throws -> (CheckedSubmission, Extra)? = { _ in nil },
        read: @escaping @Sendable (SubmissionSource, SubmissionLoader) -> (CheckedSubmission, Extra),
        region consume: (Region<Extra>) throws -> Void
    ) throws {
        let done = WorkCounter()
        let byFolder = Dictionary(grouping: sources.indices, by: { sources[$0].placedRegion })
        let unplaced = try gather((byFolder[nil] ?? []).map { sources[$0] }, reuse: reuse, read: read, done: done)
        let pending = Dictionary(grouping: unplaced, by: { $0.checked.submission.region })
        for name in Set(byFolder.keys.compactMap { $0 }).union(pending.keys).sorted() {
            let gathered = try gather((byFolder[name] ?? []).map { sources[$0] }, reuse: reuse, read: read, done: done)
            let members = (gathered + (pending[name] ?? [])).sorted { $0.source.path < $1.source.path }
            try consume(Self.analysed(name, members))
        }
    }

    /// The region rules over one region's members, their findings attached to each.
    private static func analysed<Extra>(_ name: String, _ members: [Member<Extra>]) -> Region<Extra> {
        let found = RegionAnalysis.findings(members.map(\.summary))
        var attached = members
        for index in attached.indices where found.concerns(attached[index].summary.path) {
            attached[index].summary = found.attached(to: attached[index].summary)
            attached[index].checked.submission = found.attached(to: attached[index].checked.submission)
        }
        return Region(name: name, members: attached, reports: found.regions)
    }

    /// `sources` reused or read (on all cores), in the order given.
    private func gather<Extra: Sendable>(
        _ sources: [SubmissionSource],
        reuse: (SubmissionSource) throws -> (CheckedSubmission, Extra)?,
        read: @escaping @Sendable (SubmissionSource, SubmissionLoader) -> (CheckedSubmission, Extra),
        done: WorkCounter
    ) throws -> [Member<Extra>] {
        var members: [Member<Extra>?] = Array(repeating: nil, count: sources.count)
        var fresh: [Int] = []
        for (index, source) in sources.enumerated() {
            if let (checked, extra) = try reuse(source) {
                members[index] = Member(source: source, checked: checked, summary: SubmissionSummary(checked), extra: extra)
                progress?(done.finish(), self.sources.count)
            } else {
                fresh.append(index)
            }
        }
        let toRead = fresh
        let results = ResultSlots<Member<Extra>>(count: toRead.count)
        let next = WorkCounter()
        let progress = self.progress, total = self.sources.count
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, toRead.count))) { _ in
            let loader = SubmissionLoader()
            while let slot = next.take(below: toRead.count) {
                let source = sources[toRead[slot]]
                let (checked, extra) = read(source, loader)
                results.set(slot, Member(source: source, checked: checked, summary: SubmissionSummary(checked), extra: extra))
                progress?(done.finish(), total)
            }
        }
        for (slot, member) in results.values.enumerated() { members[fresh[slot]] = member }
        return members.map { $0! }
    }
}

extension SubmissionBatch {
    /// The usual batch: every submission read from its files and checked with every rule.
    public func run(region consume: (Region<Void>) throws -> Void) throws {
        try run(read: { source, loader in (RuleCatalogue.checkWithStyle(loader.load(source)), ()) }, region: consume)
    }
}
