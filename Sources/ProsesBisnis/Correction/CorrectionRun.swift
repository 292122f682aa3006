import Dispatch
import Foundation
import Spreadsheet

/// One submission after a correction: as read, as corrected, and the cells that changed.
public struct CorrectedSubmission: Sendable {
    public var original: Submission
    public var corrected: Submission
    public var edits: [CellEdit]

    public init(original: Submission, corrected: Submission, edits: [CellEdit]) {
        self.original = original
        self.corrected = corrected
        self.edits = edits
    }

    /// Nothing of it could be read: there is nothing to correct or write.
    public var isUnreadable: Bool {
        original.findings.contains { $0.rule == RuleID.tableUnreadable }
            && original.proses.isEmpty && original.subProses.isEmpty && original.tabelLintasFungsi.isEmpty
    }
}

/// What a correction did, for the terminal summary and the exit status.
public struct CorrectionOutcome: Sendable {
    /// The corrected submissions checked again (region analysis included): what is left.
    public var report: CheckReport
    /// Every changed cell of every submission, in submission order.
    public var changes: [CellChange]
    /// How many of `changes` belong to each submission.
    public var changeCounts: [Int]
    /// Output paths of the corrected workbooks, relative to the output folder, per submission
    /// (nil for an unreadable one, which is not written).
    public var workbooks: [String?]
    /// Submissions nothing could be read from, with the reason: not corrected, not written.
    public var unreadable: [(path: String, reason: LocalizedText)]
}

/// The pipeline `fix` and `recode` share: read the submissions under a root, correct each in
/// memory, check the result again (so the corrected workbook marks what is left), then write
/// `<out>/<region>/<opd>.xlsx` (validated-workbook layout, each file atomically) and the
/// change log. Nothing is written on a dry run, and never into the root.
///
/// `fix` goes region by region (`run`), so memory holds one region at a time; `recode` must
/// see every submission before writing anything (a refused map writes nothing), so it loads
/// them all (`load`), plans, then `finish`es.
public struct CorrectionRun: Sendable {
    public var jobs: Int
    public var language: Language
    public var dryRun: Bool
    /// Write into an existing folder even when it holds files probis did not write.
    public var force = false
    /// The command's name, for the output folder's marker (`fix`, `recode`).
    public var command = "fix"
    /// Called from any thread as files are read: (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, language: Language = .id, dryRun: Bool = false,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = jobs
        self.language = language
        self.dryRun = dryRun
        self.progress = progress
    }

    public typealias Correction = @Sendable (Submission) -> (submission: Submission, edits: [CellEdit])

    /// Reads, corrects, checks and writes one region at a time (the batch, `SubmissionBatch`,
    /// with the correction applied to each submission before its check), then writes the
    /// change log.
    public func run(root: String, out: String, _ correct: @escaping Correction) throws -> CorrectionOutcome {
        try OutputFolder.refuseInsideRoot(root: root, out: out)
        let sources = try SubmissionSource.discover(root: root)
        let slots = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.path, $0) })
        var results = Results(count: sources.count)
        let session = try openSession(root: root, out: out)
        try SubmissionBatch(sources: sources, jobs: jobs, progress: progress).run(
            read: { source, loader in
                let original = loader.load(source)
                let (corrected, edits) = correct(original)
                return (RuleCatalogue.checkWithStyle(corrected), (original: original, edits: edits))
            },
            region: { region in
                let items = region.members.map {
                    CorrectedSubmission(original: $0.extra.original, corrected: $0.submission, edits: $0.extra.edits)
                }
                try record(items, summaries: region.members.map(\.summary), styles: region.members.map { $0.checked.codeStyle?.pattern },
                           regions: region.reports, at: region.members.map { slots[$0.source.path]! }, out: out, into: &results)
            })
        return try results.outcome(root: root, out: out, session: session)
    }

    /// Unless this is a dry run: the output folder checked, created and held until the end.
    private func openSession(root: String, out: String) throws -> OutputSession? {
        guard !dryRun else { return nil }
        try OutputFolder.prepare(root: root, out: out, force: force)
        return try OutputSession(folder: out, command: command)
    }

    /// Reads and recognises every submission under `root`, in path order, after making sure
    /// that `out` is not inside it (so a long read does not end in a refusal).
    public func load(root: String, out: String) throws -> [Submission] {
        try OutputFolder.refuseInsideRoot(root: root, out: out)
        let sources = try SubmissionSource.discover(root: root)
        return load(sources, Reading(total: sources.count, progress: progress))
    }

    /// Corrects each submission with `correct` (in parallel).
    public func correct(_ submissions: [Submission], _ correct: @escaping Correction) -> [CorrectedSubmission] {
        parallelMap(submissions) { _, submission in
            let (corrected, edits) = correct(submission)
            return CorrectedSubmission(original: submission, corrected: corrected, edits: edits)
        }
    }

    /// Checks the corrected submissions again (region rules among them: whole regions go
    /// together) and, unless this is a dry run, writes them and the change log into `out`.
    public func finish(_ corrected: [CorrectedSubmission], root: String, out: String) throws -> CorrectionOutcome {
        try OutputFolder.refuseInsideRoot(root: root, out: out)
        let session = try openSession(root: root, out: out)
        var results = Results(count: corrected.count)
        let checked = parallelMap(corrected) { _, item in RuleCatalogue.checkWithStyle(item.corrected) }
        let found = RegionAnalysis.findings(checked.map(SubmissionSummary.init))
        let items = zip(corrected, checked).map { item, checked in
            CorrectedSubmission(original: item.original, corrected: found.attached(to: checked.submission), edits: item.edits)
        }
        try record(items, summaries: checked.map { found.attached(to: SubmissionSummary($0)) }, styles: checked.map { $0.codeStyle?.pattern },
                   regions: found.regions, at: Array(corrected.indices), out: out, into: &results)
        return try results.outcome(root: root, out: out, session: session)
    }

    /// Writes checked corrections (region findings attached) unless this is a dry run, and
    /// records them at `slots`.
    private func record(_ items: [CorrectedSubmission], summaries: [SubmissionSummary], styles: [String?],
                        regions: [CheckReport.Region], at slots: [Int], out: String, into results: inout Results) throws {
        var workbooks: [String?] = Array(repeating: nil, count: items.count)
        for index in items.indices where !items[index].isUnreadable {
            workbooks[index] = results.workbookPath(for: items[index].corrected)
        }
        if !dryRun { try write(items, styles: styles, workbooks: workbooks, out: out) }
        results.regions += regions
        for (index, slot) in slots.enumerated() {
            results.summaries[slot] = summaries[index]
            results.changes[slot] = ChangeLog.changes(items[index].edits, in: items[index].original)
            results.workbooks[slot] = workbooks[index]
            if items[index].isUnreadable {
                let reason = items[index].original.findings.first { $0.rule == RuleID.tableUnreadable }?.message
                results.unreadable.append((slot, items[index].original.path, reason ?? LocalizedText(id: "", en: "")))
            }
        }
    }

    private func write(_ items: [CorrectedSubmission], styles: [String?], workbooks: [String?], out: String) throws {
        let failure = FirstError()
        let next = WorkCounter()
        let language = self.language
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in
            while let index = next.take(below: items.count) {
                guard let relative = workbooks[index] else { continue }
                let path = (out as NSString).appendingPathComponent(relative)
                do {
                    try ValidatedWorkbook.write(items[index].corrected, codeStyle: styles[index], to: path, language: language)
                } catch {
                    failure.record(error)
                }
            }
        }
        if let error = failure.error { throw error }
    }

    private func load(_ sources: [SubmissionSource], _ reading: Reading) -> [Submission] {
        parallelMap(sources) { loader, source in
            let submission = loader.load(source)
            reading.advance()
            return submission
        }
    }

    /// `transform` over `items` on up to `jobs` threads, results in input order; each worker
    /// has its own loader (readers keep buffers).
    private func parallelMap<Input: Sendable, Output: Sendable>(
        _ items: [Input], _ transform: @escaping @Sendable (SubmissionLoader, Input) -> Output
    ) -> [Output] {
        let results = ResultSlots<Output>(count: items.count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in
            let loader = SubmissionLoader()
            while let index = next.take(below: items.count) {
                results.set(index, transform(loader, items[index]))
            }
        }
        return results.values
    }
}

