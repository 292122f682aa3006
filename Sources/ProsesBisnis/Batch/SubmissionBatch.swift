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
    /// False when the consumer needs only the summaries (`check`): each submission's tables
    /// are let go on the worker that read them, as soon as its summary is made.
    public var keepsTables = true

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

    /// How a submission comes in: `reuse` is asked first (a copy kept from an earlier run:
    /// consolidate's database), else `read` returns it checked; both run on any core, `read`
    /// with the worker's own loader. `consume` runs on the calling thread, region after region,
    /// while the workers already read the next region: no core waits at a region's end.
    public func run<Extra: Sendable>(
        reuse: @escaping @Sendable (SubmissionSource) throws -> (CheckedSubmission, Extra)? = { _ in nil },
        read: @escaping @Sendable (SubmissionSource, SubmissionLoader) -> (CheckedSubmission, Extra),
        region consume: (Region<Extra>) throws -> Void
    ) throws {
        let byFolder = Dictionary(grouping: sources.indices, by: { sources[$0].placedRegion })
        let done = WorkCounter()
        // Files that only their titles place are read first: they decide which regions exist.
        let first = Pipeline(sources: sources, groups: [byFolder[nil] ?? []], jobs: jobs, progress: progress,
                             total: sources.count, done: done, keepsTables: keepsTables, reuse: reuse, read: read)
        var unplaced: [Member<Extra>] = []
        try first.run { _, members in unplaced = members }
        let pending = Dictionary(grouping: unplaced, by: { $0.checked.submission.region })
        let names = Set(byFolder.keys.compactMap { $0 }).union(pending.keys).sorted()
        let pipeline = Pipeline(sources: sources, groups: names.map { byFolder[$0] ?? [] }, jobs: jobs, progress: progress,
                                total: sources.count, done: done, keepsTables: keepsTables, reuse: reuse, read: read)
        try pipeline.run { group, members in
            let name = names[group]
            let all = (members + (pending[name] ?? [])).sorted { $0.source.path < $1.source.path }
            try consume(Self.analysed(name, all))
        }
    }

    /// The region rules over one region's members, their findings attached to each.
    private static func analysed<Extra>(_ name: String, _ members: [Member<Extra>]) -> Region<Extra> {
        let found = RegionAnalysis.findings(members.map(\.summary))
        var attached = members
        for index in attached.indices where found.concerns(attached[index].summary.path) {
            attached[index].summary = found.attached(to: attached[index].summary)
            // A summary's findings are its submission's (`SubmissionSummary.init`): the merged
            // and sorted list is shared, not sorted a second time.
            attached[index].checked.submission.findings = attached[index].summary.findings
        }
        return Region(name: name, members: attached, reports: found.regions)
    }
}

/// Groups of sources read on `jobs` worker threads in group order, each group handed, once
/// whole, to a consumer on the calling thread. Workers run at most `lookahead` groups ahead
/// of the consumer, so memory holds a few regions at most.
private final class Pipeline<Extra: Sendable>: @unchecked Sendable {
    typealias Member = SubmissionBatch.Member<Extra>
    private let sources: [SubmissionSource]
    private let groups: [[Int]]
    /// Work items in order: (group, source index).
    private let work: [(group: Int, source: Int)]
    private let jobs: Int
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let total: Int
    private let done: WorkCounter
    private let keepsTables: Bool
    private let reuse: @Sendable (SubmissionSource) throws -> (CheckedSubmission, Extra)?
    private let read: @Sendable (SubmissionSource, SubmissionLoader) -> (CheckedSubmission, Extra)
    private static var lookahead: Int { 1 }

    private let condition = NSCondition()
    private var next = 0
    private var remaining: [Int]
    /// Members read and not yet consumed, by work item: a few regions' worth, whatever the
    /// number of sources (an array of optional members for every source took ~1 KB each).
    private var slots: [Int: Member] = [:]
    /// The group the consumer is on: workers take no item of a group past it + lookahead.
    private var consuming = 0
    private var failure: Error?
    private var stopped = false

    init(sources: [SubmissionSource], groups: [[Int]], jobs: Int, progress: (@Sendable (Int, Int) -> Void)?, total: Int,
         done: WorkCounter, keepsTables: Bool, reuse: @escaping @Sendable (SubmissionSource) throws -> (CheckedSubmission, Extra)?,
         read: @escaping @Sendable (SubmissionSource, SubmissionLoader) -> (CheckedSubmission, Extra)) {
        self.sources = sources
        self.groups = groups
        work = groups.enumerated().flatMap { group, indices in indices.map { (group, $0) } }
        self.jobs = max(1, jobs)
        self.progress = progress
        self.total = total
        self.done = done
        self.keepsTables = keepsTables
        self.reuse = reuse
        self.read = read
        remaining = groups.map(\.count)
    }

    func run(_ consume: (Int, [Member]) throws -> Void) throws {
        let workers = DispatchGroup()
        for _ in 0..<min(jobs, max(1, work.count)) {
            DispatchQueue.global().async(group: workers) { self.workerLoop() }
        }
        var offset = 0
        do {
            for group in groups.indices {
                let range = offset..<(offset + groups[group].count)
                offset = range.upperBound
                condition.lock()
                while remaining[group] > 0, failure == nil { condition.wait() }
                if let failure { condition.unlock(); throw failure }
                let members = range.map { slots.removeValue(forKey: $0)! }
                consuming = group + 1
                condition.broadcast()
                condition.unlock()
                try consume(group, members)
            }
        } catch {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
            workers.wait()
            throw error
        }
        workers.wait()
    }

    private func workerLoop() {
        let loader = SubmissionLoader()
        while true {
            condition.lock()
            while !stopped, failure == nil, next < work.count, work[next].group > consuming + Self.lookahead { condition.wait() }
            guard !stopped, failure == nil, next < work.count else { condition.unlock(); return }
            let item = next
            next += 1
            condition.unlock()
            let source = sources[work[item].source]
            let member: Member
            do {
                var (checked, extra) = try reuse(source) ?? read(source, loader)
                let summary = SubmissionSummary(checked)
                if !keepsTables { checked.submission = checked.submission.withoutData }
                member = Member(source: source, checked: checked, summary: summary, extra: extra)
            } catch {
                condition.lock()
                if failure == nil { failure = error }
                condition.broadcast()
                condition.unlock()
                return
            }
            progress?(done.finish(), total)
            condition.lock()
            slots[item] = member
            remaining[work[item].group] -= 1
            condition.broadcast()
            condition.unlock()
        }
    }
}

extension SubmissionBatch {
    /// The usual batch: every submission read from its files and checked with every rule.
    public func run(region consume: (Region<Void>) throws -> Void) throws {
        try run(read: { source, loader in (RuleCatalogue.checkWithStyle(loader.load(source)), ()) }, region: consume)
    }
}
