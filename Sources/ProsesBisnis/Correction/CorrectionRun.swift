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
        original.findings.contains { $0.rule == "table.unreadable" }
            && original.proses.isEmpty && original.subProses.isEmpty && original.tabelLintasFungsi.isEmpty
    }
}

/// What a correction did, for the terminal summary and the exit status.
public struct CorrectionOutcome: Sendable {
    /// The corrected submissions checked again (region analysis included): what is left.
    public var report: CheckReport
    public var submissions: [CorrectedSubmission]
    /// Every changed cell of every submission, in submission order.
    public var changes: [CellChange]
    /// How many of `changes` belong to each submission.
    public var changeCounts: [Int]
    /// Output paths of the corrected workbooks, relative to the output folder, per submission
    /// (nil for an unreadable one, which is not written).
    public var workbooks: [String?]
}

/// The pipeline `fix` and `recode` share: read every submission under a root, correct each in
/// memory, check the result again (so the corrected workbook marks what is left), then write
/// `<out>/<region>/<opd>.xlsx` (validated-workbook layout, each file atomically) and the
/// change log. Nothing is written on a dry run, and never into the root.
public struct CorrectionRun: Sendable {
    public var jobs: Int
    public var language: Language
    public var dryRun: Bool
    /// Called from any thread as files are read, then again as workbooks are written: (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, language: Language = .id, dryRun: Bool = false,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = jobs
        self.language = language
        self.dryRun = dryRun
        self.progress = progress
    }

    /// Reads and recognises every submission under `root`, in path order, after making sure
    /// that `out` is not inside it (so a long read does not end in a refusal).
    public func load(root: String, out: String) throws -> [Submission] {
        try OutputFolder.refuseInsideRoot(root: root, out: out)
        let sources = try SubmissionSource.discover(root: root)
        return parallelMap(sources, reportingProgress: true) { loader, source in loader.load(source) }
    }

    /// Corrects each submission with `correct` (in parallel).
    public func correct(_ submissions: [Submission],
                        _ correct: @escaping @Sendable (Submission) -> (submission: Submission, edits: [CellEdit])) -> [CorrectedSubmission] {
        parallelMap(submissions) { _, submission in
            let (corrected, edits) = correct(submission)
            return CorrectedSubmission(original: submission, corrected: corrected, edits: edits)
        }
    }

    /// Checks the corrected submissions again and, unless this is a dry run, writes them and
    /// the change log into `out`.
    public func finish(_ corrected: [CorrectedSubmission], root: String, out: String) throws -> CorrectionOutcome {
        try OutputFolder.refuseInsideRoot(root: root, out: out)
        let checked = parallelMap(corrected) { _, item in RuleCatalogue.checkWithStyle(item.corrected) }
        let (summaries, regions) = RegionAnalysis.analyse(checked.map(SubmissionSummary.init))
        var items = corrected
        for index in items.indices { items[index].corrected.findings = summaries[index].findings }
        let perSubmission = items.map { ChangeLog.changes($0.edits, in: $0.original) }
        let changes = perSubmission.flatMap { $0 }
        let readable = items.indices.filter { !items[$0].isUnreadable }
        let paths = OutputFolder.workbookPaths(readable.map { items[$0].corrected })
        var workbooks: [String?] = Array(repeating: nil, count: items.count)
        for (index, path) in zip(readable, paths) { workbooks[index] = path }
        if !dryRun {
            try OutputFolder.prepare(root: root, out: out)
            try write(items, styles: checked.map(\.codeStyle), workbooks: workbooks, out: out)
            try AtomicWrite.data(Data(ChangeLog.csv(changes).utf8), to: (out as NSString).appendingPathComponent(ChangeLog.csvName))
            try AtomicWrite.data(Data(ChangeLog.json(changes, root: root).utf8), to: (out as NSString).appendingPathComponent(ChangeLog.jsonName))
        }
        return CorrectionOutcome(report: CheckReport(root: root, submissions: summaries, regions: regions),
                                 submissions: items, changes: changes, changeCounts: perSubmission.map(\.count), workbooks: workbooks)
    }

    private func write(_ items: [CorrectedSubmission], styles: [String?], workbooks: [String?], out: String) throws {
        let failure = FirstError()
        let next = WorkCounter(), done = WorkCounter()
        let language = self.language, progress = self.progress
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in
            while let index = next.take(below: items.count) {
                guard let relative = workbooks[index] else { continue }
                let path = (out as NSString).appendingPathComponent(relative)
                do {
                    try ValidatedWorkbook.write(items[index].corrected, codeStyle: styles[index], to: path, language: language)
                } catch {
                    failure.record(ConsolidateError.cannotWrite(path, reason: "\(error)"))
                }
                progress?(done.finish(), items.count)
            }
        }
        if let error = failure.error { throw error }
    }

    /// `transform` over `items` on up to `jobs` threads, results in input order; each worker
    /// has its own loader (readers keep buffers).
    private func parallelMap<Input: Sendable, Output: Sendable>(
        _ items: [Input], reportingProgress: Bool = false, _ transform: @escaping @Sendable (SubmissionLoader, Input) -> Output
    ) -> [Output] {
        let results = ResultSlots<Output>(count: items.count)
        let next = WorkCounter(), done = WorkCounter()
        let progress = reportingProgress ? self.progress : nil
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in
            let loader = SubmissionLoader()
            while let index = next.take(below: items.count) {
                results.set(index, transform(loader, items[index]))
                progress?(done.finish(), items.count)
            }
        }
        return results.values
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