/// Files read so far over all regions, for the progress callback.
private struct Reading: Sendable {
    let total: Int
    let progress: (@Sendable (Int, Int) -> Void)?
    let done = WorkCounter()

    func advance() { progress?(done.finish(), total) }
}

/// What a run gathers, submission by submission (slots in discovery order), region by region.
private struct Results {
    var summaries: [SubmissionSummary?]
    var regions: [CheckReport.Region] = []
    var changes: [[CellChange]]
    var workbooks: [String?]
    var unreadable: [(slot: Int, path: String, reason: LocalizedText)] = []
    /// Output names taken so far (lowercased), so that two submissions never share a file.
    var usedNames: Set<String> = []

    init(count: Int) {
        summaries = Array(repeating: nil, count: count)
        changes = Array(repeating: [], count: count)
        workbooks = Array(repeating: nil, count: count)
    }

    mutating func workbookPath(for submission: Submission) -> String {
        OutputFolder.workbookPath(for: submission, taken: &usedNames)
    }

    /// The outcome, after writing the change log and marking the folder complete when a
    /// session holds it (not on a dry run).
    func outcome(root: String, out: String, session: OutputSession?) throws -> CorrectionOutcome {
        let all = changes.flatMap { $0 }
        if let session {
            FaultInjection.killIfAsked(.beforeChangeLog)
            try AtomicFile.write(Data(ChangeLog.csv(all).utf8), to: (out as NSString).appendingPathComponent(ChangeLog.csvName))
            try AtomicFile.write(Data(ChangeLog.json(all, root: root).utf8), to: (out as NSString).appendingPathComponent(ChangeLog.jsonName))
            try session.complete()
        }
        let report = CheckReport(root: root, submissions: summaries.compactMap { $0 }, regions: regions.sorted { $0.name < $1.name })
        return CorrectionOutcome(report: report, changes: all, changeCounts: changes.map(\.count), workbooks: workbooks,
                                 unreadable: unreadable.sorted { $0.slot < $1.slot }.map { ($0.path, $0.reason) })
    }
}

/// The first error thrown by parallel workers.
private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: Error?

    func record(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }
}
