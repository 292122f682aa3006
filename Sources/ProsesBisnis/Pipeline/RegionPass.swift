import Dispatch
import Foundation
import Spreadsheet

/// One consolidation pass over the regions, in name order: check or load each region's
/// submissions, analyse the region, store what changed, write its workbooks, and append it to
/// the whole-root summary workbook.
struct RegionPass {
    let run: ConsolidateRun
    let store: ProbisStore
    let root: String
    let out: String
    let total: Int
    private var rekap: RegionalWorkbookWriter?
    private var summaries: [SubmissionSummary] = []
    private var regionReports: [CheckReport.Region] = []
    private var lines: [RegionSummaryLine] = []
    private var outputs: [String] = []
    private var reread = 0
    private let done = WorkCounter()
    /// Write every workbook even when its submission did not change.
    var rewriteAll = false
    /// Outputs of the previous run, so that files of removed submissions can be deleted.
    var previousOutputs: [String] = []

    init(run: ConsolidateRun, store: ProbisStore, root: String, out: String, total: Int) {
        self.run = run
        self.store = store
        self.root = root
        self.out = out
        self.total = total
    }

    /// A submission as this pass holds it.
    struct Member {
        var source: SubmissionSource
        var hash: String
        var submission: Submission
        var codeStyle: String?
        var codeKeys: [String: String]
        /// Read from its file in this run (else loaded from the database).
        var isFresh: Bool
        /// The findings stored for it before this run (nil when fresh).
        var storedFindings: [Finding]?
    }

    mutating func process(_ sources: [SubmissionSource], hashes: [String]) throws {
        rekap = try RegionalWorkbookWriter(path: path(ConsolidateRun.summaryName), title: "REKAP", language: run.language)
        // The folder names most regions before anything is read; files at the root learn
        // theirs from their title rows, so they are read first and join their region later.
        let byFolder = Dictionary(grouping: sources.indices, by: { sources[$0].region })
        let unplaced = try gather((byFolder[nil] ?? []).map { (sources[$0], hashes[$0]) })
        let pending = Dictionary(grouping: unplaced, by: { $0.submission.region })
        let regions = Set(byFolder.keys.compactMap { $0 }).union(pending.keys).sorted()
        for region in regions {
            let members = try gather((byFolder[region] ?? []).map { (sources[$0], hashes[$0]) }) + (pending[region] ?? [])
            try processRegion(region, members.sorted { $0.source.path < $1.source.path })
        }
    }

    /// Submissions fresh from their files when their hash changed, else from the database.
    /// Fresh ones are checked on all cores.
    private mutating func gather(_ items: [(source: SubmissionSource, hash: String)]) throws -> [Member] {
        var members: [Int: Member] = [:]
        var fresh: [Int] = []
        for (index, item) in items.enumerated() {
            if try store.storedHash(forPath: item.source.path) == item.hash, let loaded = try store.load(path: item.source.path) {
                var submission = loaded.submission
                let previous = submission.findings
                submission.findings.removeAll { $0.rule == RegionAnalysis.collisionRule }
                members[index] = Member(source: item.source, hash: item.hash, submission: submission, codeStyle: loaded.codeStyle,
                                        codeKeys: [:], isFresh: false, storedFindings: previous)
                run.progress?(done.finish(), total)
            } else {
                fresh.append(index)
            }
        }
        let checked = check(fresh.map { items[$0].source })
        reread += fresh.count
        for (slot, index) in fresh.enumerated() {
            members[index] = Member(source: items[index].source, hash: items[index].hash, submission: checked[slot].submission,
                                    codeStyle: checked[slot].codeStyle, codeKeys: checked[slot].codeKeys, isFresh: true, storedFindings: nil)
        }
        return items.indices.map { members[$0]! }
    }

    private func check(_ sources: [SubmissionSource]) -> [CheckedSubmission] {
        let results = ResultSlots<CheckedSubmission>(count: sources.count)
        let next = WorkCounter()
        let progress = run.progress, done = self.done, total = self.total
        DispatchQueue.concurrentPerform(iterations: max(1, min(run.jobs, sources.count))) { _ in
            let loader = SubmissionLoader()
            while let index = next.take(below: sources.count) {
                results.set(index, RuleCatalogue.checkWithStyle(loader.load(sources[index])))
                progress?(done.finish(), total)
            }
        }
        return results.values
    }

    func path(_ relative: String) -> String { (out as NSString).appendingPathComponent(relative) }
}

extension RegionPass {
    /// One region: analyse it, store what changed, write its validated workbooks and its
    /// regional workbook, and append it to REKAP.
    mutating func processRegion(_ region: String, _ input: [Member]) throws {
        var members = input
        let checked = members.map { SubmissionSummary(CheckedSubmission(submission: $0.submission, codeStyle: $0.codeStyle, codeKeys: $0.codeKeys)) }
        let (analysed, reports) = RegionAnalysis.analyse(checked)
        for index in members.indices { members[index].submission.findings = analysed[index].findings }
        // Unchanged submissions whose findings stayed the same keep their stored rows and files.
        let changed = members.map { rewriteAll || $0.isFresh || $0.storedFindings != $0.submission.findings }
        for (member, isChanged) in zip(members, changed) where isChanged {
            try store.save(member.submission, contentHash: member.hash, codeStyle: member.codeStyle)
        }
        let dictionary = UnitDictionary(members.map(\.submission))
        try store.replaceUnitAliases(region: region, entries: dictionary.entries.flatMap { entry in
            ([entry.canonical] + entry.aliases).map { (opd: entry.opd, alias: $0, canonical: entry.canonical) }
        })
        let links = OutputFolder.workbookPaths(members.map(\.submission))
        try writeValidatedWorkbooks(members, links: links, changed: changed)
        let regionFindings = reports.flatMap(\.findings)
        let rows = zip(members, zip(analysed, links)).map { (submission: $0.submission, summary: $1.0, workbookLink: Optional($1.1)) }
        let regionFile = OutputFolder.safeName(region) + ".xlsx"
        if changed.contains(true) || !FileManager.default.fileExists(atPath: path(regionFile)) {
            let writer = try RegionalWorkbookWriter(path: path(regionFile), title: region, language: run.language)
            try writer.append(region: region, submissions: rows, regionFindings: regionFindings, dictionary: dictionary)
            try writer.close()
        }
        try rekap?.append(region: region, submissions: rows, regionFindings: regionFindings, dictionary: dictionary)
        outputs += links + [regionFile]
        summaries += analysed
        regionReports += reports
        lines.append(RegionSummaryLine(
            name: region, submissions: members.count,
            errors: analysed.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count } + regionFindings.filter { $0.severity == .error }.count,
            warnings: analysed.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count },
            workbook: regionFile))
    }

    /// The validated workbooks of a region, written on all cores.
    private func writeValidatedWorkbooks(_ members: [Member], links: [String], changed: [Bool]) throws {
        let failures = ResultSlots<Error>(count: members.count)
        let language = run.language
        let out = self.out
        DispatchQueue.concurrentPerform(iterations: members.count) { index in
            let target = (out as NSString).appendingPathComponent(links[index])
            guard changed[index] || !FileManager.default.fileExists(atPath: target) else { return }
            do {
                try ValidatedWorkbook.write(members[index].submission, codeStyle: members[index].codeStyle,
                                            to: target, language: language)
            } catch {
                failures.set(index, error)
            }
        }
        if let failure = failures.values.first { throw failure }
    }

    /// Closes REKAP, writes the JSON report and the run state, and returns the result.
    mutating func finish(fingerprint: String) throws -> ConsolidateResult {
        try rekap?.close()
        rekap = nil
        let report = CheckReport(root: root, submissions: summaries, regions: regionReports)
        try AtomicWrite.data(Data(JSONReport.render(report, language: run.language).utf8), to: path(ConsolidateRun.reportName))
        let allOutputs = outputs + [ConsolidateRun.summaryName, ConsolidateRun.reportName, ConsolidateRun.databaseName]
        for stale in Set(previousOutputs).subtracting(allOutputs) where stale.hasSuffix(".xlsx") {
            try? FileManager.default.removeItem(atPath: path(stale))
        }
        let state = RunState(fingerprint: fingerprint, language: run.language.rawValue, outputs: allOutputs,
                             regions: lines, hasErrors: report.hasErrors)
        try state.save(to: out)
        return ConsolidateResult(out: out, regions: lines, hasErrors: report.hasErrors, reread: reread,
                                 reused: total - reread, unchanged: false, report: report)
    }
}
